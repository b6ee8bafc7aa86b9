/**
 * 評価結果 / Ratings: every entry with every indicator, one row per
 * indicator. The item's own columns are merged vertically over its indicator
 * rows (for print), with the value only in the top cell. The header is one
 * plain row at the top so that filters and frozen panes work on it.
 */
import type { Evaluation, IndicatorResult, ItemResult } from "../evaluate/types";
import { fill } from "../i18n";
import type { ReportSheet, ReportValue } from "./model";
import { reportLabels, type ReportLabels } from "./labels";
import { heightForLines, MAX_ROW_HEIGHT, wrappedLines, wrappedRowHeight } from "./row-height";
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

/** Columns that describe the item, merged over its indicator rows. */
const ITEM_COLUMNS: ReadonlySet<RatingsColumn> = new Set<RatingsColumn>([
  "no",
  "area",
  "name",
  "department",
  "schedule",
  "computed",
  "final",
  "rating",
  "notes",
]);
const CENTERED_COLUMNS: readonly RatingsColumn[] = ["no", "schedule", "status", "computed", "final", "rating"];

const COL: Readonly<Record<RatingsColumn, number>> = Object.fromEntries(RATINGS_COLUMNS.map((c, i) => [c, i])) as Record<
  RatingsColumn,
  number
>;
function col(c: RatingsColumn): number {
  return COL[c];
}
const ITEM_COLS: readonly number[] = RATINGS_COLUMNS.flatMap((c, i) => (ITEM_COLUMNS.has(c) ? [i] : []));
const INDICATOR_COLS: readonly number[] = RATINGS_COLUMNS.flatMap((c, i) => (ITEM_COLUMNS.has(c) ? [] : [i]));
const ALL_COLS: readonly number[] = RATINGS_COLUMNS.map((_c, i) => i);
const EMPTY_ROW: readonly ReportValue[] = RATINGS_COLUMNS.map(() => null);

/** Lines the tallest of the given columns of a row needs. */
function linesIn(row: readonly ReportValue[], cols: readonly number[]): number {
  let lines = 1;
  for (const c of cols) {
    const v = row[c];
    // Numbers here are the No. and the achievement: short once formatted (114.0%), whatever their digits.
    if (typeof v !== "string" || v === "") continue;
    const n = wrappedLines(v, RATINGS_WIDTHS[c]);
    if (n > lines) lines = n;
  }
  return lines;
}

/** 再掲 and 上書き in words, one per line. */
export function itemNotes(item: ItemResult, L: ReportLabels["ratings"]): string {
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

function fillItemCells(row: ReportValue[], item: ItemResult, L: ReportLabels["ratings"]): void {
  row[col("no")] = item.no;
  row[col("area")] = item.area;
  row[col("name")] = item.name;
  row[col("department")] = item.department;
  row[col("schedule")] = item.schedule === null ? null : L.schedule[item.schedule];
  row[col("computed")] = item.computed;
  row[col("final")] = item.finalRating;
  row[col("rating")] = item.rating;
  row[col("notes")] = itemNotes(item, L);
}

function fillIndicatorCells(row: ReportValue[], ind: IndicatorResult, L: ReportLabels["ratings"]): void {
  row[col("indicator")] = ind.name;
  row[col("target")] = ind.display.target;
  row[col("actual")] = ind.display.actual;
  row[col("prior")] = ind.display.prior;
  // A ratio: 1.14 shows as 114.0% under the `0.0%` format. Infinity (a zero actual against an atMost target) is not shown.
  row[col("achievement")] = ind.achievement !== null && Number.isFinite(ind.achievement) ? ind.achievement : null;
  row[col("status")] = L.status[ind.status];
}

/**
 * Appends an item's rows. A single row gets its height from all its texts; for
 * several rows the merged item texts must fit in the rows' sum, so when they
 * need more than one line every row gets an explicit height and the last row
 * takes the difference.
 */
function addItem(d: SheetDraft, item: ItemResult, L: ReportLabels["ratings"]): void {
  const count = Math.max(1, item.indicators.length);
  const top = d.nextRow;
  const rows: ReportValue[][] = [];
  for (let i = 0; i < count; i++) {
    const row = EMPTY_ROW.slice(); // packed, unlike new Array(n).fill(null)
    if (i === 0) fillItemCells(row, item, L);
    const ind = item.indicators[i];
    if (ind !== undefined) fillIndicatorCells(row, ind, L);
    rows.push(row);
  }
  if (count === 1) {
    const lines = linesIn(rows[0], ALL_COLS);
    d.addRow(rows[0], lines > 1 ? heightForLines(lines) : null);
    return;
  }
  const itemLines = linesIn(rows[0], ITEM_COLS);
  const lines = rows.map((r) => linesIn(r, INDICATOR_COLS));
  if (itemLines <= 1) {
    for (let i = 0; i < count; i++) d.addRow(rows[i], lines[i] > 1 ? heightForLines(lines[i]) : null);
  } else {
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const h = heightForLines(lines[i]);
      sum += h;
      d.addRow(rows[i], h);
    }
    const need = heightForLines(itemLines);
    const bottom = top + count - 1;
    if (need > sum) d.setHeight(bottom, Math.min(MAX_ROW_HEIGHT, (d.height(bottom) ?? 0) + need - sum));
  }
  for (const c of ITEM_COLS) d.merge(top, c, top + count - 1, c);
}

export function buildRatings(ev: Evaluation): ReportSheet {
  const labels = reportLabels(ev.settings.lang);
  const L = labels.ratings;
  const last = RATINGS_COLUMNS.length - 1;
  const d = new SheetDraft();

  const headers = RATINGS_COLUMNS.map((c) => L.headers[c]);
  const header = d.addRow(headers, wrappedRowHeight(headers, RATINGS_WIDTHS));
  d.style(header, 0, header, last, HEADER);

  for (const item of ev.items) addItem(d, item, L);

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
