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
 *      and the address of each table totals row on it, the used range of a
 *      sheet named as 評価履歴.
 * Register to detect (3 requests):
 *   1. sheet names + visibility;
 *   2. each sheet's marker, its top DETECTION_ROWS × DETECTION_COLUMNS cells,
 *      its used range address and which of its tables show a totals row, the
 *      settings sheet;
 *   3. the detected register's first block and its table totals rows.
 * Further blocks: one request each (a register above the budget).
 * A marked 評価履歴 (its extent known from request 2, or from the survey's
 * used ranges): one request per block after the register's.
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
import { sheetNamesOf } from "../../core/report/sheet-names";
import { SETTINGS_SHEET_NAMES } from "../../core/settings";
import { SOURCE_SHEET } from "../../core/register/row-sources";
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

interface SmallSheetRead {
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
/** A consolidated register's 出典列 (core/register/row-sources.ts): fields down (a few dozen rows), one file a column. */
export const SOURCES_ROWS = 100;
export const SOURCES_COLUMNS = 256;
const SOURCES_READ_BYTES =
  rangeCost("getRangeByIndexes", [0, 0, SOURCES_ROWS, SOURCES_COLUMNS]) + rangeCost("getUsedRangeOrNullObject", [true]) + loadCost("address,values,valueTypes,numberFormat");
const HISTORY_EXTENT_BYTES = rangeCost("getUsedRangeOrNullObject", [true]) + loadCost("address");
const MARKER_READ_BYTES = propertyObjectCost("names") + objectCost("getItemOrNullObject", [GENERATED_MARKER_NAME]);
const DETECTION_READ_BYTES =
  rangeCost("getRangeByIndexes", [0, 0, DETECTION_ROWS, DETECTION_COLUMNS]) + loadCost("values,valueTypes") + rangeCost("getUsedRangeOrNullObject", [true]) + loadCost("address");

function queueSettings(items: readonly Excel.Worksheet[], trips: RoundTrips, scopeOf: ScopeOf): SmallSheetRead | null {
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

/** The 出典列 sheet's used cells, queued in the same request as the settings sheet (no trip of its own); null when there is none. */
function queueSources(items: readonly Excel.Worksheet[], trips: RoundTrips, scopeOf: ScopeOf): SmallSheetRead | null {
  const sheet = items.find((ws) => ws.name === SOURCE_SHEET);
  if (!sheet) return null;
  const used = sheet.getRangeByIndexes(0, 0, SOURCES_ROWS, SOURCES_COLUMNS).getUsedRangeOrNullObject(true);
  used.load("address,values,valueTypes,numberFormat");
  trips.queued(SOURCES_READ_BYTES, scopeOf(sheet));
  return { sheet, name: sheet.name, used };
}

function smallSheetGrid(read: SmallSheetRead | null): Grid | null {
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

/** The named register's extent (wrapped: a null check on a proxy itself would read as a missing isNullObject test). */
interface NamedExtent {
  readonly used: Excel.Range;
  readonly tables: Excel.TableCollection;
}

/** One load: the request context and what the requests have found so far. */
interface LoadRun {
  readonly context: Excel.RequestContext;
  readonly trips: RoundTrips;
  readonly scopeOf: ScopeOf;
  readonly features: HostFeatures;
  items: Excel.Worksheet[];
  markers: Excel.NamedItem[];
  settings: SmallSheetRead | null;
  /** A consolidated register's 出典列, read with the settings sheet. */
  sources: SmallSheetRead | null;
  reader: RegisterReader | null;
  registerName: string | null;
  register: Grid | null;
  /** The register sheet's table totals rows: read with the next block, then not read as cells. */
  totals: TotalsRows | null;
  readonly totalsAreas: Rect[];
  /** The used range of each sheet named as 評価履歴, read with the markers (used only when the sheet is marked). */
  readonly historyUsed: Map<Excel.Worksheet, Excel.Range>;
}

function isHistoryName(name: string): boolean {
  return sheetNamesOf("history").some((n) => sameName(name, n));
}

/** The extent of each sheet named as 評価履歴, queued with the markers: no request of its own. */
function queueHistoryExtents(lr: LoadRun): void {
  for (const ws of lr.items) {
    if (!isHistoryName(ws.name)) continue;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    lr.trips.queued(HISTORY_EXTENT_BYTES, lr.scopeOf(ws));
    lr.historyUsed.set(ws, used);
  }
}

/**
 * The marked 評価履歴 sheet (contract §10), read as the register is (values,
 * no merged areas): its extent came with the markers, then one request per
 * block. Only when the workbook has one, so a workbook without history costs
 * no extra trip.
 */
async function readHistorySheet(context: Excel.RequestContext, trips: RoundTrips, ws: Excel.Worksheet, used: Excel.Range): Promise<Grid> {
  const rect = used.isNullObject ? null : parseRangeAddress(used.address);
  if (rect === null) return emptyGrid(ws.name);
  const reader = new RegisterReader(ws, ws.name, rect, false);
  while (!reader.done) {
    const block = await syncWithRetry(context, trips, () => reader.queue(trips), (b, e) => reader.recover(b, e));
    reader.collect(block);
  }
  return reader.grid();
}

export async function loadWorkbook(run: ExcelRun, features: HostFeatures, registerSheet: string | null): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const lr: LoadRun = {
      context,
      trips: new RoundTrips(),
      scopeOf: scopes(),
      features,
      items: [],
      markers: [],
      settings: null,
      sources: null,
      reader: null,
      registerName: null,
      register: null,
      totals: null,
      totalsAreas: [],
      historyUsed: new Map(),
    };
    if (registerSheet !== null) await loadNamedRegister(lr, registerSheet);
    else {
      await readSheetList(lr, null);
      await surveySheets(lr);
    }
    await readRemainingBlocks(lr);
    const sheets: SheetInfo[] = lr.items.map((ws, i) => ({ name: ws.name, generated: !lr.markers[i].isNullObject }));
    const historyIndex = lr.items.findIndex((ws, i) => sheets[i].generated && lr.historyUsed.has(ws));
    const historySheet = historyIndex < 0 ? null : lr.items[historyIndex];
    const history = historySheet === null ? null : await readHistorySheet(context, lr.trips, historySheet, lr.historyUsed.get(historySheet)!);
    return {
      sheets,
      registerSheet: lr.register !== null ? lr.registerName : null,
      register: lr.register,
      settings: smallSheetGrid(lr.settings),
      sources: smallSheetGrid(lr.sources),
      history,
      roundTrips: lr.trips.count,
    };
  });
}

