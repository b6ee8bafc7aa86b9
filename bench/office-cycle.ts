/**
 * The pane's reporting cycle (contract §10) against the fake Excel, for the
 * round-trip bench and its test. 集計表を作成 for the earlier period
 * (平成25年度末: the report with a one-block 評価履歴); staff then change some
 * items' スケジュール in the register for the next period; 集計表を作成 again
 * for 平成26年度末 as src/taskpane/pane-app.ts runs it — a load that reads the
 * marked 評価履歴, runEngine with that history, and the write of the whole
 * report: 前回比較, 評価履歴 with both periods' blocks, the chart in 進捗集計.
 * That load and that write are measured.
 */
import type { ReportModel } from "../src/core/report/model";
import { runEngine, type EngineResult } from "../src/core/run";
import { createOfficeHost } from "../src/workbook/office";
import type { WorkbookSnapshot } from "../src/workbook/host";
import { FakeExcel, type FakeWorkbook } from "../test/fakes/excel";
import { measure, type TripMeasure } from "./trip-measure";

export const REGISTER_SHEET = "取組一覧";
/** The two periods (fiscal years, year end): 平成25年度末, then 平成26年度末. */
export const EARLIER_YEAR = 2013;
export const LATER_YEAR = 2014;

/**
 * The next period's スケジュール of every fifth item: 遅れ caught up, 予定どおり
 * fallen behind (with its 要因 and 今後の対応, as the contract asks of a late
 * item), 予定以上 back to 予定どおり — levels move both ways.
 */
const NEXT_SCHEDULE: Record<string, string> = { 遅れ: "予定どおり", 予定どおり: "遅れ", 予定以上: "予定どおり" };
const BEHIND_TEXTS: Record<string, string> = { 要因: "担当職員の異動により着手が遅れた", 今後の対応: "年度前半に体制を整えて実施する" };
const CHANGE_EVERY = 5;

export interface CycleRoundTrips {
  /** The later period's load (the register, 設定 and the 評価履歴 the earlier report wrote). */
  readonly load: TripMeasure;
  /** The later period's write: the engine's whole report with 前回比較, both periods in 評価履歴 and the chart. */
  readonly write: TripMeasure;
  /** The engine's result of the later period (its comparison). */
  readonly result: EngineResult;
  /** The workbook after the later write. */
  readonly workbook: FakeWorkbook;
  /** Each changed item: No, スケジュール before and after. */
  readonly changed: readonly { readonly no: number; readonly from: string; readonly to: string }[];
}

function hostOf(fake: FakeExcel) {
  return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported });
}

/** What the pane's 集計表を作成 computes from a load: the engine with the history the host read. */
function paneRun(snap: WorkbookSnapshot, fiscalYear: number): EngineResult & { readonly report: ReportModel } {
  if (snap.register === null) throw new Error("the bench register was not loaded");
  const r = runEngine({
    register: snap.register,
    settingsSheet: snap.settings,
    overrides: { fiscalYear },
    sourcesSheet: snap.sources ?? null,
    ...(snap.history === undefined ? {} : { history: snap.history }),
  });
  const report = r.report;
  if (report === null) throw new Error("the bench register must not be blocked by errors");
  return { ...r, report };
}

/** The next period typed into the register (see NEXT_SCHEDULE); returns the items changed. */
export function enterNextPeriod(workbook: FakeWorkbook): CycleRoundTrips["changed"] {
  const sheet = workbook.sheet(REGISTER_SHEET);
  const used = sheet?.usedRect(true) ?? null;
  if (sheet === undefined || used === null) throw new Error(`no ${REGISTER_SHEET} sheet`);
  const rows = sheet.valuesIn(used);
  const header = rows.findIndex((r) => r.includes("No") && r.includes("スケジュール"));
  if (header < 0) throw new Error("the bench register has no No / スケジュール header");
  const col = (name: string): number => rows[header].indexOf(name);
  const changed: { no: number; from: string; to: string }[] = [];
  for (let r = header + 1; r < rows.length; r++) {
    const [no, from] = [rows[r][col("No")], rows[r][col("スケジュール")]];
    if (typeof no !== "number" || no % CHANGE_EVERY !== 0 || typeof from !== "string" || !(from in NEXT_SCHEDULE)) continue;
    const to = NEXT_SCHEDULE[from];
    sheet.setValue(used.top + r, used.left + col("スケジュール"), to);
    if (to === "遅れ") {
      for (const [name, text] of Object.entries(BEHIND_TEXTS)) if (col(name) >= 0 && rows[r][col(name)] === null) sheet.setValue(used.top + r, used.left + col(name), text);
    }
    changed.push({ no, from, to });
  }
  return changed;
}

/** The cycle on `workbook` (modified in place): the earlier report, the next period entered, the later load and write measured. */
export async function measureCycleRoundTrips(workbook: FakeWorkbook): Promise<CycleRoundTrips> {
  const earlier = hostOf(new FakeExcel(workbook));
  const first = paneRun(await earlier.load(REGISTER_SHEET), EARLIER_YEAR);
  await earlier.writeReport(first.report);
  const changed = enterNextPeriod(workbook);

  let fake = new FakeExcel(workbook);
  let t = Date.now();
  const snap = await hostOf(fake).load(REGISTER_SHEET);
  const load = measure(fake, snap.roundTrips, null, Date.now() - t);
  const result = paneRun(snap, LATER_YEAR);
  fake = new FakeExcel(workbook);
  t = Date.now();
  const out = await hostOf(fake).writeReport(result.report);
  const write = measure(fake, out.roundTrips, out.largestRequestBytes, Date.now() - t);
  return { load, write, result, workbook, changed };
}
