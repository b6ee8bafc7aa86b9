/**
 * Excel's limit of 32,767 characters per cell, applied where the report's
 * cells are finished: a generated text longer than that (遅延取組一覧 joins
 * 要因 and 今後の対応, each of which may be long) is cut with a visible
 * marker (…（以下省略）) and a warning finding `text-truncated` at the report
 * cell, listed in 検証結果 and in --json like any other finding. Excel, and
 * Office.js, refuse a longer cell: without the cut the report could not be
 * written at all.
 *
 * Most rows cannot reach the limit: a row that holds at most n of the user's
 * texts (SheetRows.textsPerCell) is at most n × the longest text of the
 * register and 設定, plus labels. Only the rows that could are built and
 * looked at; on an ordinary register that is no row of the big lists.
 */
import type { Evaluation } from "../evaluate/types";
import { finding, sortFindings, type Finding } from "../findings/finding";
import { cellAddress } from "../grid";
import { buildReport, type BuildReportOptions } from "./build-report";
import { reportLabels } from "./labels";
import { REPORT_SHEET_KEYS, type ReportModel, type ReportSheet, type ReportValue, type SheetRows } from "./model";

/** The most characters (UTF-16 code units, as Excel counts them) a cell holds. */
export const MAX_CELL_CHARS = 32767;

/** The text cut to MAX_CELL_CHARS, ending with the marker (never between the halves of a surrogate pair). */
export function capText(text: string, marker: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - marker.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + marker;
}

/**
 * The most characters of labels, numbers and punctuation one generated cell
 * holds besides the user's texts: every label is far shorter (a test holds
 * each to an eighth of it), and no cell joins many.
 */
export const LABEL_CHARS = 4000;

/** True when row r of the rows cannot hold a cell over the limit, given the longest of the user's texts. */
function cannotReachLimit(rows: SheetRows, r: number, longestText: number): boolean {
  const texts = rows.textsPerCell?.(r) ?? Infinity;
  const most = texts === 0 || longestText === 0 ? LABEL_CHARS : texts * longestText + LABEL_CHARS;
  return most <= MAX_CELL_CHARS;
}

function tooLong(v: ReportValue): v is string {
  return typeof v === "string" && v.length > MAX_CELL_CHARS;
}

/** A sheet with every over-long text cut, and one finding per cut cell (the sheet itself when none is). */
export function capSheet(sheet: ReportSheet, marker: string, longestText: number): { sheet: ReportSheet; findings: Finding[] } {
  const findings: Finding[] = [];
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    if (cannotReachLimit(rows, r, longestText)) continue;
    const row = rows.row(r);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (tooLong(v)) {
        const cell = cellAddress(sheet.name, r, c);
        findings.push(finding("text-truncated", cell, { sheet: sheet.name, cell, length: v.length, limit: MAX_CELL_CHARS }));
      }
    }
  }
  if (findings.length === 0) return { sheet, findings };
  const capped: { -readonly [K in keyof SheetRows]: SheetRows[K] } = {
    length: rows.length,
    width: rows.width,
    row(i: number): readonly ReportValue[] {
      const row = rows.row(i);
      return row.some(tooLong) ? row.map((v) => (tooLong(v) ? capText(v, marker) : v)) : row;
    },
  };
  if (rows.textsPerCell) capped.textsPerCell = (i: number): number => rows.textsPerCell!(i);
  return { sheet: { ...sheet, rows: capped }, findings };
}

/**
 * buildReport with the cell limit applied: every sheet but 検証結果 is built
 * and cut first, so that 検証結果 (built last, from the evaluation with the
 * new findings) lists the cuts. The evaluation returned carries them too.
 */
export function buildCappedReport(
  evaluation: Evaluation,
  options: BuildReportOptions & { readonly longestText: number },
): { report: ReportModel; evaluation: Evaluation } {
  const marker = reportLabels(evaluation.settings.lang).truncated;
  const wanted = options.sheets ?? REPORT_SHEET_KEYS;
  const cut: Finding[] = [];
  const built = new Map<string, ReportSheet>();
  for (const sheet of buildReport(evaluation, { ...options, sheets: wanted.filter((k) => k !== "findings") }).sheets) {
    const capped = capSheet(sheet, marker, options.longestText);
    cut.push(...capped.findings);
    built.set(sheet.key, capped.sheet);
  }
  const ev = cut.length === 0 ? evaluation : { ...evaluation, findings: sortFindings([...evaluation.findings, ...cut]) };
  if (wanted.includes("findings")) {
    // A finding's own message cannot be over the limit in practice; cut it all the same, without listing it in itself.
    built.set("findings", capSheet(buildReport(ev, { ...options, sheets: ["findings"] }).sheets[0], marker, options.longestText).sheet);
  }
  return { report: { sheets: REPORT_SHEET_KEYS.filter((k) => built.has(k)).map((k) => built.get(k) as ReportSheet) }, evaluation: ev };
}
