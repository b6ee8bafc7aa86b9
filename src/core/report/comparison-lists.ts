/**
 * 前回比較's lists under the table (contract §10): the items whose level
 * changed, grouped 「A←B（6 件）」 with No and 項目名, then the items new
 * this period and the items no longer listed. Column A holds the group (or
 * the No. in the added / removed lists), the 項目名 spans the table's level columns.
 */
import type { Comparison, ItemRef } from "../cycle/types";
import { cycleLabels, groupHeading } from "../cycle/sentence";
import { fill } from "../i18n";
import type { Settings } from "../settings";
import { countText } from "./counts";
import type { ReportValue } from "./model";
import { wrappedRowHeight } from "./row-height";
import { spanWidth, type SheetDraft } from "./sheet-draft";
import { BODY, CAPTION, HEADER, NUMBER } from "./styles";

function noValue(no: string): ReportValue {
  return /^[1-9]\d{0,14}$/.test(no) ? Number(no) : no;
}

/** One row: `lead` in A (when given), No in the next column, 項目名 over the rest. */
function itemRow(d: SheetDraft, lead: ReportValue[], item: ItemRef, widths: readonly number[]): number {
  const last = widths.length - 1;
  const nameCol = lead.length + 1;
  const values: ReportValue[] = [...lead, noValue(item.no)];
  values[nameCol] = item.name;
  const nameWidth = spanWidth(widths, nameCol, last);
  const r = d.addRow(values, wrappedRowHeight([...lead, "", item.name], [...widths.slice(0, nameCol), nameWidth]));
  d.merge(r, nameCol, r, last);
  d.style(r, 0, r, last, BODY);
  d.style(r, nameCol - 1, r, nameCol - 1, NUMBER);
  return r;
}

function header(d: SheetDraft, texts: string[], last: number): void {
  const values: ReportValue[] = [...texts];
  const r = d.addRow(values);
  d.merge(r, texts.length - 1, r, last);
  d.style(r, 0, r, last, HEADER);
}

/** 評価が変わった項目: one group per 「A←B」, its heading merged down the group's rows. */
export function addChangedList(d: SheetDraft, c: Comparison, widths: readonly number[], style: Pick<Settings, "lang" | "digits">): void {
  const L = cycleLabels(style.lang);
  const last = widths.length - 1;
  d.addSpanningRow(fill(L.sheet.changedCaption, { count: countText(c.changed.length, style as Settings) }), last, CAPTION);
  if (c.groups.length === 0) {
    d.addSpanningRow(L.sheet.noChanges, last, BODY);
    return;
  }
  header(d, [L.sheet.headerChange, L.sheet.headerNo, L.sheet.headerName], last);
  for (const g of c.groups) {
    const top = d.nextRow;
    g.items.forEach((item, k) => itemRow(d, [k === 0 ? groupHeading(g, style) : null], item, widths));
    d.merge(top, 0, d.nextRow - 1, 0);
    d.style(top, 0, d.nextRow - 1, 0, { vAlign: "top", hAlign: "center" });
  }
}

/** 今回新たに加わった項目 / 今回掲載のない項目, each only when it has items. */
export function addAddedRemoved(d: SheetDraft, c: Comparison, widths: readonly number[], style: Pick<Settings, "lang" | "digits">): void {
  const L = cycleLabels(style.lang);
  const last = widths.length - 1;
  const lists: [string, readonly ItemRef[]][] = [
    [L.addedHeading, c.added],
    [L.removedHeading, c.removed],
  ];
  for (const [heading, items] of lists) {
    if (items.length === 0) continue;
    d.addBlankRow();
    d.addSpanningRow(fill(heading, { count: countText(items.length, style as Settings) }), last, CAPTION);
    header(d, [L.sheet.headerNo, L.sheet.headerName], last);
    for (const item of items) itemRow(d, [], item, widths);
  }
}
