/**
 * Finds the register's header row (contract §2): the first row, within the
 * grid's first 20, in which every required header is found. Title and note
 * rows above it are skipped; columns may come in any order; unknown columns are
 * ignored.
 *
 * Decisions where the contract is silent:
 * - The same column twice: a header that is an alias itself beats one matched
 *   by a fallback (`実績` beats `26年度実績`); between equals the leftmost wins.
 * - Two-row headers: rows right below the header row whose No. cell is blank
 *   and whose every non-blank cell is a header (`目標` `実績` under a merged
 *   `成果指標`) belong to the header; they add the columns not yet found, and
 *   the register's body starts below them.
 * - No complete row: the best partial row (most required headers, then most
 *   columns, then the first) gets one missing-column finding per missing
 *   required column. A row counts as partial only with at least one required
 *   header and at least two known headers, so a lone title cell such as
 *   「分野別一覧」 is not taken for a header. Without such a row: no-header-row.
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { finding, type Finding } from "../findings/finding";
import { acceptedHeaders, matchHeader, REQUIRED_COLUMNS } from "./aliases";
import type { ColumnKey } from "./types";
import { isBlank } from "../values/text";

/** The header is searched for in this many first rows of the grid. */
export const HEADER_SEARCH_ROWS = 20;
/** At most this many sub-header rows below the header row. */
const MAX_SUB_HEADER_ROWS = 2;

export interface HeaderLocation {
  /** Grid-relative index of the header row; -1 when none was found. */
  readonly row: number;
  /** Grid-relative index of the first row below the header (and its sub-header rows). */
  readonly bodyStart: number;
  /** Column key → grid-relative column index. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Column key → header text as written. */
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
  /** no-header-row / missing-column findings; when there are any, no item is read. */
  readonly findings: readonly Finding[];
}

interface Mapped {
  col: number;
  exact: boolean;
  text: string;
}

type RowMap = Map<ColumnKey, Mapped>;

/** Maps one row's header cells; `into` keeps what it has unless `upgrade` lets an exact alias replace a fallback. */
function mapRow(cells: readonly CellValue[] | undefined, into: RowMap, upgrade: boolean): void {
  if (!cells) return;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== "string") continue;
    const m = matchHeader(v);
    if (!m) continue;
    const had = into.get(m.key);
    if (had && !(upgrade && m.exact && !had.exact)) continue;
    into.set(m.key, { col: c, exact: m.exact, text: v });
  }
}

/** A row right below the header that is itself headers only (the second line of a two-row header). */
function isSubHeaderRow(cells: readonly CellValue[] | undefined, noCol: number): boolean {
  if (!cells || !isBlank(cells[noCol])) return false;
  let any = false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || matchHeader(v) === null) return false;
    any = true;
  }
  return any;
}

/** The mapping of header row `r` with its sub-header rows; `end` is the first row below them. */
function headerAt(values: Grid["values"], r: number): { map: RowMap; end: number } {
  const map: RowMap = new Map();
  mapRow(values[r], map, true);
  let end = r + 1;
  const no = map.get("no");
  if (no) {
    while (end < values.length && end - r <= MAX_SUB_HEADER_ROWS && isSubHeaderRow(values[end], no.col)) {
      const sub: RowMap = new Map();
      mapRow(values[end], sub, true);
      for (const [key, m] of sub) if (!map.has(key)) map.set(key, m);
      end++;
    }
  }
  return { map, end };
}

function countRequired(map: RowMap): number {
  let n = 0;
  for (const key of REQUIRED_COLUMNS) if (map.has(key)) n++;
  return n;
}

function location(row: number, bodyStart: number, map: RowMap, findings: Finding[]): HeaderLocation {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, m] of map) {
    columns[key] = m.col;
    headers[key] = m.text;
  }
  return { row, bodyStart, columns, headers, findings };
}

export function findHeader(grid: Grid): HeaderLocation {
  const values = grid.values;
  const last = Math.min(HEADER_SEARCH_ROWS, values.length);
  let best: { row: number; end: number; map: RowMap; required: number } | null = null;
  for (let r = 0; r < last; r++) {
    const { map, end } = headerAt(values, r);
    const required = countRequired(map);
    if (required === REQUIRED_COLUMNS.length) return location(r, end, map, []);
    if (required === 0 || map.size < 2) continue;
    if (!best || required > best.required || (required === best.required && map.size > best.map.size)) {
      best = { row: r, end, map, required };
    }
  }
  if (!best) {
    return location(-1, values.length, new Map(), [
      finding("no-header-row", cellAddress(grid.sheet, grid.top, grid.left)),
    ]);
  }
  const at = cellAddress(grid.sheet, grid.top + best.row, grid.left);
  const findings = REQUIRED_COLUMNS.filter((key) => !best.map.has(key)).map((key) =>
    finding("missing-column", at, { column: key, headers: acceptedHeaders(key) }),
  );
  return location(best.row, best.end, best.map, findings);
}