/** Request 1: the sheets (+ the named register's extent; null when there is no such sheet). */
async function readSheetList(lr: LoadRun, registerSheet: string | null): Promise<NamedExtent | null> {
  const { trips, context } = lr;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  trips.queued(loadCost("items/name,items/visibility"));
  let named: NamedExtent | null = null;
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
  lr.items = worksheets.items;
  return named;
}

function queueMarkers(lr: LoadRun): void {
  lr.markers = lr.items.map((ws) => ws.names.getItemOrNullObject(GENERATED_MARKER_NAME));
  for (const ws of lr.items) lr.trips.queued(MARKER_READ_BYTES, lr.scopeOf(ws));
}

function queueTotals(lr: LoadRun): void {
  if (lr.totals !== null) lr.totals.queue(lr.trips);
}

function collectTotals(lr: LoadRun): void {
  if (lr.totals !== null) lr.totalsAreas.push(...lr.totals.areas());
  lr.totals = null;
}

/** Requests 1 and 2 (named): the sheets, then markers, settings, the register's first block. */
async function loadNamedRegister(lr: LoadRun, registerSheet: string): Promise<void> {
  const named = await readSheetList(lr, registerSheet);
  const { items } = lr;
  const namedSheet = named !== null ? items.findIndex((ws) => sameName(ws.name, registerSheet)) : -1;
  if (namedSheet >= 0 && named !== null && !named.used.isNullObject) {
    const rect = parseRangeAddress(named.used.address);
    if (rect) lr.reader = new RegisterReader(items[namedSheet], items[namedSheet].name, rect, lr.features.mergedAreas);
    const t = new TotalsRows(named.tables, registerSheet);
    if (lr.reader !== null && !t.empty) lr.totals = t;
  }
  lr.registerName = namedSheet >= 0 ? items[namedSheet].name : null;
  const r = lr.reader;
  const first = await syncWithRetry<PendingBlock | null>(
    lr.context,
    lr.trips,
    () => {
      queueMarkers(lr);
      queueHistoryExtents(lr);
      lr.settings = queueSettings(items, lr.trips, lr.scopeOf);
      lr.sources = queueSources(items, lr.trips, lr.scopeOf);
      queueTotals(lr);
      return r ? r.queue(lr.trips) : null;
    },
    (block, e) => block !== null && r !== null && r.recover(block, e),
  );
  collectTotals(lr);
  if (r && first) r.collect(first);
  else if (lr.registerName !== null) lr.register = emptyGrid(lr.registerName);
}

