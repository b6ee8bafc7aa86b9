/**
 * WorkbookHost.writeSettings: the settings sheet's content replaced by the
 * given rows from A1. The sheet is the user's (visible, not marked): its
 * formatting is kept, only contents are cleared. Created as `設定` when the
 * workbook has neither `設定` nor `Settings`. Two requests: which sheet exists, then the write.
 */
import { SETTINGS_SHEET_NAMES } from "../../core/settings";
import { rowSourceOf } from "../../core/grid";
import { valueSteps } from "./render-sheet";
import { callCost, objectCost, propertyObjectCost, rangeCost } from "./request-cost";
import { RoundTrips } from "./round-trips";
import { queueSteps, type Step } from "./steps";

type ExcelRun = typeof Excel.run;

export async function writeSettings(run: ExcelRun, rows: readonly (readonly (string | number)[])[]): Promise<void> {
  await run(async (context) => {
    const trips = new RoundTrips();
    const worksheets = context.workbook.worksheets;
    const candidates = SETTINGS_SHEET_NAMES.map((name) => worksheets.getItemOrNullObject(name));
    trips.queued(propertyObjectCost("worksheets") + SETTINGS_SHEET_NAMES.reduce((n, name) => n + objectCost("getItemOrNullObject", [name]), 0));
    await trips.sent(context.sync());
    const found = candidates.find((ws) => !ws.isNullObject);
    const sheet = found ?? worksheets.add(SETTINGS_SHEET_NAMES[0]);
    if (found === undefined) trips.queued(propertyObjectCost("worksheets") + objectCost("add", [SETTINGS_SHEET_NAMES[0]]));
    const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
    const clear: Step = { bytes: rangeCost("getRange", []) + callCost("clear", ["Contents"]), run: () => sheet.getRange().clear("Contents") };
    const steps: Step[] = [clear, ...valueSteps(rowSourceOf(rows), width, () => sheet)];
    await queueSteps(context, trips, steps);
    await trips.sent(context.sync());
  });
}
