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
