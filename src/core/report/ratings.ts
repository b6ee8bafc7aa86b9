/**
 * 評価結果 / Ratings: every entry with every indicator, one row per
 * indicator. The item's own columns hold their values on the item's first row
 * only; its further rows leave them blank. They are not merged: Excel will not
 * sort a range with merged cells of different sizes, and each merged area is
 * one more request operation for Excel on the web (an item of three
 * indicators is nine areas); see docs/decisions.md. The header is one plain
 * row at the top, frozen on screen and repeated on every printed page.
 */
import { indicatorCountOf, type Evaluation, type IndicatorResult, type ItemResult } from "../evaluate/types";
import { fill } from "../i18n";
import type { ReportSheet, ReportValue } from "./model";
import { reportLabels, type ReportLabels } from "./labels";
import { heightForLines, wrappedLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft } from "./sheet-draft";
import { BODY, CENTERED, HEADER, INTEGER, PERCENT } from "./styles";

type RatingsColumn = keyof ReportLabels["ratings"]["headers"];

/** Column order of the sheet. */
export const RATINGS_COLUMNS: readonly RatingsColumn[] = [
  "no",
  "area",
  "name",
  "department",
  "schedule",
  "indicator",
  "target",
  "actual",
  "prior",
  "achievement",
  "status",
  "computed",
  "final",
  "rating",
  "notes",
];

const WIDTH: Readonly<Record<RatingsColumn, number>> = {
  no: 6,
  area: 18,
  name: 24,
  department: 14,
  schedule: 12,
  indicator: 22,
  target: 16,
  actual: 14,
  prior: 14,
  achievement: 9,
  status: 10,
  computed: 8,
  final: 8,
  rating: 6,
  notes: 24,
};

export const RATINGS_WIDTHS: readonly number[] = RATINGS_COLUMNS.map((c) => WIDTH[c]);

const CENTERED_COLUMNS: readonly RatingsColumn[] = ["no", "schedule", "status", "computed", "final", "rating"];

const COL: Readonly<Record<RatingsColumn, number>> = Object.fromEntries(RATINGS_COLUMNS.map((c, i) => [c, i])) as Record<
  RatingsColumn,
  number
>;
function col(c: RatingsColumn): number {
  return COL[c];
}
/**
 * The height a row of the sheet needs: the most lines any of its texts needs
 * in its column (null when all fit on one). Numbers (the No., the
 * achievement) are not texts here: they always fit, and shown as digits they
 * would count more lines than their formatted cell shows.
 */
function ratingsRowHeight(row: readonly ReportValue[]): number | null {
  let lines = 1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string" || v === "") continue;
    const n = wrappedLines(v, RATINGS_WIDTHS[c]);
    if (n > lines) lines = n;
  }
  return lines > 1 ? heightForLines(lines) : null;
}

/** 再掲 and 上書き in words, one per line. */
export function itemNotes(item: ItemResult, L: ReportLabels["ratings"]): string {
  if (item.relistOf === null && !item.overridden) return "";
  const notes: string[] = [];
  if (item.relistOf !== null) notes.push(fill(L.noteRelisted, { no: item.relistOf }));
  if (item.overridden) {
    notes.push(
      fill(L.noteOverridden, {
        computed: item.computed ?? "",
        final: item.finalRating ?? "",
        reason: item.overrideReason,
      }),
    );
  }
  return notes.join("\n");
}

/**
 * Row `i` (0-based) of an item, showing its indicator `ind` (none past the last): its first row carries the item's cells.
 * Written as one array literal, in RATINGS_COLUMNS order (the tests read cells by
 * that order): V8 allocates a
 * literal in place (and, as rows pile up, straight into the old generation),
 * where a copy of a template row would be allocated young and copied twice.
 */
function itemRow(item: ItemResult, i: number, ind: IndicatorResult | undefined, L: ReportLabels["ratings"]): ReportValue[] {
  const first = i === 0;
  const has = ind !== undefined;
  const shown = has ? ind.display : null;
  return [
    first ? item.no : null,
    first ? item.area : null,
    first ? item.name : null,
    first ? item.department : null,
    first && item.schedule !== null ? L.schedule[item.schedule] : null,
    has ? ind.name : null,
    shown !== null ? shown.target : null,
    shown !== null ? shown.actual : null,
    shown !== null ? shown.prior : null,
    // A ratio: 1.14 shows as 114.0% under the `0.0%` format. Infinity (a zero actual against an atMost target) is not shown.
    has && ind.achievement !== null && Number.isFinite(ind.achievement) ? ind.achievement : null,
    has ? L.status[ind.status] : null,
    first ? item.computed : null,
    first ? item.finalRating : null,
    first ? item.rating : null,
    first ? itemNotes(item, L) : null,
  ];
}

export function buildRatings(ev: Evaluation): ReportSheet {
  const labels = reportLabels(ev.settings.lang);
  const L = labels.ratings;
  const last = RATINGS_COLUMNS.length - 1;
  const items = ev.items;
  // One header row, then one row per indicator (at least one per item): body row k is row `indexOf[k]` of item `itemOf[k]`.
  const lines = new Int32Array(items.length);
  let body = 0;
  for (let i = 0; i < items.length; i++) body += lines[i] = Math.max(1, indicatorCountOf(items[i]));
  const itemOf = new Int32Array(body);
  const indexOf = new Int32Array(body);
  for (let i = 0, k = 0; i < items.length; i++) {
    const n = lines[i];
    for (let j = 0; j < n; j++, k++) {
      itemOf[k] = i;
      indexOf[k] = j;
    }
  }
  const d = new SheetDraft();

  const headers = RATINGS_COLUMNS.map((c) => L.headers[c]);
  const header = d.addRow(headers, wrappedRowHeight(headers, RATINGS_WIDTHS));
  d.style(header, 0, header, last, HEADER);

  // An item's first row is tall enough for all its texts (the item's and its first indicator's), a further row for its indicator's.
  // The rows of one item come one after the other: its indicators are listed once for all of them.
  let listed = -1;
  let indicators: readonly IndicatorResult[] = [];
  const row = (k: number): ReportValue[] => {
    const item = items[itemOf[k]];
    if (itemOf[k] !== listed) {
      listed = itemOf[k];
      indicators = item.indicators;
    }
    return itemRow(item, indexOf[k], indicators[indexOf[k]], L);
  };
  // Each cell copies one of the register's texts, but for 備考: 再掲's No., the two ratings' codes and the reason.
  d.addRowsOf({ count: body, width: RATINGS_COLUMNS.length, make: row, heightOf: ratingsRowHeight, textsPerCell: 4 });

  const bottom = d.nextRow - 1;
  if (bottom > header) {
    d.style(header + 1, 0, bottom, last, BODY);
    for (const c of CENTERED_COLUMNS) d.style(header + 1, col(c), bottom, col(c), CENTERED);
    d.style(header + 1, col("no"), bottom, col("no"), INTEGER);
    d.style(header + 1, col("achievement"), bottom, col("achievement"), PERCENT);
  }

  return d.finish({
    key: "ratings",
    name: labels.sheetNames.ratings,
    columnWidths: RATINGS_WIDTHS,
    print: printSetup("landscape", header),
    freezeRows: header + 1,
  });
}
