/**
 * The settings flags take the 設定 sheet's keys (contract §2) and are read by
 * the same reader as the sheet, so a value means the same in both places.
 */
import type { Command } from "commander";
import type { Grid } from "../core/grid";
import { readSettingsSheet } from "../core/settings/read-settings";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { cellText } from "../core/values/text";
import type { CliTexts } from "./texts";

export interface SettingFlags {
  plan?: string;
  fiscalYear?: string;
  point?: string;
  sMargin?: string;
  area?: string[];
  reportLang?: string;
}

/** Flag → settings key and the Settings field it sets. */
const KEYS: readonly [keyof SettingFlags, string, keyof Settings][] = [
  ["plan", "計画名", "plan"],
  ["fiscalYear", "対象年度", "fiscalYear"],
  ["point", "時点", "point"],
  ["sMargin", "S判定の余裕", "sMargin"],
  ["reportLang", "言語", "lang"],
];

/** The settings the flags set, or the list of flags whose value cannot be read. */
export function settingsFromFlags(flags: SettingFlags): { overrides: Partial<Settings>; invalid: string[] } {
  const rows: (string | null)[][] = [];
  const given: (keyof Settings)[] = [];
  for (const [flag, key, field] of KEYS) {
    const v = flags[flag];
    if (typeof v === "string") {
      rows.push([key, v]);
      given.push(field);
    }
  }
  if (flags.area && flags.area.length > 0) {
    rows.push(["分野", flags.area[0]]);
    for (const a of flags.area.slice(1)) rows.push([null, a]);
    given.push("areas");
  }
  const grid: Grid = { sheet: "flags", top: 0, left: 0, values: rows };
  const { settings, findings } = readSettingsSheet(grid, { ...DEFAULT_SETTINGS, areas: [] });
  const invalid = findings.filter((f) => f.code === "invalid-setting").map((f) => `${f.params.key}=${cellText(f.params.value ?? null)}`);
  const overrides: Partial<Settings> = {};
  for (const field of given) (overrides as Record<string, unknown>)[field] = settings[field];
  return { overrides, invalid };
}

/** A repeatable flag's values (`--area A --area B`), in order. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --plan, --fiscal-year, --point: the plan and period flags `report` and `template` both take, declared once. */
export function withPeriodOptions(command: Command, t: CliTexts): Command {
  return command.option("--plan <name>", t.report.plan).option("--fiscal-year <year>", t.report.fiscalYear).option("--point <point>", t.report.point);
}

/** --area, once per area in order (report, template). */
export function withAreaOption(command: Command, t: CliTexts): Command {
  return command.option("--area <area>", t.report.area, collect);
}
