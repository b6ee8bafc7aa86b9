/**
 * WorkbookHost.writeReport for Office.js: all-or-nothing, and only sheets
 * carrying the generated marker are ever replaced.
 *
 * 1. Build: with the sheet list read in the same request, every report sheet
 *    is built complete under a temporary name unique to this run
 *    (`~shinchoku-<token>-t1`, ...): marker name, values, formats, merges,
 *    widths, heights, links, frozen rows, print setup. Requests are packed up
 *    to the 4 MB budget (one request when the report is small).
 * 2. Markers: only when a sheet already has one of the report's names (or is
 *    a leftover `~shinchoku-` sheet of an interrupted run), its marker is read:
 *    placeReportSheets decides replace vs `進捗集計 (2)`.
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
import { jsonNumberBytes, jsonStringBytes } from "./payload";
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

export async function writeReport(run: ExcelRun, features: WriteFeatures, model: ReportModel): Promise<WriteOutcome> {
  if (model.sheets.length === 0) return { written: [], roundTrips: 0, largestRequestBytes: 0 };
  const token = runToken();
  const trips = new RoundTrips();
  const journal: WriteJournal = {
    tempNames: model.sheets.map((_, i) => `${TEMP_PREFIX}${token}-t${i + 1}`),
    tempIds: model.sheets.map(() => null),
    parked: [],
    leftovers: [],
    finalizing: false,
  };
  let written: string[];
  try {
    written = await run((context) => build(context, trips, features, model, journal, token));
  } catch (error) {
    const outcome = await recover(run, trips, journal).catch(() => "failed" as const);
    if (outcome !== "finished") throw error;
    written = journal.written ?? [];
  }
  return { written, roundTrips: trips.count, largestRequestBytes: trips.largestRequestBytes };
}

async function build(context: Excel.RequestContext, trips: RoundTrips, features: WriteFeatures, model: ReportModel, journal: WriteJournal, token: string): Promise<string[]> {
  const worksheets = context.workbook.worksheets;

  // 1. Build every sheet under its temporary name (the list is read before the first add).
  worksheets.load("items/name,items/id");
  trips.queued(loadCost("items/name,items/id"));
  const temps: Excel.Worksheet[] = [];
  const steps: Step[] = [];
  model.sheets.forEach((sheet, i) => {
    const tempName = journal.tempNames[i];
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
  await queueSteps(context, trips, steps);
  await trips.sent(context.sync());
  journal.tempIds = temps.map((ws) => ws.id);
  const existing = worksheets.items;

  // 2. Markers of the sheets that matter: same name as a report sheet, or a leftover of ours.
  const reportNames = new Set(model.sheets.map((s) => key(s.name)));
  const checked = existing
    .filter((ws) => reportNames.has(key(ws.name)) || isSuffixedReportName(ws.name, model) || ws.name.startsWith(TEMP_PREFIX))
    .map((ws) => ({ ws, marker: ws.names.getItemOrNullObject(GENERATED_MARKER_NAME) }));
  if (checked.length > 0) {
    for (const c of checked) trips.queued(propertyObjectCost("names") + objectCost("getItemOrNullObject", [GENERATED_MARKER_NAME]), sheetScope(c.ws.name));
    await trips.sent(context.sync());
  }
  const generated = new Set(checked.filter((c) => !c.marker.isNullObject).map((c) => c.ws));
  const placements = placeReportSheets(
    existing.map((ws) => ({ name: ws.name, generated: generated.has(ws) })),
    model,
  );

  // 3. Finalize in one request: rename aside, rename into place, position, then delete.
  // Everything is looked up by name before any rename: setting a proxy's name changes what it reports at once.
  const leftovers = checked.filter((c) => c.ws.name.startsWith(TEMP_PREFIX) && generated.has(c.ws)).map((c) => c.ws);
  const order: string[] = [...existing.map((ws) => ws.id), ...journal.tempIds.map((id) => id ?? "")];
  const olds = placements.map((p) => (p.replaces === null ? null : (existing.find((ws) => ws.name === p.replaces) ?? null)));
  // Each sheet touched is one scope (its path, sent once), with its sets and calls.
  const scopes = new Map<Excel.Worksheet, RequestScope>();
  const queued = (ws: Excel.Worksheet, name: string, bytes: number): void => {
    const scope = scopes.get(ws) ?? scopes.set(ws, sheetScope(name)).get(ws)!;
    trips.queued(bytes, scope);
  };
  const replaced: Excel.Worksheet[] = [];
  olds.forEach((old) => {
    if (old === null) return;
    journal.parked.push({ id: old.id, name: old.name });
    const aside = `${TEMP_PREFIX}${token}-o${journal.parked.length}`;
    queued(old, old.name, setCost("name", jsonStringBytes(aside)));
    old.name = aside;
    replaced.push(old);
  });
  placements.forEach((p, i) => {
    temps[i].name = p.name;
    queued(temps[i], journal.tempNames[i], setCost("name", jsonStringBytes(p.name)));
  });
  olds.forEach((old, i) => {
    if (old === null) return;
    const id = journal.tempIds[i] ?? "";
    const position = order.indexOf(old.id);
    order.splice(order.indexOf(id), 1);
    order.splice(position, 0, id);
    temps[i].position = position;
    queued(temps[i], journal.tempNames[i], setCost("position", jsonNumberBytes(position)));
  });
  for (const old of replaced) {
    old.delete();
    queued(old, old.name, callCost("delete", []));
  }
  for (const ws of leftovers) {
    journal.leftovers.push(ws.id);
    ws.delete();
    queued(ws, ws.name, callCost("delete", []));
  }
  journal.finalizing = true;
  journal.written = placements.map((p) => p.name);
  await trips.sent(context.sync());
  return journal.written;
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
