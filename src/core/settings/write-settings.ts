/**
 * The rows the task pane writes to the 設定 sheet when the user saves
 * settings: key / value in two columns, 分野 last with one area per row below
 * it. readSettingsSheet reads them back to the same settings. The keys of
 * contract §9 (評価方法, 数字, 評価対象外, 評価区分) are written only when set,
 * so a plan on the seed's scale keeps the sheet it always had.
 */
import type { Lang, Settings } from "../settings";
import { formatFiscalYear } from "../values/fiscal-year";
import { behindLabel, digitsLabel, methodLabel, pointLabel, settingLabel, WRITE_ORDER, type SettingKey } from "./keys";

export type SettingsRow = (string | number)[];

type ScalarKey = "plan" | "fiscalYear" | "point" | "sMargin" | "lang";

function valueOf(key: ScalarKey, settings: Settings, lang: Lang): string | number {
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

/** Rows of one §9 key; none when it is not set. */
function scaleRows(key: "method" | "digits" | "notRatedWords" | "scale", settings: Settings, lang: Lang): SettingsRow[] {
  const label = settingLabel(key, lang);
  switch (key) {
    case "method":
      return settings.method === undefined ? [] : [[label, methodLabel(settings.method, lang)]];
    case "digits":
      return settings.digits === undefined ? [] : [[label, digitsLabel(settings.digits, lang)]];
    case "notRatedWords": {
      const words = (settings.notRatedWords ?? []).filter((w) => w.trim() !== "");
      return words.length === 0 ? [] : [[label, words[0]], ...words.slice(1).map((w) => ["", w])];
    }
    case "scale":
      if (settings.scale === undefined) return [];
      return [
        [label, ""],
        ...settings.scale.map((l) => ["", l.code, l.label, l.threshold ?? "", l.behind ? behindLabel(lang) : ""]),
      ];
  }
}

/** Keys in the sheet's language `lang` (日本語: 計画名, 対象年度, ...; English: Plan, Fiscal year, ...). */
export function writeSettingsRows(settings: Settings, lang: Lang): SettingsRow[] {
  const rows: SettingsRow[] = [];
  for (const key of WRITE_ORDER as readonly SettingKey[]) {
    if (key === "areas") {
      rows.push([settingLabel(key, lang), ""]);
      // a blank area would end the list when read back: there is no such area
      for (const area of settings.areas) if (area.trim() !== "") rows.push(["", area]);
    } else if (key === "method" || key === "digits" || key === "notRatedWords" || key === "scale") {
      rows.push(...scaleRows(key, settings, lang));
    } else {
      rows.push([settingLabel(key, lang), valueOf(key, settings, lang)]);
    }
  }
  return rows;
}
