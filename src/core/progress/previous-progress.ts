/**
 * The previous period's 進捗率 bands (contract §10: "this period and the
 * previous one"), from the earlier period's block (評価履歴 or `--previous`):
 * each indicator of this period with a 基準値 and a final target is rated
 * again with the earlier period's actual, read from the block's 「指標名：実績」
 * lines, against this register's 基準値 and target (they belong to the plan,
 * not to a period). An indicator the earlier period has no readable actual
 * for counts as not computed, so both columns count the same indicators.
 */
import type { HistoryBlock } from "../cycle/history-block";
import type { Evaluation } from "../evaluate/types";
import { readNumberText } from "../values/number";
import { bandOf, countBands, progressRate } from "./progress-rate";
import type { BandCounts, IndicatorProgress, ProgressRates } from "./progress-types";

/** Separators of 「指標名：実績」 in either report language. */
const SEPARATORS: readonly string[] = ["：", ": "];

/** The actual an earlier block's entry records for an indicator: its own line, or the only line of a nameless one. */
export function actualIn(lines: readonly string[], indicator: string): number | null {
  const name = indicator.trim();
  for (const line of lines) {
    for (const sep of SEPARATORS) {
      if (name !== "" && line.startsWith(name + sep)) {
        const r = readNumberText(line.slice(name.length + sep.length));
        return r.ok ? r.value : null;
      }
    }
  }
  if (name === "" && lines.length === 1) {
    const r = readNumberText(lines[0]);
    return r.ok ? r.value : null;
  }
  return null;
}

/** The bands of this period's indicators rated with the earlier block's actuals. */
export function previousBands(indicators: readonly IndicatorProgress[], block: HistoryBlock): BandCounts {
  const entryOf = new Map<string, number>();
  block.items.forEach((item, k) => {
    if ((item.relistOf ?? null) === null && !entryOf.has(item.no)) entryOf.set(item.no, k);
  });
  const bands = indicators.map((i) => {
    const k = entryOf.get(String(i.no));
    if (k === undefined || i.baseline === null || i.target === null) return { band: null };
    const actual = actualIn(block.actuals(k).split("\n"), i.indicator);
    const rate = actual === null ? null : progressRate(i.baseline, i.target, actual);
    return { band: rate === null ? null : bandOf(rate) };
  });
  return countBands(bands);
}

/**
 * The evaluation with the previous period's bands beside this period's: the
 * host's (`previousProgress`) when given, else from the earlier block; as it
 * is without 進捗率 or an earlier period.
 */
export function withPreviousProgress(
  ev: Evaluation,
  block: HistoryBlock | null,
  given: { readonly period: string; readonly bands: BandCounts } | undefined,
): Evaluation {
  const p = ev.progress;
  if (p === undefined) return ev;
  const previous = given ?? (block === null ? undefined : { period: block.period, bands: previousBands(p.indicators, block) });
  if (previous === undefined) return ev;
  const progress: ProgressRates = { ...p, previous };
  return { ...ev, progress };
}
