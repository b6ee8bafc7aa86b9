/**
 * 次年度新規 / Next year: the seed's closing 【参考】 — programmes that plan
 * a new initiative next year, in No. order.
 */
import type { Evaluation, ItemResult } from "../evaluate/types";
import { fill } from "../i18n";
import type { ReportSheet } from "./model";
import { fiscalYearLabel } from "./fiscal-year-label";
import { reportLabels } from "./labels";
import { heightForLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft } from "./sheet-draft";
import { HEADER, TITLE, WRAP } from "./styles";
import { addListBody } from "./list-body";

export const NEXT_YEAR_WIDTHS: readonly number[] = [6, 36, 44];
const TITLE_LINE = 20;

/** Leading whole number of a No. (`12` → 12, `3-1` → 3); Infinity when it has none, so such Nos sort last. */
function leadingNumber(no: number | string): number {
  if (typeof no === "number") return no;
  const m = /^\d+/.exec(no);
  return m ? Number(m[0]) : Number.POSITIVE_INFINITY;
}

/** Orders Nos as people read them: 2 before 10, 3 before 3-1 before 4. */
export function compareNo(a: number | string, b: number | string): number {
  const na = leadingNumber(a);
  const nb = leadingNumber(b);
  if (na !== nb) return na < nb ? -1 : 1;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Entries with a next-year initiative, in No. order. A re-listed entry is
 * left out when the entry it re-lists is listed: the same programme would
 * otherwise appear twice.
 */
export function nextYearEntries(items: readonly ItemResult[]): ItemResult[] {
  const withText = items.filter((item) => item.text.nextYear.trim() !== "");
  const listed = new Set<string>();
  for (const item of withText) if (item.relistOf === null) listed.add(String(item.no));
  return withText
    .filter((item) => item.relistOf === null || !listed.has(String(item.relistOf)))
    .sort((x, y) => compareNo(x.no, y.no));
}

export function buildNextYear(ev: Evaluation): ReportSheet {
  const lang = ev.settings.lang;
  const labels = reportLabels(lang);
  const L = labels.nextYear;
  const widths = NEXT_YEAR_WIDTHS;
  const last = widths.length - 1;
  const d = new SheetDraft();

  const entries = nextYearEntries(ev.items);
  const n = entries.length;
  const fy = ev.settings.fiscalYear === null ? null : fiscalYearLabel(ev.settings.fiscalYear + 1, lang);
  const titleText =
    fy === null
      ? fill(n === 1 ? L.titleNoYearOne : L.titleNoYear, { n })
      : fill(n === 1 ? L.titleOne : L.title, { fy, n });
  const title = d.addSpanningRow(titleText, last, TITLE, heightForLines(1, TITLE_LINE));
  d.style(title, 0, title, last, WRAP);

  const headers = [L.headerNo, L.headerName, fy === null ? L.headerNewNoYear : fill(L.headerNew, { fy })];
  const header = d.addRow(headers, wrappedRowHeight(headers, widths));
  d.style(header, 0, header, last, HEADER);

  addListBody(d, {
    count: entries.length,
    row: (k) => [entries[k].no, entries[k].name, entries[k].text.nextYear],
    widths,
    none: L.none,
    textsPerCell: 1,
  });

  return d.finish({
    key: "nextYear",
    name: labels.sheetNames.nextYear,
    columnWidths: widths,
    print: printSetup("portrait", header),
    freezeRows: header + 1,
  });
}
