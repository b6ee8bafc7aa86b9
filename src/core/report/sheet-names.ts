/** Names of the generated sheets in every report language (hosts need them to recognise a sheet by its role). */
import { reportJa } from "../i18n/ja/report";
import { reportEn } from "../i18n/en/report";
import type { ReportSheetKey } from "./model";

export function sheetNamesOf(key: ReportSheetKey): string[] {
  return [reportJa.sheetNames[key], reportEn.sheetNames[key]];
}

/** The findings sheet's names: the division's working list, left out of the committee's copy by default. */
export function findingsSheetNames(): string[] {
  return sheetNamesOf("findings");
}
