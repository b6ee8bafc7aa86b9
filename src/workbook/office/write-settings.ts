/**
 * WorkbookHost.writeSettings: the settings sheet's content replaced by the
 * given rows from A1. The sheet is the user's (visible, not marked): its
 * formatting is kept, only contents are cleared. Created as `設定` when the
 * workbook has neither `設定` nor `Settings`. Two requests: which sheet exists, then the write.
 */
import { SETTINGS_SHEET_NAMES } from "../../core/settings";
import { OP_ESTIMATE_BYTES } from "./payload";
import { arrayRows, valueSteps } from "./render-sheet";
import { RoundTrips } from "./round-trips";
import { queueSteps, type Step } from "./steps";

type ExcelRun = typeof Excel.run;

export async function writeSettings(run: ExcelRun, rows: readonly (readonly (string | number)[])[]): Promise<void> {
  await run(async (context) => {
    const trips = new RoundTrips();
    const worksheets = context.workbook.worksheets;
    const candidates = SETTINGS_SHEET_NAMES.map((name) => worksheets.getItemOrNullObject(name));
    trips.queued(OP_ESTIMATE_BYTES * candidates.length);
    await trips.sent(context.sync());
    const sheet = candidates.find((ws) => !ws.isNullObject) ?? worksheets.add(SETTINGS_SHEET_NAMES[0]);
    const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
    const steps: Step[] = [{ bytes: OP_ESTIMATE_BYTES * 2, run: () => sheet.getRange().clear("Contents") }, ...valueSteps(arrayRows(rows), width, () => sheet)];
    await queueSteps(context, trips, steps);
    await trips.sent(context.sync());
  });
}
