/**
 * Evaluation → ReportModel: one builder per generated sheet, always in the
 * contract's order (§7), whatever order the caller names them in.
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

const BUILDERS: Readonly<Record<ReportSheetKey, (evaluation: Evaluation, options: BuildReportOptions) => ReportSheet>> = {
  summary: buildSummary,
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
}

export function buildReport(evaluation: Evaluation, options: BuildReportOptions = {}): ReportModel {
  const wanted = options.sheets === undefined ? null : new Set(options.sheets);
  return {
    sheets: REPORT_SHEET_KEYS.filter((key) => wanted === null || wanted.has(key)).map((key) => BUILDERS[key](evaluation, options)),
  };
}
