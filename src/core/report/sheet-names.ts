/** Names of the generated sheets in every report language (hosts need them to recognise a sheet by its role). */
import { reportJa } from "../i18n/ja/report";
import { reportEn } from "../i18n/en/report";
import type { ReportSheetKey } from "./model";

export function sheetNamesOf(key: ReportSheetKey): string[] {
  return [reportJa.sheetNames[key], reportEn.sheetNames[key]];
}

/** The division's working sheets, left out of the committee's copy by default: 検証結果 and 評価履歴 (the record the next report compares with). */
export function workingSheetNames(): string[] {
  return [...sheetNamesOf("findings"), ...sheetNamesOf("history")];
}

/**
 * The committee copy's sheets when none are named (`shinchoku export` and the pane's 委員会用に書き出す alike): every
 * generated sheet, in tab order, but the division's working sheets and their numbered variants (`評価履歴 (2)`).
 */
export function committeeSheets(generated: readonly string[]): string[] {
  const working = workingSheetNames();
  return generated.filter((n) => !working.some((f) => n === f || n.startsWith(f + " (")));
}
