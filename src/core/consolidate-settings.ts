/**
 * Consolidation keeps the 設定 sheet (contract §10): the departments were sent
 * one register with one 設定, so their returns must agree on it. The first
 * file that has a 設定 sheet is the reference, written into the consolidated
 * workbook as it is; every other file's 設定 is read and compared with it key
 * by key, on the values as read (`令和6年度` and `2024` agree).
 *
 * Decisions where the contract is silent (docs/cycle.md):
 * - A difference in what rates the items — 対象年度, 時点, S判定の余裕,
 *   評価区分, 評価方法, 評価対象外 — is a consolidate-settings-conflict
 *   (error, nothing is written): the merged register would be rated by one
 *   department's rules only.
 * - A difference in 計画名, 言語, 分野 or 数字 is a consolidate-settings-differ
 *   warning: the reference's value is kept (an area missing from its 分野 is
 *   then an unknown-area warning when the register is rated).
 * - A file without a 設定 sheet agrees with any (it was rated by the defaults
 *   before, and the reference's settings now apply to it).
 * - The finding's cell is the differing value in the file that differs
 *   (its key row's value cell; none when the key is absent there); the
 *   message names both files and the reference's cell.
 */
import { cellAddress, type Grid } from "./grid";
import { finding, type Finding } from "./findings/finding";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { readSettingsSheet } from "./settings/read-settings";
import { SETTING_KEYS, settingKeyOf, type SettingKey } from "./settings/keys";
import type { ScaleLevel } from "./settings/scale";
import { formatFiscalYear } from "./values/fiscal-year";
import { cellText } from "./values/text";

export interface SettingsSource {
  /** The file name, as findings name it. */
  readonly label: string;
  /** The file's 設定 / Settings sheet; null when it has none. */
  readonly grid: Grid | null;
}

export interface SettingsAgreement {
  /** The reference 設定 sheet (the first file's that has one), to be written as it is; null when no file has one. */
  readonly kept: { readonly label: string; readonly grid: Grid } | null;
  readonly findings: readonly Finding[];
}

/** Keys whose difference changes how items are rated: an error. */
const RATING_KEYS: ReadonlySet<SettingKey> = new Set<SettingKey>(["fiscalYear", "point", "sMargin", "scale", "method", "notRatedWords"]);

/** Keys compared, in the order the findings come. */
const COMPARED: readonly SettingKey[] = ["fiscalYear", "point", "sMargin", "scale", "method", "notRatedWords", "plan", "lang", "areas", "digits"];

interface ReadSheet {
  readonly label: string;
  readonly grid: Grid;
  readonly settings: Settings;
  /** Address of each key's value cell (the last row of a key given twice, as the reader takes it). */
  readonly cells: ReadonlyMap<SettingKey, string>;
}

function readSheet(label: string, grid: Grid): ReadSheet {
  const settings = readSettingsSheet(grid, { ...DEFAULT_SETTINGS, areas: [] }).settings;
  const cells = new Map<SettingKey, string>();
  grid.values.forEach((row, r) => {
    const k = row[0];
    const key = typeof k === "string" ? settingKeyOf(k) : null;
    if (key !== null) cells.set(key, cellAddress(grid.sheet, grid.top + r, grid.left + 1));
  });
  return { label, grid, settings, cells };
}

function scaleText(levels: readonly ScaleLevel[] | undefined): string {
  if (levels === undefined) return "";
  return levels.map((l) => (l.threshold === null ? l.code : `${l.code}(${l.threshold})`)).join("/");
}

/** A setting's value as text, for comparing and for the message. */
function valueText(s: Settings, key: SettingKey): string {
  switch (key) {
    case "fiscalYear":
      return s.fiscalYear === null ? "" : formatFiscalYear(s.fiscalYear, "ja");
    case "scale":
      return scaleText(s.scale);
    case "areas":
      return s.areas.join("、");
    case "notRatedWords":
      return [...(s.notRatedWords ?? [])].sort().join("、");
    default:
      return cellText((s[key] as string | number | undefined) ?? "");
  }
}

/** The departments' 設定 sheets checked against the first one: the sheet to keep and the differences. */
export function checkSettingsAgreement(sources: readonly SettingsSource[]): SettingsAgreement {
  const sheets = sources.filter((s): s is { label: string; grid: Grid } => s.grid !== null).map((s) => readSheet(s.label, s.grid));
  if (sheets.length === 0) return { kept: null, findings: [] };
  const [reference, ...others] = sheets;
  const findings: Finding[] = [];
  for (const other of others) {
    for (const key of COMPARED) {
      const expected = valueText(reference.settings, key);
      const actual = valueText(other.settings, key);
      if (expected === actual) continue;
      const code = RATING_KEYS.has(key) ? "consolidate-settings-conflict" : "consolidate-settings-differ";
      findings.push(
        finding(code, other.cells.get(key) ?? null, {
          key: SETTING_KEYS[key][0],
          file: other.label,
          value: actual,
          otherFile: reference.label,
          otherCell: reference.cells.get(key) ?? reference.grid.sheet,
          otherValue: expected,
        }),
      );
    }
  }
  return { kept: { label: reference.label, grid: reference.grid }, findings };
}
