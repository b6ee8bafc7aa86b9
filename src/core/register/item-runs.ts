/**
 * Which sheet rows, and which indicator rows, each item of a register holds,
 * kept in typed arrays by item index.
 *
 * Why not lists on each item: a register of 100,000 rows has tens of
 * thousands of items, and every object or list the reader keeps per item is
 * copied by the GC and lands on fresh heap pages, which on the machines
 * measured costs more than reading the item (see docs/engine.md). Fresh pages
 * of typed arrays cost alike, so the usual item — one block of consecutive
 * rows, each holding indicator values — is kept as its first row and its
 * count alone. Any other item (a row without indicator values, a blank row
 * inside it, the same No. again further down) gets lists of its own.
 */
export class ItemRuns {
  /** Per item: its first sheet row, how many rows and indicator rows it holds. */
  private readonly firstRow: Int32Array;
  private readonly rowCounts: Int32Array;
  private readonly indicatorCounts: Int32Array;
  /** Items that are not one block of indicator rows: their rows and indicator rows. */
  private readonly own = new Map<number, { readonly rows: number[]; readonly indicators: number[] }>();

  // The item rows are being added to, and what was added since it was entered.
  private open = -1;
  private openFirst = 0;
  private openRows = 0;
  private openIndicators = 0;
  /** The rows added so far are consecutive and all hold indicator values. */
  private openBlock = true;
  /** The rows and indicator rows added, once the open item is not a block (reused lists). */
  private readonly openRowList: number[] = [];
  private readonly openIndicatorList: number[] = [];

  /** Runs for a grid of `rows` rows: no register can have more items than that. */
  constructor(rows: number) {
    this.firstRow = new Int32Array(rows);
    this.rowCounts = new Int32Array(rows);
    this.indicatorCounts = new Int32Array(rows);
  }

  /** Makes item i the one rows are added to (the previous one takes the rows added to it). */
  enter(i: number): void {
    if (this.open === i) return;
    this.flush();
    this.open = i;
    this.openRows = 0;
    this.openIndicators = 0;
    this.openBlock = true;
  }

  /** Adds a sheet row to the open item; `indicator`: it holds indicator values. Rows come in sheet order. */
  addRow(sheetRow: number, indicator: boolean): void {
    if (this.openRows === 0) this.openFirst = sheetRow;
    if (this.openBlock && (!indicator || sheetRow !== this.openFirst + this.openRows)) {
      // No longer one block: list the rows added so far, then go on listing.
      this.openBlock = false;
      for (let k = 0; k < this.openRows; k++) {
        this.openRowList[k] = this.openFirst + k;
        this.openIndicatorList[k] = this.openFirst + k;
      }
    }
    if (!this.openBlock) {
      this.openRowList[this.openRows] = sheetRow;
      if (indicator) this.openIndicatorList[this.openIndicators] = sheetRow;
    }
    this.openRows++;
    if (indicator) this.openIndicators++;
  }

  /** Gives the open item the rows added since it was entered. Call once reading is done. */
  flush(): void {
    const i = this.open;
    if (i < 0) return;
    this.open = -1;
    if (this.openRows === 0) return;
    if (this.rowCounts[i] === 0 && this.openBlock) {
      // The usual item: one block of indicator rows.
      this.firstRow[i] = this.openFirst;
      this.rowCounts[i] = this.openRows;
      this.indicatorCounts[i] = this.openIndicators;
      return;
    }
    // Lists of its own: the rows it had (the same No. again after others), then the ones just added.
    const rows: number[] = [];
    const indicators: number[] = [];
    for (let k = 0; k < this.rowCounts[i]; k++) rows.push(this.row(i, k));
    for (let k = 0; k < this.indicatorCounts[i]; k++) indicators.push(this.indicatorRow(i, k));
    for (let k = 0; k < this.openRows; k++) rows.push(this.openBlock ? this.openFirst + k : this.openRowList[k]);
    for (let k = 0; k < this.openIndicators; k++) indicators.push(this.openBlock ? this.openFirst + k : this.openIndicatorList[k]);
    this.own.set(i, { rows, indicators });
    this.firstRow[i] = rows[0];
    this.rowCounts[i] = rows.length;
    this.indicatorCounts[i] = indicators.length;
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
    return own !== undefined ? own.rows[k] : this.firstRow[i] + k;
  }
  /** Sheet row of item i's indicator row k. */
  indicatorRow(i: number, k: number): number {
    const own = this.own.size === 0 ? undefined : this.own.get(i);
    return own !== undefined ? own.indicators[k] : this.firstRow[i] + k;
  }
}
