/**
 * WorkbookHost.writeReport for Office.js: all-or-nothing, and only sheets
 * carrying the generated marker are ever replaced.
 *
 * 1. Build: with the sheet list and the marker of any sheet holding a report
 *    sheet's name (`worksheets.getItemOrNullObject(name).names
 *    .getItemOrNullObject(marker)`, ExcelApi 1.4) read in the same request,
 *    every report sheet is built complete under a temporary name unique to this run
 *    (`~shinchoku-<token>-t1`, ...): marker name, values, formats, merges,
 *    widths, heights, links, frozen rows, print setup. Requests are packed up
 *    to the 4 MB budget (one request when the report is small).
 * 2. Markers: the ones read in step 1 decide for sheets of the report's names;
 *    only when the list holds a suffixed name (`進捗集計 (2)`) or a leftover
 *    `~shinchoku-` sheet of an interrupted run are those markers read, in a
 *    request of their own. placeReportSheets decides replace vs `進捗集計 (2)`.
 * 3. Finalize, one request, in this order: each replaced sheet is renamed
 *    aside (`~shinchoku-<token>-o1`), each new sheet gets its final name and
 *    the replaced sheet's position, then the replaced sheets (and marked
 *    leftovers) are deleted.
 *
 * On any failure the workbook is put back: temporary sheets deleted (found by
 * id, or by their temporary name if their ids never arrived), sheets renamed
 * aside get their names back — exactly the workbook as it was. The only
 * exception is a failure after the first delete of step 3 has happened: a
 * deleted sheet cannot be restored, but by then every new sheet is in place
 * under its final name, so the run is finished instead (the remaining
 * deletes are sent again) and reported as written. If even that fails, the
 * sheets left over are marked and named `~shinchoku-…`, and the next run deletes them.
 */
import { GENERATED_MARKER_NAME, GENERATED_MARKER_VALUE, type ReportModel } from "../../core/report/model";
import { placeReportSheets } from "../../core/report/placement";
import type { WriteOutcome } from "../host";
import type { WriteFeatures } from "./features";
import { errorCode, jsonNumberBytes, jsonStringBytes } from "./payload";
import { sheetSteps } from "./render-sheet";
import { callCost, loadCost, objectCost, propertyObjectCost, setCost, worksheetCost } from "./request-cost";
import { RoundTrips, type RequestScope } from "./round-trips";
import { queueSteps, type Step } from "./steps";

type ExcelRun = typeof Excel.run;

/** Prefix of every sheet name this adapter uses while writing. */
export const TEMP_PREFIX = "~shinchoku-";

function key(name: string): string {
  return name.toLocaleUpperCase("en-US");
}

/**
 * `進捗集計 (2)`: a name placeReportSheets may give a report sheet when a
 * user's sheet holds the plain name. Its marker is read too, so that the
 * placement rule can tell ours from the user's.
 */
function isSuffixedReportName(name: string, model: ReportModel): boolean {
  const m = /^(.*) \(\d+\)$/.exec(name);
  return m !== null && m[1].length > 0 && model.sheets.some((s) => key(s.name).startsWith(key(m[1])));
}

/** A worksheet as a request scope: its path is sent once per request that uses it. */
function sheetScope(name: string): RequestScope {
  return { bytes: worksheetCost(name) };
}

/** What queueing a sheet's marker takes: `ws.load("id")`, `ws.names.add(marker, "=value")`, `marker.visible = false`. */
const MARKER_BYTES =
  loadCost("id") + propertyObjectCost("names") + objectCost("add", [GENERATED_MARKER_NAME, "=" + GENERATED_MARKER_VALUE, null]) + setCost("visible", "false".length);

/** What looking up a sheet's marker takes: `ws.names.getItemOrNullObject(marker)` (step 1's early lookups and step 2's alike). */
const MARKER_LOOKUP_BYTES = propertyObjectCost("names") + objectCost("getItemOrNullObject", [GENERATED_MARKER_NAME]);

function runToken(): string {
  return Date.now().toString(36).slice(-6) + Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, "0");
}

/** What has been done so far, for putting the workbook back. */
interface WriteJournal {
  readonly tempNames: readonly string[];
  tempIds: (string | null)[];
  /** Sheets renamed aside in step 3 (to be deleted), with their original names. */
  parked: { id: string; name: string }[];
  /** Sheets deleted in step 3 after the parked ones (marked leftovers). */
  leftovers: string[];
  /** Step 3 was sent. */
  finalizing: boolean;
  /** Final names of the report sheets, once placed. */
  written?: string[];
}

