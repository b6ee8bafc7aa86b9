/**
 * A finding: one problem in the register, with where it is. Messages are
 * rendered from the code and params by the message files (src/core/i18n),
 * so a finding itself carries no user-facing text.
 */

export type Severity = "error" | "warning" | "info";

/** Stable codes; they appear in the CLI's JSON and in the 検証結果 sheet. Never rename one. */
export type FindingCode =
  // errors: a rating is impossible or ambiguous — nothing is written
  | "no-header-row" // no row within the first 20 holds the required headers
  | "missing-column" // a required column is absent (params: column, headers)
  | "no-items" // the header is there but no item row follows
  | "item-missing-no" // a row holds item data but neither it nor a row above gives a No.
  | "item-missing-area" // an item without 分野
  | "item-missing-name" // an item without 項目名
  | "duplicate-item" // the same No. twice with conflicting item fields (params: no, other, field)
  | "unknown-schedule" // schedule value is not one of the accepted words (params: value)
  | "missing-schedule" // schedule cell is blank
  | "relist-missing" // 再掲 points at a No. that is not in the register (params: no, target)
  | "override-without-reason" // 確定評価 differs from the computed rating without 上書き理由 (params: no, final, computed)
  | "missing-self-rating" // a self-rated plan (評価方法 自己評価): an item without 自己評価 (params: no)
  | "sheet-not-found" // the named register sheet does not exist (params: sheet)
  | "sheet-not-a-worksheet" // the named register sheet is a chart sheet (or dialog/macro sheet): no cells (params: sheet)
  | "consolidate-conflict" // two departments' files hold the same No. with different content (params: no, file, otherFile, otherCell, field)
  | "consolidate-settings-conflict" // two departments' 設定 sheets differ in what rates the items (params: key, file, value, otherFile, otherCell, otherValue)
  // the 評価区分 of 設定 cannot be used (contract §9): ratings would be ambiguous
  | "scale-too-few-levels" // fewer than two levels (params: count)
  | "scale-missing-code" // a level without a code (params: level)
  | "scale-missing-label" // a level without a label (params: code)
  | "scale-duplicate-code" // the same code twice (params: code)
  | "scale-missing-threshold" // a level other than the lowest without a threshold (params: code)
  | "scale-threshold-order" // thresholds not falling from best to worst (params: code, threshold, above)
  | "scale-lowest-threshold" // the lowest level has a threshold (params: code)
  | "scale-no-behind" // no level is marked behind
  // warnings: the report is written, the finding is listed
  | "unreadable-number" // actual / target / prior cannot be read as a number (params: field, value)
  | "excel-error" // the cell holds an Excel error value (params: field, value)
  | "formula-without-result" // a formula saved without its result (written by a program that does not calculate): read as blank (params: field)
  | "unreadable-target-type" // the target type (column or text) cannot be read (params: value)
  | "missing-target" // an indicator without a target (params: indicator)
  | "not-measured" // an indicator without an actual: its item is rated at most A (params: indicator)
  | "missing-prior" // growth / maintain target without a prior value (params: indicator)
  | "unit-mismatch" // the actual's unit differs from the target's or the prior's (params: actualUnit, otherUnit, field)
  | "stated-change-mismatch" // stated change differs from computed change by > 0.1 points (params: stated, computed)
  | "b-without-cause" // a B item without 要因 or 今後の対応 (params: no, missing)
  | "behind-without-cause" // on a plan's own scale: an item of a behind level without 要因 or 今後の対応 (params: no, missing, label)
  | "self-rating-mismatch" // 自己評価 differs from the computed rating (params: no, self, computed)
  | "self-rating-unsupported" // a self-rated plan: 自己評価 better than the numbers support (params: no, self, computed)
  | "invalid-rating" // 自己評価 / 確定評価 is no code of the scale (params: field, value, codes)
  | "unknown-area" // the item's area is not among the 分野 of the settings (params: area)
  | "invalid-setting" // a setting of the 設定 sheet or a flag cannot be read (params: key, value)
  | "relist-chain" // a re-listed item re-lists another re-listed item (params: no, target)
  | "highlight-behind" // an item marked for 参考１ (事例掲載) is rated behind (params: no)
  | "invalid-threshold" // 判定基準 cannot be read as thresholds falling from the top level (params: value)
  | "progress-missing-baseline-year" // 進捗率 (§10): a 基準値 without its year (no 基準年度, no year in the cell or header)
  | "progress-missing-target-year" // 進捗率: a final target without its year (no 目標年度, no year in the cell or header)
  | "progress-unreadable-year" // 進捗率: 基準年度 / 目標年度 cannot be read as a fiscal year (params: field, value)
  | "progress-missing-target" // 進捗率: a 基準値 without a final-year target
  | "progress-not-applicable" // 進捗率: a 基準値 on a target that is no number to reach (前年比, 維持, milestone) (params: target)
  | "progress-target-equals-baseline" // 進捗率: the final target equals the 基準値: nothing to divide by (params: value)
  | "progress-years-order" // 進捗率: the target year is not after the baseline year (params: baselineYear, targetYear)
  | "consolidate-settings-differ" // two departments' 設定 sheets differ in 計画名 / 言語 / 分野 / 数字; the first file's is kept (params as consolidate-settings-conflict)
  | "consolidate-department-missing" // a department of the previous period sent no file (params: department, previous)
  | "text-truncated" // a generated cell's text was over Excel's 32,767 characters and was cut (params: sheet, cell, length, limit)
  // info
  | "override-applied" // 確定評価 replaced the computed rating (params: no, final, computed, reason)
  | "assumed-fiscal-year"; // no 対象年度 was set: the latest report point before today was assumed (params: period) // 確定評価 replaced the computed rating (params: no, final, computed, reason)

