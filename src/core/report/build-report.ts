/**
 * Evaluation → ReportModel: one builder per generated sheet, always in the
 * contract's order (§7; 前回比較 after 進捗集計, 評価履歴 last, §10), whatever
 * order the caller names them in.
 * Pure: the hosts decide whether to write (an evaluation with errors is
 * `blocked`; its report can still be built, e.g. to preview the findings).
 */
import type { Evaluation } from "../evaluate/types";
import type { ColumnKey, Entries } from "../register/types";
import { REPORT_SHEET_KEYS, type ReportModel, type ReportSheet, type ReportSheetKey } from "./model";
import { buildDelayed } from "./delayed";
import { buildFindings } from "./findings";
import { buildHighlights } from "./highlights";
import { buildNextYear } from "./next-year";
import { buildRatings } from "./ratings";
import { buildSummary } from "./summary";
import { buildComparison } from "./comparison-sheet";
import { buildHistory } from "./history-sheet";
import type { Comparison } from "../cycle/types";
import type { HistoryBlock } from "../cycle/history-block";

/** A builder gives null when its sheet has nothing to show (前回比較 without an earlier period). */
const BUILDERS: Readonly<Record<ReportSheetKey, (evaluation: Evaluation, options: BuildReportOptions) => ReportSheet | null>> = {
  summary: buildSummary,
  comparison: (ev, o) => (o.comparison ? buildComparison(ev, o.comparison) : null),
  history: (ev, o) => (o.history ? buildHistory(ev, o.history) : null),
  delayed: buildDelayed,
  ratings: buildRatings,
  findings: buildFindings,
  highlights: buildHighlights,
  nextYear: buildNextYear,
};

export interface BuildReportOptions {
  /** The sheets to build (default: all six). */
  readonly sheets?: readonly ReportSheetKey[];
  /** The register's header texts as written (参考２ follows its 今後の対策 / 今後の対応). */
  readonly headers?: Readonly<Partial<Record<ColumnKey, string>>>;
  /** The register's entries (事例 shows each indicator's 基準日). */
  readonly entries?: Entries;
  /** This period against the earlier one (contract §10): 前回比較 is built only with it. */
  readonly comparison?: Comparison | null;
  /** The history to write (contract §10): 評価履歴 is built only with it. */
  readonly history?: readonly HistoryBlock[];
}

export function buildReport(evaluation: Evaluation, options: BuildReportOptions = {}): ReportModel {
  const wanted = options.sheets === undefined ? null : new Set(options.sheets);
  const sheets: ReportSheet[] = [];
  for (const key of REPORT_SHEET_KEYS) {
    if (wanted !== null && !wanted.has(key)) continue;
    const sheet = BUILDERS[key](evaluation, options);
    if (sheet !== null) sheets.push(sheet);
  }
  return { sheets };
}