/**
 * Errors a host may give for the marker lookups of step 1 on a sheet that
 * does not exist, if it does not carry the null object through `.names`.
 */
const NULL_CHAIN_ERRORS = new Set(["ItemNotFound", "InvalidObjectPath"]);

export async function writeReport(run: ExcelRun, features: WriteFeatures, model: ReportModel): Promise<WriteOutcome> {
  if (model.sheets.length === 0) return { written: [], roundTrips: 0, largestRequestBytes: 0 };
  const trips = new RoundTrips();
  let written: string[];
  try {
    written = await attempt(run, trips, features, model, true);
  } catch (error) {
    // The first request failed as it would if the host refused the marker lookups through a missing sheet:
    // nothing of it was kept (rolled back), so the run is made again with the markers read in step 2.
    if (!(error instanceof LookupsRefused)) throw error;
    written = await attempt(run, trips, features, model, false);
  }
  return { written, roundTrips: trips.count, largestRequestBytes: trips.largestRequestBytes };
}

/** The first request of a run with early marker lookups failed with a NULL_CHAIN_ERRORS code, and was rolled back. */
class LookupsRefused extends Error {}

/** One run: build, markers, finalize; on failure the workbook is put back (or the run finished). `early`: markers read in the first request. */
async function attempt(run: ExcelRun, trips: RoundTrips, features: WriteFeatures, model: ReportModel, early: boolean): Promise<string[]> {
  const token = runToken();
  const journal: WriteJournal = {
    tempNames: model.sheets.map((_, i) => `${TEMP_PREFIX}${token}-t${i + 1}`),
    tempIds: model.sheets.map(() => null),
    parked: [],
    leftovers: [],
    finalizing: false,
  };
  const before = trips.count;
  try {
    return await run((context) => build({ context, trips, model, journal, token, early }, features));
  } catch (error) {
    const firstFailed = trips.count === before + 1;
    const outcome = await recover(run, trips, journal).catch(() => "failed" as const);
    if (outcome === "finished") return journal.written ?? [];
    if (early && firstFailed && outcome === "rolledBack" && NULL_CHAIN_ERRORS.has(errorCode(error) ?? "")) throw new LookupsRefused();
    throw error;
  }
}

/** One run of build: what every step of it shares. */
interface BuildRun {
  readonly context: Excel.RequestContext;
  readonly trips: RoundTrips;
  readonly model: ReportModel;
  readonly journal: WriteJournal;
  readonly token: string;
  /** Markers of the sheets of the report's names read in the first request (else in step 2). */
  readonly early: boolean;
}

async function build(b: BuildRun, features: WriteFeatures): Promise<string[]> {
  const { context, trips, model } = b;
  const worksheets = context.workbook.worksheets;
  // The list is read in the same request as the first add.
  worksheets.load("items/name,items/id");
  trips.queued(loadCost("items/name,items/id"));
  const early = b.early ? queueReportNameMarkers(b) : new Map<string, Excel.NamedItem>();
  const temps = await buildTemporarySheets(b, features);
  const existing = worksheets.items;
  const { checked, generated } = await readMarkers(b, existing, early);
  const placements = placeReportSheets(
    existing.map((ws) => ({ name: ws.name, generated: generated.has(ws) })),
    model,
  );
  const leftovers = checked.filter((c) => c.ws.name.startsWith(TEMP_PREFIX) && generated.has(c.ws)).map((c) => c.ws);
  return finalize(b, { temps, existing, placements, leftovers });
}

