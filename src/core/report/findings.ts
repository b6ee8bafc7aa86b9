/**
 * 検証結果 / Findings: every finding with its severity, code, cell and
 * message. The cell is a link: one click jumps to the register cell to fix.
 * Rows are tinted by severity (errors red, warnings yellow).
 */
import type { Evaluation } from "../evaluate/types";
import type { Finding, Severity } from "../findings/finding";
import { fill, findingMessage } from "../i18n";
import type { ReportSheet, ReportValue } from "./model";
import { reportLabels } from "./labels";
import { heightForLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft } from "./sheet-draft";
import { scaleOf } from "../settings/scale";
import { BODY, CAPTION, CENTERED, HEADER, LINK, SEVERITY_FILL } from "./styles";

export const FINDINGS_WIDTHS: readonly number[] = [10, 24, 20, 70];
/** With the source column (a consolidated register): the department's cell after the cell. */
const FINDINGS_WIDTHS_WITH_SOURCE: readonly number[] = [10, 24, 20, 32, 70];
const SEVERITY_COL = 0;
const CELL_COL = 2;
/** Line height of the bold count line. */
const CAPTION_LINE = 16;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function buildFindings(ev: Evaluation): ReportSheet {
  const lang = ev.settings.lang;
  const labels = reportLabels(lang);
  const L = labels.findings;
  const withSource = ev.findings.some((f) => f.source !== undefined);
  const widths = withSource ? FINDINGS_WIDTHS_WITH_SOURCE : FINDINGS_WIDTHS;
  const last = widths.length - 1;
  const d = new SheetDraft();

  const counts = countBySeverity(ev.findings);
  d.addSpanningRow(fill(L.counts, { errors: counts.error, warnings: counts.warning, info: counts.info }), last, CAPTION, heightForLines(1, CAPTION_LINE));

  const headers = withSource
    ? [L.headerSeverity, L.headerCode, L.headerCell, L.headerSource, L.headerMessage]
    : [L.headerSeverity, L.headerCode, L.headerCell, L.headerMessage];
  const header = d.addRow(headers, wrappedRowHeight(headers, widths));
  d.style(header, 0, header, last, HEADER);

  if (ev.findings.length === 0) {
    d.addSpanningRow(L.none, last, BODY);
  } else {
    const findings = ev.findings;
    // Each row is built when read (the message is filled in again then): a register full of mistakes has as many rows as cells.
    const row = (k: number): ReportValue[] => {
      const f = findings[k];
      return withSource
        ? [L.severity[f.severity], f.code, f.cell ?? "", f.source ?? "", findingMessage(f, lang)]
        : [L.severity[f.severity], f.code, f.cell ?? "", findingMessage(f, lang)];
    };
    const first = d.addRowsOf({
      count: findings.length,
      width: widths.length,
      make: row,
      heightOf: (r) => wrappedRowHeight(r, widths),
      // A message quotes a few of the user's cells, and may list the scale's codes.
      textsPerCell: scaleOf(ev.settings).levels.length + 4,
    });
    for (let k = 0; k < findings.length; k++) {
      const cell = findings[k].cell;
      if (cell !== null && cell !== "") d.link(first + k, CELL_COL, cell);
    }
    const bottom = d.nextRow - 1;
    d.style(first, 0, bottom, last, BODY);
    d.style(first, SEVERITY_COL, bottom, SEVERITY_COL, CENTERED);
    // One block per run of equal severity / of linked cells, not one per row: findings come sorted, so runs are few.
    forEachRun(first, ev.findings, (f) => f.severity, (sev, from, to) => {
      const style = SEVERITY_FILL[sev];
      if (style !== null) d.style(from, 0, to, last, style);
    });
    forEachRun(first, ev.findings, (f) => f.cell !== null && f.cell !== "", (linked, from, to) => {
      if (linked) d.style(from, CELL_COL, to, CELL_COL, LINK);
    });
  }

  return d.finish({
    key: "findings",
    name: labels.sheetNames.findings,
    columnWidths: widths,
    print: printSetup("landscape", header),
    freezeRows: header + 1,
  });
}

/** Calls `apply` once per maximal run of consecutive findings with the same key (rows from `first`). */
function forEachRun<K>(
  first: number,
  findings: readonly Finding[],
  key: (f: Finding) => K,
  apply: (k: K, from: number, to: number) => void,
): void {
  let start = 0;
  for (let i = 1; i <= findings.length; i++) {
    if (i === findings.length || key(findings[i]) !== key(findings[start])) {
      apply(key(findings[start]), first + start, first + i - 1);
      start = i;
    }
  }
}
