/** The notes on the template's 設定 keys: what each key takes (and, on the seed's scale, its levels). */
import { fill } from "../i18n";
import type { TemplateLabels } from "../i18n/ja/template";
import { settingKeyOf, type SettingKey } from "../settings/keys";
import type { ScaleLevel } from "../settings/scale";
import type { SettingsRow } from "../settings/write-settings";
import type { TemplateNote } from "./model";

type Noted = keyof TemplateLabels["settingsNotes"];
const NOTED: ReadonlySet<SettingKey> = new Set<SettingKey>(["plan", "fiscalYear", "point", "sMargin", "scale", "method", "areas", "lang"]);

/** One note per key row; the seed's levels (when no 評価区分 is written) under S判定の余裕's. */
export function settingsNotes(rows: readonly SettingsRow[], seed: readonly ScaleLevel[] | null, L: TemplateLabels): TemplateNote[] {
  const notes: TemplateNote[] = [];
  rows.forEach((row, i) => {
    const key = typeof row[0] === "string" ? settingKeyOf(row[0]) : null;
    if (key === null || !NOTED.has(key)) return;
    let text = L.settingsNotes[key as Noted];
    if (key === "sMargin" && seed !== null) {
      const levels = seed.map((l) => fill(L.level, { code: l.code, label: l.label })).join(L.separator);
      text += "\n" + fill(L.settingsNotes.seedScale, { levels });
    }
    notes.push({ row: i + 1, column: 1, text });
  });
  return notes;
}
