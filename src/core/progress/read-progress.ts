/**
 * 進捗率 of every indicator row that has a 基準値 (contract §10): the baseline
 * and its year, the final-year target and its year, the actual of the
 * report's period; a value that is missing or unreadable is a finding at its
 * cell and leaves the 進捗率 not computed — never a silent zero.
 * The target and the actual are the evaluation's readings (a 最終目標値 column,
 * when there is one, is read here instead of 目標値).
 */
import { cellAddress, type CellValue } from "../grid";
import { finding, type Finding, type FindingCode, type FindingParams } from "../findings/finding";
import type { Register, IndicatorCells, SourceCell } from "../register/types";
import type { Settings } from "../settings";
import type { Evaluation, IndicatorResult, ItemResult } from "../evaluate/types";
import { readNumber } from "../values/number";
import { displayText } from "../values/text";
import { bandOf, countBands, elapsedShare, progressRate } from "./progress-rate";
import { bracketYear, yearOfCell } from "./progress-years";
import type { IndicatorProgress, ProgressRates } from "./progress-types";

/** One indicator row's cells that 進捗率 reads, copied (indicatorCells is refilled on the next call). */
interface Cells {
  readonly baseline: SourceCell;
  readonly baselineYear: SourceCell | undefined;
  readonly finalTarget: SourceCell | undefined;
  readonly targetYear: SourceCell | undefined;
  readonly targetText: string;
}

/** What a run of the reader shares: the register, the settings, the findings made. */
interface ProgressRun {
  readonly register: Register;
  readonly settings: Settings;
  readonly found: Finding[];
}

/** A cell's fields copied (a reader's cell may be one object refilled per call, its fields getters). */
function copy(c: SourceCell | undefined): SourceCell | undefined {
  return c === undefined ? undefined : { value: c.value, format: c.format, address: c.address, row: c.row, col: c.col };
}

function copyCells(c: IndicatorCells): Cells | null {
  const baseline = copy(c.baseline);
  if (baseline === undefined) return null;
  return { baseline, baselineYear: copy(c.baselineYear), finalTarget: copy(c.finalTarget), targetYear: copy(c.targetYear), targetText: displayText(c.target) };
}

function report(run: ProgressRun, code: FindingCode, cell: string, params: FindingParams): void {
  run.found.push(finding(code, cell, params));
}

/**
 * A number cell's value; null with a finding (unreadable-number, excel-error)
 * when it holds something else; "none" for a deliberate "none" mark (`−`).
 */
function numberOf(run: ProgressRun, cell: SourceCell, field: string): number | null | "none" {
  const r = readNumber(cell.value as CellValue, cell.format);
  if (r.ok) return r.value;
  if (r.reason === "empty") return "none";
  report(run, r.reason === "error" ? "excel-error" : "unreadable-number", cell.address, { field, value: r.text });
  return null;
}

/** The address of column `key`'s cell on `row` (the first of the columns present), for a finding on a blank cell. */
function addressIn(run: ProgressRun, row: number, keys: readonly ("finalTarget" | "target" | "baseline" | "targetYear" | "baselineYear")[]): string {
  const cols = run.register.columns;
  for (const k of keys) {
    const col = cols[k];
    if (col !== undefined) return cellAddress(run.register.sheet, row, col);
  }
  return cellAddress(run.register.sheet, row, cols.baseline as number);
}

/** A year from its own column, else a bracket in the value's text, else the header's note; a finding when none. */
function yearOf(run: ProgressRun, at: { own: SourceCell | undefined; text: string; header: string; row: number; which: "baseline" | "target" }): number | null {
  const ctx = run.settings.fiscalYear;
  const field = at.which === "baseline" ? "baselineYear" : "targetYear";
  if (at.own !== undefined) {
    const y = yearOfCell(displayText(at.own), ctx);
    if (y === null) report(run, "progress-unreadable-year", at.own.address, { field, value: displayText(at.own) });
    return y;
  }
  const y = bracketYear(at.text, ctx) ?? bracketYear(at.header, ctx);
  if (y === null) report(run, at.which === "baseline" ? "progress-missing-baseline-year" : "progress-missing-target-year", addressIn(run, at.row, at.which === "baseline" ? ["baselineYear", "baseline"] : ["targetYear", "finalTarget", "target"]), {});
  return y;
}

