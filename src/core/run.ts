/**
 * The engine in one call: Grid → Register → Evaluation → ReportModel.
 * Both hosts (the task pane and the command line) call this and nothing else
 * of the rule set, so no rule is written twice.
 */
import { longestText, type Grid } from "./grid";
import { finding, sortFindings, hasErrors, type Finding } from "./findings/finding";
import { readRegister } from "./register/read-register";
import { rowSourcesOf, withSources } from "./register/row-sources";
import { readSettingsSheet } from "./settings/read-settings";
import { evaluate } from "./evaluate/evaluate";
import { highlightBehindFindings } from "./evaluate/highlight-check";
import { scaleTallyOf } from "./evaluate/scale-results";
import { buildCappedReport } from "./report/cell-cap";
import { formatPeriod } from "./values/fiscal-year";
import type { Evaluation } from "./evaluate/types";
import { cycleOf } from "./cycle/cycle-of";
import type { HistoryBlock } from "./cycle/history-block";
import type { Comparison } from "./cycle/types";
import type { ReportModel, ReportSheetKey } from "./report/model";
import { DEFAULT_SETTINGS, type Point, type Settings } from "./settings";
import { cycleParts, type CyclePartsInput } from "./cycle-parts";
import { withPreviousProgress } from "./progress/previous-progress";

export interface EngineInput extends CyclePartsInput {
  readonly register: Grid;
  /** The 設定 / Settings sheet, when the workbook has one. */
  readonly settingsSheet: Grid | null;
  /** Settings given by the host (pane form, command-line flags); they win over the sheet. */
  readonly overrides?: Partial<Settings>;
  /** "Now", for the fiscal year assumed when none is set (default: the clock). */
  readonly today?: Date;
  /** Report sheets to build (default: all). */
  readonly sheets?: readonly ReportSheetKey[];
  /**
   * The workbook's 評価履歴 sheet (contract §10): null when it has none. Left
   * out (undefined), no 評価履歴 is written: a host that did not read the
   * history must not replace it.
   */
  readonly history?: Grid | null;
  /** The earlier period from another workbook (`report --previous`): compared with instead of the history's. */
  readonly previous?: HistoryBlock | null;
  /** A consolidated register's 出典列 sheet (register/row-sources.ts): findings then name the departments' cells. */
  readonly sourcesSheet?: Grid | null;
}

export interface EngineResult {
  readonly settings: Settings;
  readonly evaluation: Evaluation;
  /** null when findings of severity error block the report, or no entry names the department asked for. */
  readonly report: ReportModel | null;
  /** This period against the earlier one, when one is known and nothing blocks the report (contract §10). */
  readonly comparison: Comparison | null;
  /** The register's departments (担当課) in register order; empty without a 担当課 column. */
  readonly departments: readonly string[];
  /** `department` was asked for and no entry names it (report is null). */
  readonly unknownDepartment: boolean;
}

/**
 * The latest report point on or before `today`: a year-end report of fiscal
 * year y is due at the end of March y+1, a half-year one at the end of September y.
 */
export function latestFiscalYear(today: Date, point: Point): number {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  return point === "yearEnd" ? (m >= 4 ? y - 1 : y - 2) : m >= 10 ? y : y - 1;
}

function definedOnly(overrides: Partial<Settings> | undefined): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (!overrides) return out;
  for (const [k, v] of Object.entries(overrides)) {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

export function runEngine(input: EngineInput): EngineResult {
  const fromSheet = readSettingsSheet(input.settingsSheet, { ...DEFAULT_SETTINGS, areas: [] });
  const settings: Settings = { ...fromSheet.settings, ...definedOnly(input.overrides) };
  const extra: Finding[] = [...fromSheet.findings];
  if (settings.fiscalYear === null) {
    settings.fiscalYear = latestFiscalYear(input.today ?? new Date(), settings.point);
    extra.push(finding("assumed-fiscal-year", null, { period: formatPeriod(settings.fiscalYear, settings.point, settings.lang) }));
  }
  const register = readRegister(input.register);
  const evaluated = evaluate(register, settings);
  const sources = rowSourcesOf(input.sourcesSheet ?? null, input.register, register);
  const findings = withSources(sortFindings([...extra, ...evaluated.findings, ...highlightBehindFindings(evaluated, register.entries)]), sources);
  const scaleTally = scaleTallyOf(evaluated, register.entries, settings);
  const whole: Evaluation = { ...evaluated, findings, blocked: hasErrors(findings), ...(scaleTally ? { scaleTally } : {}) };
  // 担当課別, one department's own report, 進捗率 (contract §10).
  const parts = cycleParts(whole, register, input);
  const { departments, unknownDepartment } = parts;
  if (parts.evaluation.blocked || unknownDepartment) return { settings, evaluation: parts.evaluation, report: null, comparison: null, departments, unknownDepartment };
  // One department's report compares its own items and never rewrites the workbook's 評価履歴 with them.
  const own = input.department === undefined ? undefined : new Set(parts.evaluation.items.map((i) => String(i.no)));
  const cycle = cycleOf(parts.evaluation, { history: input.history, previous: input.previous, ...(own ? { only: own } : {}) });
  const evaluation = withPreviousProgress(parts.evaluation, cycle.previous, input.previousProgress);
  // Excel's 32,767-character cell limit: over-long texts are cut, each cut a finding in the evaluation (--json, 検証結果).
  const built = buildCappedReport(evaluation, {
    headers: register.headers,
    entries: register.entries,
    longestText: longestText([input.register, input.settingsSheet]),
    ...(input.sheets ? { sheets: [...input.sheets] } : {}),
    comparison: cycle.comparison,
    ...(cycle.history ? { history: cycle.history } : {}),
  });
  return { settings, evaluation: built.evaluation, report: built.report, comparison: cycle.comparison, departments, unknownDepartment };
}
