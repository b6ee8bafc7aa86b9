/**
 * The chart of 進捗集計 (contract §10, issue 12): 表１ as stacked bars, one
 * bar per area, one series per column of 表１ after 分野 (the plan's levels in
 * scale order, and 対象外・未評価 when 表１ has it), in the levels' colours.
 * It refers to 表１'s own cells (categories, series names, values), so that
 * the chart follows the table if staff correct a count, and it sits under the
 * table across 表１'s columns, inside the printed page width.
 */
import type { MergedArea } from "../grid";
import type { ReportChart } from "./model";

/** Where 表１ is on the sheet (0-based rows and columns). */
export interface Table1Place {
  /** The header row (分野, then one heading per column). */
  readonly header: number;
  /** Number of area rows under the header (the 計 row follows them and is not charted). */
  readonly areas: number;
  /** The headings of the counted columns (columns 1…), as written in the header row. */
  readonly headings: readonly string[];
  /** Fill of each counted column's series, `RRGGBB`. */
  readonly colours: readonly string[];
  /** The first row free under the table (and its note). */
  readonly below: number;
  /** The last column of the table. */
  readonly lastCol: number;
}

/** Rows of the default height (15 pt) the chart takes: room for title and legend, and a bar per area. */
export function chartRows(areas: number): number {
  return Math.min(60, 10 + 2 * areas);
}

/** The chart, or null when 表１ has no area or no counted column. */
export function summaryChart(place: Table1Place, title: string): ReportChart | null {
  if (place.areas <= 0 || place.headings.length === 0) return null;
  const firstArea = place.header + 1;
  const lastArea = place.header + place.areas;
  const column = (col: number): MergedArea => ({ top: firstArea, left: col, bottom: lastArea, right: col });
  const top = place.below + 1;
  return {
    kind: "stackedBar",
    title,
    categories: column(0),
    series: place.headings.map((name, i) => ({
      name,
      nameCell: { row: place.header, col: i + 1 },
      values: column(i + 1),
      colour: place.colours[i],
    })),
    anchor: { top, left: 0, bottom: top + chartRows(place.areas) - 1, right: place.lastCol },
  };
}