/** 1. Every report sheet built complete under its temporary name; returns the temporary sheets (their ids in the journal). */
async function buildTemporarySheets(b: BuildRun, features: WriteFeatures): Promise<Excel.Worksheet[]> {
  const worksheets = b.context.workbook.worksheets;
  const temps: Excel.Worksheet[] = [];
  const steps: Step[] = [];
  b.model.sheets.forEach((sheet, i) => {
    const tempName = b.journal.tempNames[i];
    // The sheet's path (worksheets.add(tempName), then found again in each later request) is its scope's cost.
    const scope = sheetScope(tempName);
    steps.push({
      bytes: MARKER_BYTES,
      scope,
      run: () => {
        const ws = worksheets.add(tempName);
        ws.load("id");
        temps[i] = ws;
        // The marker first: a sheet left over by an interrupted run is then recognisable and removed by the next.
        const marker = ws.names.add(GENERATED_MARKER_NAME, "=" + GENERATED_MARKER_VALUE);
        marker.visible = false;
      },
    });
    // A loop, not push(...spread): a 100k-row sheet has hundreds of thousands of steps.
    for (const step of sheetSteps(sheet, () => temps[i], features)) steps.push({ bytes: step.bytes, run: step.run, scope });
  });
  await queueSteps(b.context, b.trips, steps);
  await b.trips.sent(b.context.sync());
  b.journal.tempIds = temps.map((ws) => ws.id);
  return temps;
}

interface MarkerCheck {
  readonly ws: Excel.Worksheet;
  readonly marker: Excel.NamedItem;
}

/** The marker of the sheet holding each report sheet's name (a null object when there is no such sheet or marker), by key(name). */
type EarlyMarkers = ReadonlyMap<string, Excel.NamedItem>;

/**
 * Queued into the first request, with the sheet list: for each report sheet's
 * name, the marker of the sheet of that name. A missing sheet gives a null
 * object, and so does the marker looked up on it.
 */
function queueReportNameMarkers(b: BuildRun): EarlyMarkers {
  const worksheets = b.context.workbook.worksheets;
  const early = new Map<string, Excel.NamedItem>();
  for (const sheet of b.model.sheets) {
    if (early.has(key(sheet.name))) continue;
    early.set(key(sheet.name), worksheets.getItemOrNullObject(sheet.name).names.getItemOrNullObject(GENERATED_MARKER_NAME));
    b.trips.queued(MARKER_LOOKUP_BYTES, sheetScope(sheet.name));
  }
  return early;
}

/**
 * 2. Markers of the sheets that matter: same name as a report sheet (read in
 * step 1's first request, unless the host refused that), or a suffixed report
 * name or a leftover of ours (read now, in a request of their own, only when
 * there are any).
 */
async function readMarkers(
  b: BuildRun,
  existing: readonly Excel.Worksheet[],
  early: EarlyMarkers,
): Promise<{ checked: MarkerCheck[]; generated: Set<Excel.Worksheet> }> {
  const known = existing.filter((ws) => early.has(key(ws.name))).map((ws) => ({ ws, marker: early.get(key(ws.name))! }));
  const reportNames = new Set(b.model.sheets.map((s) => key(s.name)));
  const later = existing
    .filter((ws) => !early.has(key(ws.name)) && (reportNames.has(key(ws.name)) || isSuffixedReportName(ws.name, b.model) || ws.name.startsWith(TEMP_PREFIX)))
    .map((ws) => ({ ws, marker: ws.names.getItemOrNullObject(GENERATED_MARKER_NAME) }));
  if (later.length > 0) {
    for (const c of later) b.trips.queued(MARKER_LOOKUP_BYTES, sheetScope(c.ws.name));
    await b.trips.sent(b.context.sync());
  }
  const checked = [...known, ...later];
  return { checked, generated: new Set(checked.filter((c) => !c.marker.isNullObject).map((c) => c.ws)) };
}

/** What step 3 works on. */
interface FinalizePlan {
  readonly temps: readonly Excel.Worksheet[];
  readonly existing: readonly Excel.Worksheet[];
  readonly placements: ReturnType<typeof placeReportSheets>;
  readonly leftovers: readonly Excel.Worksheet[];
}

/** Queues a set or call on a sheet: each sheet touched is one scope (its path, sent once), with its sets and calls. */
type QueueOnSheet = (ws: Excel.Worksheet, name: string, bytes: number) => void;

/**
 * 3. Finalize in one request: rename aside, rename into place, position, then delete.
 * Everything is looked up by name before any rename: setting a proxy's name changes what it reports at once.
 */
