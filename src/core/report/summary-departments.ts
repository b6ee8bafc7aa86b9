/**
 * 進捗集計's 担当課別 table (contract §10): per department, its entries per
 * level, 対象外・未評価 (when 表１ has that column) and 計. Placed below 表１
 * in the same columns, plus one for 計.
 */
import type { Evaluation } from "../evaluate/types";
import { scaleOf } from "../settings/scale";
import type { ReportLabels } from "./labels";
import { levelHeaders } from "./scale-labels";
import { wrappedRowHeight } from "./row-height";
import { spanWidth, type SheetDraft } from "./sheet-draft";
import { BODY, CAPTION, HEADER, NUMBER, SENTENCE } from "./styles";

/** Columns the table takes: 担当課, one per level, 対象外・未評価 when 表１ shows it, 計. */
export function departmentColumns(ev: Evaluation): number {
  if (ev.departments === undefined) return 0;
  return 1 + scaleOf(ev.settings).levels.length + (withNotRated(ev) ? 1 : 0) + 1;
}

/** 表１ shows the 対象外・未評価 column when any entry is not rated: so does this table. */
function withNotRated(ev: Evaluation): boolean {
  return (ev.scaleTally?.totals.notRated ?? 0) > 0;
}

/** Appends the table (a blank row, caption, header, one row per department, the note); nothing without ev.departments. */
export function appendDepartmentTable(d: SheetDraft, ev: Evaluation, labels: ReportLabels, widths: readonly number[]): void {
  const tally = ev.departments;
  if (tally === undefined) return;
  const L = labels.departments;
  const notRated = withNotRated(ev);
  const last = departmentColumns(ev) - 1;
  d.addBlankRow();
  d.addSpanningRow(L.caption, last, CAPTION);
  const headers = [L.headerDepartment, ...levelHeaders(scaleOf(ev.settings), labels.summary), ...(notRated ? [labels.summary.headerNotRated] : []), L.headerTotal];
  const header = d.addRow(headers, wrappedRowHeight(headers, widths));
  d.style(header, 0, header, last, HEADER);
  for (const r of tally.rows) {
    const name = r.department === "" ? L.none : r.department;
    d.addRow([name, ...r.counts, ...(notRated ? [r.notRated] : []), r.items], wrappedRowHeight([name], widths));
  }
  const end = d.nextRow - 1;
  d.style(header + 1, 0, end, 0, BODY);
  d.style(header + 1, 1, end, last, NUMBER);
  if (tally.shared) {
    d.addSpanningRow(L.sharedNote, last, SENTENCE, wrappedRowHeight([L.sharedNote], [spanWidth(widths, 0, last)]));
  }
}
