/**
 * The rows the task pane writes to the 設定 sheet when the user saves
 * settings: key / value in two columns, 分野 last with one area per row below
 * it. readSettingsSheet reads them back to the same settings.
 */
import type { Lang, Settings } from "../settings";
import { formatFiscalYear } from "../values/fiscal-year";
import { pointLabel, settingLabel, WRITE_ORDER, type SettingKey } from "./keys";

export type SettingsRow = (string | number)[];

function valueOf(key: Exclude<SettingKey, "areas">, settings: Settings, lang: Lang): string | number {
  switch (key) {
    case "plan":
      return settings.plan;
    case "fiscalYear":
      return settings.fiscalYear === null ? "" : formatFiscalYear(settings.fiscalYear, lang);
    case "point":
      return pointLabel(settings.point, lang);
    case "sMargin":
      return settings.sMargin;
    case "lang":
      return settings.lang;
  }
}

/** Keys in the sheet's language `lang` (日本語: 計画名, 対象年度, ...; English: Plan, Fiscal year, ...). */
export function writeSettingsRows(settings: Settings, lang: Lang): SettingsRow[] {
  const rows: SettingsRow[] = [];
  for (const key of WRITE_ORDER) {
    if (key === "areas") {
      rows.push([settingLabel(key, lang), ""]);
      // a blank area would end the list when read back: there is no such area
      for (const area of settings.areas) if (area.trim() !== "") rows.push(["", area]);
    } else {
      rows.push([settingLabel(key, lang), valueOf(key, settings, lang)]);
    }
  }
  return rows;
}