async function finalize(b: BuildRun, plan: FinalizePlan): Promise<string[]> {
  const { temps, existing, placements, leftovers } = plan;
  const olds = placements.map((p) => (p.replaces === null ? null : (existing.find((ws) => ws.name === p.replaces) ?? null)));
  const scopes = new Map<Excel.Worksheet, RequestScope>();
  const queued: QueueOnSheet = (ws, name, bytes) => {
    const scope = scopes.get(ws) ?? scopes.set(ws, sheetScope(name)).get(ws)!;
    b.trips.queued(bytes, scope);
  };
  const replaced = parkReplaced(b, olds, queued);
  placements.forEach((p, i) => {
    temps[i].name = p.name;
    queued(temps[i], b.journal.tempNames[i], setCost("name", jsonStringBytes(p.name)));
  });
  positionNewSheets(b, { temps, existing, olds }, queued);
  for (const old of replaced) {
    old.delete();
    queued(old, old.name, callCost("delete", []));
  }
  for (const ws of leftovers) {
    b.journal.leftovers.push(ws.id);
    ws.delete();
    queued(ws, ws.name, callCost("delete", []));
  }
  b.journal.finalizing = true;
  b.journal.written = placements.map((p) => p.name);
  await b.trips.sent(b.context.sync());
  return b.journal.written;
}

/** Each sheet to be replaced renamed aside (`~shinchoku-<token>-o1`), in the journal; returns them. */
function parkReplaced(b: BuildRun, olds: readonly (Excel.Worksheet | null)[], queued: QueueOnSheet): Excel.Worksheet[] {
  const replaced: Excel.Worksheet[] = [];
  for (const old of olds) {
    if (old === null) continue;
    b.journal.parked.push({ id: old.id, name: old.name });
    const aside = `${TEMP_PREFIX}${b.token}-o${b.journal.parked.length}`;
    queued(old, old.name, setCost("name", jsonStringBytes(aside)));
    old.name = aside;
    replaced.push(old);
  }
  return replaced;
}

/** Each new sheet that replaces one takes the replaced sheet's tab position. */
function positionNewSheets(
  b: BuildRun,
  sheets: { temps: readonly Excel.Worksheet[]; existing: readonly Excel.Worksheet[]; olds: readonly (Excel.Worksheet | null)[] },
  queued: QueueOnSheet,
): void {
  const order: string[] = [...sheets.existing.map((ws) => ws.id), ...b.journal.tempIds.map((id) => id ?? "")];
  sheets.olds.forEach((old, i) => {
    if (old === null) return;
    const id = b.journal.tempIds[i] ?? "";
    const position = order.indexOf(old.id);
    order.splice(order.indexOf(id), 1);
    order.splice(position, 0, id);
    sheets.temps[i].position = position;
    queued(sheets.temps[i], b.journal.tempNames[i], setCost("position", jsonNumberBytes(position)));
  });
}

/**
 * Puts the workbook back after a failure, or finishes a run whose deletes had
 * begun. Returns "rolledBack" or "finished".
 */
async function recover(run: ExcelRun, trips: RoundTrips, journal: WriteJournal): Promise<"rolledBack" | "finished"> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    trips.queued(loadCost("items/name,items/id"));
    await trips.sent(context.sync());
    const byId = new Map(worksheets.items.map((ws) => [ws.id, ws]));
    const toDelete = [...journal.parked.map((p) => p.id), ...journal.leftovers];
    const deletesBegan = journal.finalizing && toDelete.some((id) => !byId.has(id));
    let ops = 0;
    // Each sheet is found by id (one path per sheet; a rename and a delete never hit the same one).
    const queued = (ws: Excel.Worksheet, bytes: number): void => {
      trips.queued(bytes, sheetScope(ws.name));
      ops++;
    };
    if (deletesBegan) {
      for (const id of toDelete) {
        const ws = byId.get(id);
        if (ws) {
          ws.delete();
          queued(ws, callCost("delete", []));
        }
      }
    } else {
      const tempNames = new Set(journal.tempNames.map(key));
      const tempIds = new Set(journal.tempIds.filter((id): id is string => id !== null));
      for (const ws of worksheets.items) {
        if (tempIds.has(ws.id) || tempNames.has(key(ws.name))) {
          ws.delete();
          queued(ws, callCost("delete", []));
        }
      }
      for (const p of journal.parked) {
        const ws = byId.get(p.id);
        if (ws && ws.name !== p.name) {
          queued(ws, setCost("name", jsonStringBytes(p.name)));
          ws.name = p.name;
        }
      }
    }
    if (ops > 0) await trips.sent(context.sync());
    return deletesBegan ? "finished" : "rolledBack";
  });
}
