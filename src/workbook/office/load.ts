/**
 * WorkbookHost.load for Office.js: the sheet list with each sheet's generated
 * marker, the register grid and the settings sheet, in few round trips.
 *
 * Register named (2 requests when it fits in one block):
 *   1. sheet names + visibility; the register's used range address and which
 *      of its tables show a totals row (worksheets.getItem: a missing sheet
 *      fails this request, which is then sent again without it — an extra
 *      trip only in that case);
 *   2. each sheet's marker, the settings sheet, the register's first block
 *      and the address of each table totals row on it.
 * Register to detect (3 requests):
 *   1. sheet names + visibility;
 *   2. each sheet's marker, its top DETECTION_ROWS × DETECTION_COLUMNS cells,
 *      its used range address and which of its tables show a totals row, the
 *      settings sheet;
 *   3. the detected register's first block and its table totals rows.
 * Further blocks: one request each (a register above the budget).
 *
 * The markers cannot come with the sheet list: a worksheet's names collection
 * needs the worksheet, and the sheets are known only after request 1 (calling
 * on a null object of a guessed name is not something to rely on).
 *
 * The settings sheet is read as the used part of its first
 * SETTINGS_ROWS × SETTINGS_COLUMNS cells, in the same request as the rest, so
 * that it costs no trip of its own; a settings sheet is a short key/value list.
 *
 * The totals rows of Excel tables on the register sheet are read as empty
 * cells, as the .xlsx reader does (table-totals.ts).
 */
import type { Grid } from "../../core/grid";
import { detectRegisterSheet, DETECTION_COLUMNS, DETECTION_ROWS } from "../../core/register/detect";
import { GENERATED_MARKER_NAME } from "../../core/report/model";
import { SETTINGS_SHEET_NAMES } from "../../core/settings";
import type { HostFeatures, SheetInfo, WorkbookSnapshot } from "../host";
import { parseRangeAddress, type Rect } from "./addresses";
import { REQUEST_BUDGET_BYTES, errorCode, isPayloadLimitError } from "./payload";
import { cellRows } from "./read-cells";
import { RegisterReader, emptyGrid, type PendingBlock } from "./register-reader";
import { indexerCost, loadCost, objectCost, propertyObjectCost, rangeCost, worksheetCost } from "./request-cost";
import { RoundTrips, type RequestScope } from "./round-trips";
import { TABLES_LOAD_BYTES, TotalsRows, loadTables, withoutAreas } from "./table-totals";

export const SETTINGS_ROWS = 500;
export const SETTINGS_COLUMNS = 26;
/** Assumed bytes per cell of a detection read (values + value types), generous. */
const DETECTION_BYTES_PER_CELL = 80;
/** Sheets whose detection reads fit in one request. */
const DETECTION_SHEETS_PER_REQUEST = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / 2 / (DETECTION_ROWS * DETECTION_COLUMNS * DETECTION_BYTES_PER_CELL)));
/** Retries of one request after a recoverable failure (smaller block, no merged areas). */
const MAX_ATTEMPTS = 40;

type ExcelRun = typeof Excel.run;

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

interface SettingsRead {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly used: Excel.Range;
}

/** A worksheet's scope in requests (its path, sent once per request that uses it), one per sheet proxy. */
type ScopeOf = (ws: Excel.Worksheet) => RequestScope;

function scopes(): ScopeOf {
  const map = new Map<Excel.Worksheet, RequestScope>();
  return (ws) => map.get(ws) ?? map.set(ws, { bytes: worksheetCost(ws.name) }).get(ws)!;
}

const SETTINGS_READ_BYTES =
  rangeCost("getRangeByIndexes", [0, 0, SETTINGS_ROWS, SETTINGS_COLUMNS]) + rangeCost("getUsedRangeOrNullObject", [true]) + loadCost("address,values,valueTypes,numberFormat");