/** The final-year target: 最終目標値 when the column has a value, else the evaluation's atLeast / atMost target. */
function targetOf(run: ProgressRun, cells: Cells, ind: IndicatorResult | undefined, row: number): number | null {
  if (cells.finalTarget !== undefined) {
    const v = numberOf(run, cells.finalTarget, "finalTarget");
    if (v !== "none") return v;
  }
  const t = ind?.target ?? null;
  if (t !== null && (t.kind === "atLeast" || t.kind === "atMost") && t.value !== null) return t.value;
  if (t !== null && t.kind !== "atLeast" && t.kind !== "atMost") report(run, "progress-not-applicable", cells.baseline.address, { target: ind?.display.target ?? t.text });
  // A target the evaluation could not read has its finding there; none at all is one here.
  else if (t === null && (ind === undefined || ind.display.target.trim() === "")) report(run, "progress-missing-target", addressIn(run, row, ["finalTarget", "target"]), {});
  return null;
}

/** One indicator row's 進捗率 and what it is made of. */
function progressOf(run: ProgressRun, item: ItemResult, cells: Cells, ind: IndicatorResult | undefined, row: number): IndicatorProgress | null {
  const baseline = numberOf(run, cells.baseline, "baseline");
  if (baseline === "none") return null; // a deliberate "none" mark (`−`): no baseline, no 進捗率
  const headers = run.register.headers;
  const baselineYear = yearOf(run, { own: cells.baselineYear, text: displayText(cells.baseline), header: headers.baseline ?? "", row, which: "baseline" });
  const target = targetOf(run, cells, ind, row);
  const targetText = cells.finalTarget !== undefined ? displayText(cells.finalTarget) : cells.targetText;
  const targetHeader = (cells.finalTarget !== undefined ? headers.finalTarget : headers.target) ?? "";
  const targetYear = target === null ? null : yearOf(run, { own: cells.targetYear, text: targetText, header: targetHeader, row, which: "target" });
  const actual = typeof ind?.actual === "number" ? ind.actual : null;
  let rate: number | null = null;
  if (baseline !== null && target !== null && actual !== null) {
    rate = progressRate(baseline, target, actual);
    if (rate === null) report(run, "progress-target-equals-baseline", addressIn(run, row, ["finalTarget", "target"]), { value: target });
  }
  let elapsed: number | null = null;
  if (baselineYear !== null && targetYear !== null) {
    const fy = run.settings.fiscalYear;
    elapsed = fy === null ? null : elapsedShare(baselineYear, targetYear, { fiscalYear: fy, point: run.settings.point });
    if (targetYear <= baselineYear) report(run, "progress-years-order", addressIn(run, row, ["targetYear", "finalTarget", "target"]), { baselineYear, targetYear });
  }
  const band = rate === null ? null : bandOf(rate);
  const onPace = rate === null || elapsed === null ? null : rate >= elapsed;
  return { no: item.no, item: item.name, indicator: ind?.name ?? "", row, cell: cells.baseline.address, baseline, baselineYear, target, targetYear, actual, rate, elapsed, band, onPace };
}

/**
 * The 進捗率 of a run: null when the register has no 基準値 column. Re-listed
 * entries are skipped (their original's indicators are counted once, under it).
 */
export function readProgress(register: Register, ev: Evaluation): { progress: ProgressRates; findings: Finding[] } | null {
  if (register.columns.baseline === undefined) return null;
  const run: ProgressRun = { register, settings: ev.settings, found: [] };
  const entries = register.entries;
  const indicators: IndicatorProgress[] = [];
  for (const item of ev.items) {
    if (item.relistOf !== null) continue;
    const i = item.entry;
    let results: readonly IndicatorResult[] | null = null;
    for (let k = 0; k < entries.indicatorCount(i); k++) {
      const cells = copyCells(entries.indicatorCells(i, k));
      if (cells === null) continue;
      results ??= item.indicators;
      const row = entries.indicatorRow(i, k);
      const p = progressOf(run, item, cells, results.find((r) => r.row === row), row);
      if (p !== null) indicators.push(p);
    }
  }
  return { progress: { indicators, bands: countBands(indicators) }, findings: run.found };
}
