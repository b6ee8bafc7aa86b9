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
}

export interface CycleResult {
  readonly comparison: Comparison | null;
  /** The blocks 評価履歴 is written with, or undefined when it is not to be written. */
  readonly history?: readonly HistoryBlock[];
}

export function cycleOf(evaluation: Evaluation, input: CycleInput): CycleResult {
  const current = blockOf(evaluation, cycleLabels(evaluation.settings.lang).history.actualSeparator);
  const blocks = input.history === undefined ? [] : readHistory(input.history);
  const previous = input.previous ?? previousBlock(blocks, current);
  const comparison = previous === null ? null : comparePeriods(scaleOf(evaluation.settings), current, previous);
  if (input.history === undefined) return { comparison };
  return { comparison, history: mergeHistory(blocks, current, input.previous ? [input.previous] : []) };
}
