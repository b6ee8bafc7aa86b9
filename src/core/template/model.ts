/**
 * The register template (issue 12, contract §2 and §10): a new workbook to
 * send to departments, as a plain model both writers draw — the command
 * line's (src/workbook/template, exceljs) and the task pane's (Office.js).
 * Its register sheet holds the contract's headers with a hint and, where the
 * cells take only some words, a list to choose from; its 設定 sheet holds the
 * keys src/core/settings reads (計画名, 対象年度, 時点, the scale …), so the
 * report reads the returned workbook as it was sent.
 */
import { fill } from "../i18n";
import { templateEn } from "../i18n/en/template";
import { templateJa, type TemplateLabels } from "../i18n/ja/template";
import { fieldName } from "../i18n";
import { columnDef } from "../register/aliases";
import type { ColumnKey } from "../register/types";
import { SETTINGS_SHEET_NAMES, type Lang, type Settings } from "../settings";
import { settingKeyOf } from "../settings/keys";
import { fiscalYearOfMonth } from "../values/fiscal-year";
import { scaleOf, seedLevels } from "../settings/scale";
import { writeSettingsRows, type SettingsRow } from "../settings/write-settings";
import { TEMPLATE_COLUMNS, type TemplateColumnDef } from "./columns";
import { listValues, LOOSE_LISTS } from "./lists";
import { settingsNotes } from "./settings-notes";

/** Rows below the header that get the lists and hints (a plan of 1,000 indicator rows is large). */
export const TEMPLATE_INPUT_ROWS = 1000;
/** Excel's limits: a list written in the rule, an input message and its title. */
export const LIST_FORMULA_LIMIT = 255;
export const PROMPT_LIMIT = 255;
export const PROMPT_TITLE_LIMIT = 32;

