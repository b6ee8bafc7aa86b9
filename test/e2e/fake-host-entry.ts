/**
 * First bundle of the end-to-end page (e2e.html): defines a fake Excel and
 * Office on window before the pane's bundle runs, so the real pane code and
 * the real Office.js adapter run against a workbook the test can inspect.
 *
 * Query: ?sample=small|xss|baseline (default small; baseline: with 基準値 for 進捗率), ?lang=en-US (Office display
 * language, default ja-JP), ?excelApi=1.8 (highest ExcelApi set, default all),
 * ?theme=dark (Office's Black theme: a dark officeTheme body colour),
 * ?file=no|refused (getFileAsync(Compressed): the CompressedFile set not claimed, or claimed and the call failing).
 * A workbook handed in by the test runner (window.__shinchokuSampleOverride,
 * set by an init script: the full sample of assets/examples read with exceljs)
 * takes the place of the sample.
 * Exposes window.__shinchokuFake (the FakeExcel) and window.__shinchokuExpected
 * (what the sample must give) for test/e2e/run.js.
 */
import { fakeWorkbookFrom, installFakeExcel, type FakeExcel } from "../fakes/excel";
import {
  AREAS,
  EXPECTED_TALLY,
  EXPECTED_TOTALS,
  PLAN,
  REGISTER_SHEET,
  smallSample,
  baselineSample,
  xssSample,
  XSS_ACTUAL,
  XSS_AREA,
  type SampleWorkbook,
} from "./sample-rows";

declare global {
  interface Window {
    __shinchokuFake?: FakeExcel;
    __shinchokuExpected?: unknown;
    __shinchokuSampleOverride?: SampleWorkbook;
  }
}

const params = new URLSearchParams(window.location.search);
const chosen = params.get("sample");
const sample = window.__shinchokuSampleOverride ?? (chosen === "xss" ? xssSample() : chosen === "baseline" ? baselineSample() : smallSample());
const workbook = fakeWorkbookFrom(sample.sheets, { merges: sample.merges });

window.__shinchokuFake = installFakeExcel(window, workbook, {
  displayLanguage: params.get("lang") ?? "ja-JP",
  ...(params.get("excelApi") !== null ? { excelApi: params.get("excelApi") as string } : {}),
  ...(params.get("file") === "no" || params.get("file") === "refused" ? { compressedFile: params.get("file") as "no" | "refused" } : {}),
});
window.__shinchokuExpected = {
  registerSheet: REGISTER_SHEET,
  plan: PLAN,
  areas: AREAS,
  tally: EXPECTED_TALLY,
  totals: EXPECTED_TOTALS,
  xssArea: XSS_AREA,
  xssActual: XSS_ACTUAL,
};

if (params.get("theme") === "dark") {
  // What Office.context.officeTheme reports under Excel's Black theme.
  const office = (window as unknown as { Office: { context: Record<string, unknown> } }).Office;
  office.context.officeTheme = {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#323232",
    controlForegroundColor: "#ffffff",
  };
}
