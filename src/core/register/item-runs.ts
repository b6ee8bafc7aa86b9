/**
 * Which sheet rows, and which indicator rows, each item of a register holds:
 * runs of two shared lists, kept in typed arrays by item index.
 *
 * Why not lists on each item: a register of 100,000 rows has tens of
 * thousands of items, and every object or list the reader keeps per item is
 * copied by the GC and lands on fresh heap pages, which on the machines
 * measured costs more than reading the item (see docs/engine.md). Rows are
 * appended in sheet order to the item that is open; an item whose rows are
 * not one run (the same No. again further down, rare) gets lists of its own.
 */
export class ItemRuns {
  /** Sheet rows of all items, then their indicator rows, in the order they were added. */
  private readonly rowList: Int32Array;
  private rowListLength = 0;
  private readonly indicatorList: Int32Array;
  private indicatorListLength = 0;
  /** Per item: its run in each list. */
  private readonly rowStart: Int32Array;
  private readonly rowCounts: Int32Array;
  private readonly indicatorStart: Int32Array;
  private readonly indicatorCounts: Int32Array;
  /** Items whose rows are not one run: their rows and indicator rows. */
  private readonly own = new Map<number, { readonly rows: number[]; readonly indicators: number[] }>();
  private open = -1;
  private openRowStart = 0;
  private openIndicatorStart = 0;

  /** Runs for a grid of `rows` rows: no list or item can outgrow it (a row goes into each list once at most). */
  constructor(rows: number) {
    this.rowList = new Int32Array(rows);
    this.indicatorList = new Int32Array(rows);
    this.rowStart = new Int32Array(rows);
    this.rowCounts = new Int32Array(rows);
    this.indicatorStart = new Int32Array(rows);
    this.indicatorCounts = new Int32Array(rows);
  }

  /** Makes item i the one rows are added to (the previous one takes its run of rows). */
  enter(i: number): void {
    if (this.open === i) return;
    this.flush();
    this.open = i;
    this.openRowStart = this.rowListLength;
    this.openIndicatorStart = this.indicatorListLength;
  }

  /** Adds a sheet row to the open item; `indicator`: it holds indicator values. */
  addRow(sheetRow: number, indicator: boolean): void {
    this.rowList[this.rowListLength++] = sheetRow;
    if (indicator) this.indicatorList[this.indicatorListLength++] = sheetRow;
  }

  /** Gives the open item the rows added since it was entered. Call once reading is done. */
  flush(): void {
    const i = this.open;
    if (i < 0) return;
    this.open = -1;
    const rows = this.rowListLength - this.openRowStart;
    const indicators = this.indicatorListLength - this.openIndicatorStart;
    if (this.rowCounts[i] === 0) {
      // The first run: the item points into the shared lists.
      this.rowStart[i] = this.openRowStart;
      this.rowCounts[i] = rows;
      this.indicatorStart[i] = this.openIndicatorStart;
      this.indicatorCounts[i] = indicators;
      return;
    }
    // The same item again after others (rare): it gets lists of its own, earlier rows first.
    const ownRows: number[] = [];
    const ownIndicators: number[] = [];
    for (let k = 0; k < this.rowCounts[i]; k++) ownRows.push(this.row(i, k));
    for (let k = 0; k < this.indicatorCounts[i]; k++) ownIndicators.push(this.indicatorRow(i, k));
    for (let k = 0; k < rows; k++) ownRows.push(this.rowList[this.openRowStart + k]);
    for (let k = 0; k < indicators; k++) ownIndicators.push(this.indicatorList[this.openIndicatorStart + k]);
    this.own.set(i, { rows: ownRows, indicators: ownIndicators });
    this.rowCounts[i] = ownRows.length;
    this.indicatorCounts[i] = ownIndicators.length;
  }

  rowCount(i: number): number {
    return this.rowCounts[i];
  }
  indicatorCount(i: number): number {
    return this.indicatorCounts[i];
  }
  /** Sheet row k of item i. */
  row(i: number, k: number): number {
    const own = this.own.size === 0 ? undefined : this.own.get(i);
    return own !== undefined ? own.rows[k] : this.rowList[this.rowStart[i] + k];
  }
  /** Sheet row of item i's indicator row k. */
  indicatorRow(i: number, k: number): number {
    const own = this.own.size === 0 ? undefined : this.own.get(i);
    return own !== undefined ? own.indicators[k] : this.indicatorList[this.indicatorStart[i] + k];
  }
}
