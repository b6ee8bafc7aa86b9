/**
 * The reporting cycle's history (contract §10, 評価履歴): one block per
 * period — each entry's No., area, name, level (null = not rated) and its
 * indicators' actuals as written — and the rules that pick the earlier
 * period out of it and put a new report's block in.
 */
import type { Evaluation, ItemResult } from "../evaluate/types";
import type { Point } from "../settings";
import { readFiscalYear } from "../values/fiscal-year";
import { periodResultOf } from "./period-items";
import type { PeriodResult } from "./types";

export interface HistoryBlock extends PeriodResult {
  /** The fiscal year (western start year) and point the period names; null when its label cannot be read. */
  readonly fiscalYear: number | null;
  readonly point: Point | null;
  /** The indicators' actuals of entry k, one `指標名：実績` a line ("" when none). */
  readonly actuals: (k: number) => string;
}

const HALF = /上半期|上期|前期|first\s*half/i;

/** The fiscal year and point a period label names: 平成26年度末 → 2014 yearEnd, FY2014 first half → 2014 half. */
export function periodOfLabel(label: string): { fiscalYear: number | null; point: Point | null } {
  const fiscalYear = readFiscalYear(label, null);
  return fiscalYear === null ? { fiscalYear: null, point: null } : { fiscalYear, point: HALF.test(label) ? "half" : "yearEnd" };
}

/** A period's place in time: a year's first half before its year end; null when unknown. */
function timeKey(b: Pick<HistoryBlock, "fiscalYear" | "point">): number | null {
  return b.fiscalYear === null || b.point === null ? null : b.fiscalYear * 2 + (b.point === "yearEnd" ? 1 : 0);
}

/** Two blocks of the same period: the same year and point, or (when either is unknown) the same label. */
export function samePeriod(a: HistoryBlock, b: HistoryBlock): boolean {
  const ka = timeKey(a);
  const kb = timeKey(b);
  return ka !== null && kb !== null ? ka === kb : a.period.trim() === b.period.trim();
}

/**
 * The most characters of an entry's actuals kept in the history: a record of
 * the figures, not the report (評価結果 and 事例 show them in full); it also
 * keeps the cell within the cell-limit check's label room (report/cell-cap.ts).
 */
export const MAX_ACTUALS_CHARS = 1000;

function actualsOf(item: ItemResult, separator: string): string {
  const lines: string[] = [];
  for (const ind of item.indicators) {
    const actual = ind.display.actual.trim();
    if (actual === "") continue;
    lines.push(ind.name.trim() === "" ? actual : ind.name.trim() + separator + actual);
  }
  const text = lines.join("\n");
  return text.length <= MAX_ACTUALS_CHARS ? text : text.slice(0, MAX_ACTUALS_CHARS - 1) + "…";
}

/** This evaluation's block: the period as the settings name it, entries in report order. */
export function blockOf(evaluation: Evaluation, actualSeparator: string): HistoryBlock {
  const s = evaluation.settings;
  return {
    ...periodResultOf(evaluation),
    fiscalYear: s.fiscalYear,
    point: s.fiscalYear === null ? null : s.point,
    actuals: (k) => actualsOf(evaluation.items[k], actualSeparator),
  };
}

/** The latest block of a period before `current`'s, or null when the history holds none. */
export function previousBlock(blocks: readonly HistoryBlock[], current: Pick<HistoryBlock, "fiscalYear" | "point">): HistoryBlock | null {
  const now = timeKey(current);
  if (now === null) return null;
  let best: HistoryBlock | null = null;
  for (const b of blocks) {
    const k = timeKey(b);
    if (k !== null && k < now && (best === null || k > (timeKey(best) as number))) best = b;
  }
  return best;
}

/**
 * The history written with this report: the blocks read from the workbook,
 * the current period's block in place of any block of the same period, and
 * `extra` blocks (the `--previous` file's period) where the history has no
 * block of their period. Periods in time order; blocks whose period cannot
 * be read first, as they were.
 */
export function mergeHistory(blocks: readonly HistoryBlock[], current: HistoryBlock, extra: readonly HistoryBlock[] = []): HistoryBlock[] {
  const kept = blocks.filter((b) => !samePeriod(b, current));
  for (const e of extra) if (!samePeriod(e, current) && !kept.some((b) => samePeriod(b, e))) kept.push(e);
  kept.push(current);
  const unknown = kept.filter((b) => timeKey(b) === null);
  const dated = kept.filter((b) => timeKey(b) !== null).sort((a, b) => (timeKey(a) as number) - (timeKey(b) as number));
  return [...unknown, ...dated];
}
