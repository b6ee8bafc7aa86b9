/**
 * Vertically merged cells of the register's columns. Only a merged area's
 * top-left cell holds the value; a cell below it in the same column reads that
 * value (a No. merged over three rows makes rows two and three continuation
 * rows; an area merged over fifteen items gives each of them its area).
 *
 * A cell right of a merged area's left column reads blank: the value belongs to
 * the left column's header (`項目名` merged across the `担当課` column does not
 * make the name a department). Merges that start in or above the header are ignored.
 */
import type { Grid } from "../grid";

/**
 * For each column of `cols` (grid-relative indices): null when no merge reaches
 * it, else an array over the grid's rows where entry r is 1 + the grid row of the
 * top-left cell whose value row r reads, or 0 when row r is not under a merge.
 */
export function mergeSources(grid: Grid, cols: readonly number[], bodyStart: number): (Int32Array | null)[] {
  const sources: (Int32Array | null)[] = cols.map(() => null);
  const merges = grid.merges;
  if (!merges || merges.length === 0) return sources;
  const byColumn = new Map<number, number>();
  for (let i = 0; i < cols.length; i++) byColumn.set(grid.left + cols[i], i);
  const rows = grid.values.length;
  for (let m = 0; m < merges.length; m++) {
    const area = merges[m];
    if (area.bottom <= area.top) continue;
    const i = byColumn.get(area.left);
    if (i === undefined) continue;
    const top = area.top - grid.top;
    if (top < bodyStart || top >= rows) continue;
    let source = sources[i];
    if (source === null) source = sources[i] = new Int32Array(rows);
    const last = Math.min(area.bottom - grid.top, rows - 1);
    for (let r = top + 1; r <= last; r++) source[r] = top + 1;
  }
  return sources;
}