const MARKER_READ_BYTES = propertyObjectCost("names") + objectCost("getItemOrNullObject", [GENERATED_MARKER_NAME]);
const DETECTION_READ_BYTES =
  rangeCost("getRangeByIndexes", [0, 0, DETECTION_ROWS, DETECTION_COLUMNS]) + loadCost("values,valueTypes") + rangeCost("getUsedRangeOrNullObject", [true]) + loadCost("address");

function queueSettings(items: readonly Excel.Worksheet[], trips: RoundTrips, scopeOf: ScopeOf): SettingsRead | null {
  for (const wanted of SETTINGS_SHEET_NAMES) {
    const sheet = items.find((ws) => sameName(ws.name, wanted));
    if (!sheet) continue;
    const used = sheet.getRangeByIndexes(0, 0, SETTINGS_ROWS, SETTINGS_COLUMNS).getUsedRangeOrNullObject(true);
    used.load("address,values,valueTypes,numberFormat");
    trips.queued(SETTINGS_READ_BYTES, scopeOf(sheet));
    return { sheet, name: sheet.name, used };
  }
  return null;
}

function settingsGrid(read: SettingsRead | null): Grid | null {
  if (read === null) return null;
  if (read.used.isNullObject) return emptyGrid(read.name);
  const rect = parseRangeAddress(read.used.address);
  return {
    sheet: read.name,
    top: rect ? rect.top : 0,
    left: rect ? rect.left : 0,
    values: cellRows(read.used.values as unknown[][], read.used.valueTypes as unknown as string[][]),
    numberFormats: read.used.numberFormat as string[][],
  };
}

/** Sends one request, letting `recover` adjust and resend after a failure it can handle. */
async function syncWithRetry<T>(context: Excel.RequestContext, trips: RoundTrips, queue: () => T, recover: (handles: T, error: unknown) => boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const handles = queue();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a retry after the host refused the request, not a loop over data
      await trips.sent(context.sync());
      return handles;
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !recover(handles, e)) throw e;
    }
  }
}