/** What request 2 (detect) reads of each sheet. */
interface SheetSurvey {
  readonly tops: Excel.Range[];
  readonly used: Excel.Range[];
  readonly tables: Excel.TableCollection[];
}

/** Request 2 (detect): markers, top cells and used range of every sheet, settings; then the register detected among them. */
async function surveySheets(lr: LoadRun): Promise<void> {
  const survey = await readSurvey(lr);
  const { items } = lr;
  const candidates: Grid[] = [];
  items.forEach((ws, i) => {
    if (!lr.markers[i].isNullObject || ws.visibility === "VeryHidden") return;
    const top = survey.tops[i];
    candidates.push({ sheet: ws.name, top: 0, left: 0, values: cellRows(top.values as unknown[][], top.valueTypes as unknown as string[][]) });
  });
  lr.registerName = candidates.length > 0 ? detectRegisterSheet(candidates) : null;
  const index = lr.registerName === null ? -1 : items.findIndex((ws) => ws.name === lr.registerName);
  if (index < 0) return;
  const u = survey.used[index];
  const rect: Rect | null = u.isNullObject ? null : parseRangeAddress(u.address);
  if (rect) {
    lr.reader = new RegisterReader(items[index], items[index].name, rect, lr.features.mergedAreas);
    const t = new TotalsRows(survey.tables[index], items[index].name);
    if (!t.empty) lr.totals = t;
  } else lr.register = emptyGrid(items[index].name);
}

/** The survey's reads, as many sheets per request as fit (halved after a payload-limit failure). */
async function readSurvey(lr: LoadRun): Promise<SheetSurvey> {
  const { items, trips, context } = lr;
  const survey: SheetSurvey = { tops: [], used: [], tables: [] };
  let perRequest = DETECTION_SHEETS_PER_REQUEST;
  for (let start = 0; start < items.length; ) {
    const group = items.slice(start, start + perRequest);
    try {
      if (start === 0) {
        queueMarkers(lr);
        lr.settings = queueSettings(items, trips, lr.scopeOf);
        lr.sources = queueSources(items, trips, lr.scopeOf);
      }
      group.forEach((ws, i) => {
        const top = ws.getRangeByIndexes(0, 0, DETECTION_ROWS, DETECTION_COLUMNS);
        top.load("values,valueTypes");
        const u = ws.getUsedRangeOrNullObject(true);
        u.load("address");
        // The survey's used range is also 評価履歴's extent: no request of its own.
        if (isHistoryName(ws.name)) lr.historyUsed.set(ws, u);
        survey.tops[start + i] = top;
        survey.used[start + i] = u;
        survey.tables[start + i] = loadTables(ws);
        trips.queued(DETECTION_READ_BYTES + TABLES_LOAD_BYTES, lr.scopeOf(ws));
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
  return survey;
}

/** Remaining blocks of the register: one request each; then the grid without the table totals rows. */
async function readRemainingBlocks(lr: LoadRun): Promise<void> {
  const r = lr.reader;
  if (r === null) return;
  while (!r.done) {
    const block = await syncWithRetry(
      lr.context,
      lr.trips,
      () => {
        queueTotals(lr);
        return r.queue(lr.trips);
      },
      (b, e) => r.recover(b, e),
    );
    collectTotals(lr);
    r.collect(block);
  }
  lr.register = withoutAreas(r.grid(), lr.totalsAreas);
}
