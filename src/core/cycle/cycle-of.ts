/**
 * The reporting cycle for one report (contract §10): this period's block,
 * the earlier period to compare with — the `--previous` file's when given,
 * else the latest earlier block of the workbook's 評価履歴 — the comparison,
 * and the history to write back (only when the host read the workbook's
 * history: a host that did not must not replace it with one block).
 */
import type { Evaluation } from "../evaluate/types";
import type { Grid } from "../grid";
import { scaleOf } from "../settings/scale";
import { comparePeriods } from "./compare";
import { blockOf, mergeHistory, previousBlock, type HistoryBlock } from "./history-block";
import { readHistory } from "./read-history";
import { cycleLabels } from "./sentence";
import type { Comparison } from "./types";

export interface CycleInput {
  /** The workbook's 評価履歴 sheet: null when it has none; undefined when the host did not read it. */
  readonly history?: Grid | null;
  /** The earlier period's block from another workbook (`--previous`): wins over the history. */
  readonly previous?: HistoryBlock | null;
  /**
   * One department's report (`--department`): only these Nos. of the earlier
   * period are compared (the history records no department), and 評価履歴 is
   * not written (its block would hold the department's entries only).
   */
  readonly only?: ReadonlySet<string>;
}

export interface CycleResult {
  readonly comparison: Comparison | null;
  /** The blocks 評価履歴 is written with, or undefined when it is not to be written. */
  readonly history?: readonly HistoryBlock[];
  /** The earlier period compared with (its actuals give the previous 進捗率 bands), or null. */
  readonly previous: HistoryBlock | null;
}

/** The earlier block narrowed to some Nos. (its entries' actuals follow them). */
function narrowed(block: HistoryBlock, only: ReadonlySet<string>): HistoryBlock {
  const keep: number[] = [];
  block.items.forEach((item, k) => {
    if (only.has(item.no)) keep.push(k);
  });
  return { ...block, items: keep.map((k) => block.items[k]), actuals: (k) => block.actuals(keep[k]) };
}

export function cycleOf(evaluation: Evaluation, input: CycleInput): CycleResult {
  const s = evaluation.settings;
  // This period's block only when something reads it: a host that neither compares nor writes the
  // history (the pane without 評価履歴, the engine alone) does not pay for every item's entry (~40 ms at 100 k rows).
  const current = (): HistoryBlock => blockOf(evaluation, cycleLabels(s.lang).history.actualSeparator);
  const blocks = input.history === undefined ? [] : readHistory(input.history);
  const earlier = input.previous ?? previousBlock(blocks, { fiscalYear: s.fiscalYear, point: s.fiscalYear === null ? null : s.point });
  const previous = earlier === null || input.only === undefined ? earlier : narrowed(earlier, input.only);
  const writes = input.history !== undefined && input.only === undefined;
  if (previous === null && !writes) return { comparison: null, previous };
  const block = current();
  const comparison = previous === null ? null : comparePeriods(scaleOf(s), block, previous);
  if (!writes) return { comparison, previous };
  return { comparison, previous, history: mergeHistory(blocks, block, input.previous ? [input.previous] : []) };
}