/** Cells of the 設定 sheet, 1-based, that hold a list (the areas). */
export interface SheetRange {
  readonly sheet: string;
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface TemplateValidation {
  /** The values to choose from. */
  readonly values: readonly string[];
  /** Where the values stand on the 設定 sheet, when the rule points there (the areas); null: written in the rule. */
  readonly range: SheetRange | null;
  /** Only the listed values (Excel's "stop"); false: others after a warning. */
  readonly strict: boolean;
  readonly errorTitle: string;
  readonly error: string;
}

export interface TemplateColumn {
  readonly key: ColumnKey;
  readonly header: string;
  readonly width: number;
  readonly wrap: boolean;
  readonly required: boolean;
  /** The input message's title (the header, cut to Excel's 32 characters). */
  readonly promptTitle: string;
  /** The hint: the header's note and the input message of the column's cells. */
  readonly hint: string;
  readonly validation: TemplateValidation | null;
}

export interface TemplateNote {
  /** 1-based row and column. */
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface TemplateModel {
  readonly lang: Lang;
  readonly register: {
    readonly name: string;
    /** 1-based; the input rows follow it. */
    readonly headerRow: number;
    readonly inputRows: number;
    readonly columns: readonly TemplateColumn[];
  };
  readonly settings: {
    readonly name: string;
    readonly rows: readonly SettingsRow[];
    readonly notes: readonly TemplateNote[];
    readonly widths: readonly number[];
  };
}

export function templateLabels(lang: Lang): TemplateLabels {
  return lang === "ja" ? templateJa : templateEn;
}

function cut(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : chars.slice(0, limit - 1).join("") + "…";
}

/** A list Excel can hold in the rule: no comma or quote in a value, 255 characters in all. */
function fitsInRule(values: readonly string[]): boolean {
  return values.every((v) => !v.includes(",") && !v.includes('"')) && values.join(",").length <= LIST_FORMULA_LIMIT;
}

interface ColumnContext {
  readonly settings: Settings;
  readonly lang: Lang;
  readonly L: TemplateLabels;
  readonly areaRange: SheetRange | null;
}

function validationOf(def: TemplateColumnDef, cx: ColumnContext): TemplateValidation | null {
  if (def.list === null) return null;
  const values = listValues(def.list, cx.settings, cx.lang);
  const range = def.list === "area" ? cx.areaRange : null;
  if (values.length === 0 || (range === null && !fitsInRule(values))) return null;
  const strict = !LOOSE_LISTS.has(def.list);
  const shown = values.join(cx.L.separator);
  return {
    values,
    range,
    strict,
    errorTitle: cx.L.errorTitle,
    error: cut(fill(strict ? cx.L.errorStrict : cx.L.errorLoose, { values: shown }), PROMPT_LIMIT),
  };
}

/** The rating columns list the levels with their labels: 「S 予定以上に進捗、A …」. */
function choices(def: TemplateColumnDef, v: TemplateValidation, cx: ColumnContext): string {
  if (def.list !== "rating") return v.values.join(cx.L.separator);
  const scale = scaleOf(cx.settings);
  return scale.levels.map((l) => fill(cx.L.level, { code: l.code, label: l.label })).join(cx.L.separator);
}

function columnOf(def: TemplateColumnDef, cx: ColumnContext): TemplateColumn {
  const header = fieldName(def.key, cx.lang);
  const required = columnDef(def.key).required || (def.key === "selfRating" && cx.settings.method === "self");
  const validation = validationOf(def, cx);
  const key = def.key as keyof TemplateLabels["hints"];
  let hint = (required ? cx.L.required : "") + cx.L.hints[key];
  if (validation !== null) hint += fill(cx.L.choose, { values: choices(def, validation, cx) });
  return {
    key: def.key,
    header,
    width: def.width,
    wrap: def.wrap,
    required,
    promptTitle: cut(header, PROMPT_TITLE_LIMIT),
    hint: cut(hint, PROMPT_LIMIT),
    validation,
  };
}

/** Where the areas stand in the 設定 rows (the rows below 分野), or null when there are none. */
function areaRangeOf(rows: readonly SettingsRow[], sheet: string, count: number): SheetRange | null {
  const at = rows.findIndex((r) => typeof r[0] === "string" && settingKeyOf(r[0]) === "areas");
  if (at < 0 || count === 0) return null;
  return { sheet, column: 2, firstRow: at + 2, lastRow: at + 1 + count };
}

export interface TemplateInput {
  /** What the 設定 sheet says: plan, fiscal year, point, areas, the scale (absent = the seed's) and method. */
  readonly settings: Settings;
  /** The template's language: headers, hints, sheet names, the keys of 設定. */
  readonly lang: Lang;
}

/** The template's 設定 as sent: 対象年度 defaults to the fiscal year `today` falls in (the year being reported on). */
export function withTemplateDefaults(settings: Settings, today: Date): Settings {
  if (settings.fiscalYear !== null) return settings;
  return { ...settings, fiscalYear: fiscalYearOfMonth(today.getFullYear(), today.getMonth() + 1) };
}

export function templateModel(input: TemplateInput): TemplateModel {
  const { settings, lang } = input;
  const L = templateLabels(lang);
  const settingsName = SETTINGS_SHEET_NAMES[lang === "ja" ? 0 : 1];
  const rows = writeSettingsRows(settings, lang);
  const areas = settings.areas.filter((a) => a.trim() !== "").length;
  const cx: ColumnContext = { settings, lang, L, areaRange: areaRangeOf(rows, settingsName, areas) };
  const seed = settings.scale === undefined ? seedLevels(settings.sMargin) : null;
  return {
    lang,
    register: { name: L.registerSheet, headerRow: 1, inputRows: TEMPLATE_INPUT_ROWS, columns: TEMPLATE_COLUMNS.map((d) => columnOf(d, cx)) },
    settings: { name: settingsName, rows, notes: settingsNotes(rows, seed, L), widths: [16, 28, 24, 10, 10] },
  };
}