export async function loadWorkbook(run: ExcelRun, features: HostFeatures, registerSheet: string | null): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const trips = new RoundTrips();
    const scopeOf = scopes();
    const worksheets = context.workbook.worksheets;

    // Request 1: the sheets (+ the named register's extent).
    worksheets.load("items/name,items/visibility");
    trips.queued(loadCost("items/name,items/visibility"));
    // The named register's extent (wrapped: a null check on a proxy itself would read as a missing isNullObject test).
    let named: { used: Excel.Range; tables: Excel.TableCollection } | null = null;
    if (registerSheet !== null) {
      const ws = worksheets.getItem(registerSheet);
      named = { used: ws.getUsedRangeOrNullObject(true), tables: loadTables(ws) };
      named.used.load("address");
      trips.queued(indexerCost([registerSheet]) + rangeCost("getUsedRangeOrNullObject", [true]) + loadCost("address") + TABLES_LOAD_BYTES);
    }
    try {
      await trips.sent(context.sync());
    } catch (e) {
      if (named === null || errorCode(e) !== "ItemNotFound") throw e;
      named = null; // the named sheet does not exist: no register
      worksheets.load("items/name,items/visibility");
      trips.queued(loadCost("items/name,items/visibility"));
      await trips.sent(context.sync());
    }
    const items = worksheets.items;
    const namedSheet = registerSheet !== null && named !== null ? items.findIndex((ws) => sameName(ws.name, registerSheet)) : -1;

    let markers: Excel.NamedItem[] = [];
    let settings: SettingsRead | null = null;
    let reader: RegisterReader | null = null;
    let registerName: string | null = null;
    let register: Grid | null = null;
    /** The register sheet's table totals rows: read with the next block, then not read as cells. */
    let totals: TotalsRows | null = null;
    const totalsAreas: Rect[] = [];
    const queueTotals = (): void => {
      if (totals !== null) totals.queue(trips);
    };
    const collectTotals = (): void => {
      if (totals !== null) totalsAreas.push(...totals.areas());
      totals = null;
    };

    const queueMarkers = (): void => {
      markers = items.map((ws) => ws.names.getItemOrNullObject(GENERATED_MARKER_NAME));
      for (const ws of items) trips.queued(MARKER_READ_BYTES, scopeOf(ws));
    };

    if (registerSheet !== null) {
      // Request 2 (named): markers, settings, the register's first block.
      if (namedSheet >= 0 && named !== null && !named.used.isNullObject) {
        const rect = parseRangeAddress(named.used.address);
        if (rect) reader = new RegisterReader(items[namedSheet], items[namedSheet].name, rect, features.mergedAreas);
        const t = new TotalsRows(named.tables, registerSheet);
        if (reader !== null && !t.empty) totals = t;
      }
      registerName = namedSheet >= 0 ? items[namedSheet].name : null;
      const r = reader;
      const first = await syncWithRetry<PendingBlock | null>(
        context,
        trips,
        () => {
          queueMarkers();
          settings = queueSettings(items, trips, scopeOf);
          queueTotals();
          return r ? r.queue(trips) : null;
        },
        (block, e) => block !== null && r !== null && r.recover(block, e),
      );
      collectTotals();
      if (r && first) r.collect(first);
      else if (registerName !== null) register = emptyGrid(registerName);
    } else {
      // Request 2 (detect): markers, top cells and used range of every sheet, settings.
      const tops: Excel.Range[] = [];
      const used: Excel.Range[] = [];
      const tables: Excel.TableCollection[] = [];
      let perRequest = DETECTION_SHEETS_PER_REQUEST;
      for (let start = 0; start < items.length; ) {
        const group = items.slice(start, start + perRequest);
        const first = start === 0;
        try {
          if (first) {
            queueMarkers();
            settings = queueSettings(items, trips, scopeOf);
          }
          group.forEach((ws, i) => {
            const top = ws.getRangeByIndexes(0, 0, DETECTION_ROWS, DETECTION_COLUMNS);
            top.load("values,valueTypes");
            const u = ws.getUsedRangeOrNullObject(true);
            u.load("address");
            tops[start + i] = top;
            used[start + i] = u;
            tables[start + i] = loadTables(ws);
            trips.queued(DETECTION_READ_BYTES + TABLES_LOAD_BYTES, scopeOf(ws));
          });
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only in workbooks with more sheets than one request can survey
          await trips.sent(context.sync());
        } catch (e) {
          if (!isPayloadLimitError(e) || group.length <= 1) throw e;
          perRequest = Math.max(1, Math.floor(group.length / 2));
          continue;
        }
        start += group.length;
      }
      const candidates: Grid[] = [];
      items.forEach((ws, i) => {
        if (!markers[i].isNullObject || ws.visibility === "VeryHidden") return;
        candidates.push({ sheet: ws.name, top: 0, left: 0, values: cellRows(tops[i].values as unknown[][], tops[i].valueTypes as unknown as string[][]) });
      });
      registerName = candidates.length > 0 ? detectRegisterSheet(candidates) : null;
      const index = registerName === null ? -1 : items.findIndex((ws) => ws.name === registerName);
      if (index >= 0) {
        const u = used[index];
        const rect: Rect | null = u.isNullObject ? null : parseRangeAddress(u.address);
        if (rect) {
          reader = new RegisterReader(items[index], items[index].name, rect, features.mergedAreas);
          const t = new TotalsRows(tables[index], items[index].name);
          if (!t.empty) totals = t;
        } else register = emptyGrid(items[index].name);
      }
    }

    // Remaining blocks: one request each.
    if (reader !== null) {
      const r = reader;
      while (!r.done) {
        const block = await syncWithRetry(
          context,
          trips,
          () => {
            queueTotals();
            return r.queue(trips);
          },
          (b, e) => r.recover(b, e),
        );
        collectTotals();
        r.collect(block);
      }
      register = withoutAreas(r.grid(), totalsAreas);
    }

    const sheets: SheetInfo[] = items.map((ws, i) => ({ name: ws.name, generated: !markers[i].isNullObject }));
    return {
      sheets,
      registerSheet: register !== null ? registerName : null,
      register,
      settings: settingsGrid(settings),
      roundTrips: trips.count,
    };
  });
}