export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  /** Cell address as Excel writes it (`取組一覧!H12`); null when the finding is about no one cell. */
  readonly cell: string | null;
  readonly params: FindingParams;
  /**
   * On a consolidated register: the department's own cell the finding's cell
   * came from (「財政課.xlsx 取組一覧!H12」, register/row-sources.ts); absent otherwise.
   */
  readonly source?: string;
}

export const SEVERITY_OF: Readonly<Record<FindingCode, Severity>> = {
  "no-header-row": "error",
  "missing-column": "error",
  "no-items": "error",
  "item-missing-no": "error",
  "item-missing-area": "error",
  "item-missing-name": "error",
  "duplicate-item": "error",
  "unknown-schedule": "error",
  "missing-schedule": "error",
  "relist-missing": "error",
  "override-without-reason": "error",
  "missing-self-rating": "error",
  "sheet-not-found": "error",
  "sheet-not-a-worksheet": "error",
  "consolidate-conflict": "error",
  "consolidate-settings-conflict": "error",
  "consolidate-settings-differ": "warning",
  "consolidate-department-missing": "warning",
  "scale-too-few-levels": "error",
  "scale-missing-code": "error",
  "scale-missing-label": "error",
  "scale-duplicate-code": "error",
  "scale-missing-threshold": "error",
  "scale-threshold-order": "error",
  "scale-lowest-threshold": "error",
  "scale-no-behind": "error",
  "unreadable-number": "warning",
  "excel-error": "warning",
  "formula-without-result": "warning",
  "unreadable-target-type": "warning",
  "missing-target": "warning",
  "not-measured": "warning",
  "missing-prior": "warning",
  "unit-mismatch": "warning",
  "stated-change-mismatch": "warning",
  "b-without-cause": "warning",
  "behind-without-cause": "warning",
  "self-rating-mismatch": "warning",
  "self-rating-unsupported": "warning",
  "invalid-rating": "warning",
  "unknown-area": "warning",
  "invalid-setting": "warning",
  "highlight-behind": "warning",
  "invalid-threshold": "warning",
  "text-truncated": "warning",
  "progress-missing-baseline-year": "warning",
  "progress-missing-target-year": "warning",
  "progress-unreadable-year": "warning",
  "progress-missing-target": "warning",
  "progress-not-applicable": "warning",
  "progress-target-equals-baseline": "warning",
  "progress-years-order": "warning",
  "relist-chain": "warning",
  "override-applied": "info",
  "assumed-fiscal-year": "info",
};

/** Makes a finding with the severity its code carries. */
export function finding(code: FindingCode, cell: string | null, params: FindingParams = {}): Finding {
  return { severity: SEVERITY_OF[code], code, cell, params };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Errors first, then warnings, then info; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Three severities: one pass per severity keeps each in its order (a sort would be n log n and allocate per finding).
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) if (findings[i].severity === "error") out.push(findings[i]);
  for (let i = 0; i < findings.length; i++) if (findings[i].severity === "warning") out.push(findings[i]);
  for (let i = 0; i < findings.length; i++) {
    const s = findings[i].severity;
    if (s !== "error" && s !== "warning") out.push(findings[i]);
  }
  return out;
}
