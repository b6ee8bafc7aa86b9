/**
 * Every indicator row's result, kept as columns (one typed array per number,
 * one list per reference) instead of one IndicatorResult object per row.
 *
 * Why: a register of 100,000 indicator rows made 100,000 result objects, each
 * with four boxed numbers and a display object — about 20 MB that the
 * evaluation keeps until the report is written, and allocating kept memory
 * was most of the engine's time (see bench/). As columns the same results are
 * about 8 MB. The texts a row shows (its indicator name, target, actual and
 * prior as written) are kept as references to the register's own strings.
 *
 * ItemResult.indicators hands out IndicatorView objects over a table: the
 * IndicatorResult interface, read from the columns on demand. Views are cheap
 * and made afresh on each call; nobody needs to keep one.
 */
import type { IndicatorResult, IndicatorStatus, Target } from "./types";

const STATUSES: readonly IndicatorStatus[] = ["exceeded", "met", "missed", "notYetDue", "notMeasured"];
const STATUS_CODE: Readonly<Record<IndicatorStatus, number>> = { exceeded: 0, met: 1, missed: 2, notYetDue: 3, notMeasured: 4 };

/** IndicatorResult.actual: a number, a milestone's done / not done, or nothing. */
const ACTUAL_NONE = 0;
const ACTUAL_NUMBER = 1;
const ACTUAL_DONE = 2;
const ACTUAL_NOT_DONE = 3;

/** A number or null in a Float64Array: null is NaN (no computed value here is ever NaN: see achievement.ts). */
function orNull(x: number): number | null {
  return x !== x ? null : x;
}

export class IndicatorTable {
  private readonly rows: Int32Array;
  private readonly status: Uint8Array;
  private readonly actualKind: Uint8Array;
  private readonly actual: Float64Array;
  private readonly prior: Float64Array;
  private readonly achievement: Float64Array;
  private readonly change: Float64Array;
  private readonly target: (Target | null)[];
  private readonly unit: (string | null)[];
  private readonly name: string[];
  private readonly shownTarget: string[];
  private readonly shownActual: string[];
  private readonly shownPrior: string[];

  /** A table for `capacity` rows (the register's indicator rows, counted before evaluating). */
  constructor(readonly capacity: number) {
    this.rows = new Int32Array(capacity);
    this.status = new Uint8Array(capacity);
    this.actualKind = new Uint8Array(capacity);
    this.actual = new Float64Array(capacity);
    this.prior = new Float64Array(capacity);
    this.achievement = new Float64Array(capacity);
    this.change = new Float64Array(capacity);
    this.target = new Array<Target | null>(capacity).fill(null);
    this.unit = new Array<string | null>(capacity).fill(null);
    this.name = new Array<string>(capacity).fill("");
    this.shownTarget = new Array<string>(capacity).fill("");
    this.shownActual = new Array<string>(capacity).fill("");
    this.shownPrior = new Array<string>(capacity).fill("");
  }

  /** Stores row i's result (the object is read here, not kept). */
  set(i: number, v: IndicatorResult): void {
    this.rows[i] = v.row;
    this.status[i] = STATUS_CODE[v.status];
    const a = v.actual;
    if (a === null) this.actualKind[i] = ACTUAL_NONE;
    else if (a === "done") this.actualKind[i] = ACTUAL_DONE;
    else if (a === "notDone") this.actualKind[i] = ACTUAL_NOT_DONE;
    else {
      this.actualKind[i] = ACTUAL_NUMBER;
      this.actual[i] = a;
    }
    this.prior[i] = v.prior ?? NaN;
    this.achievement[i] = v.achievement ?? NaN;
    this.change[i] = v.change ?? NaN;
    this.target[i] = v.target;
    this.unit[i] = v.unit;
    this.name[i] = v.name;
    this.shownTarget[i] = v.display.target;
    this.shownActual[i] = v.display.actual;
    this.shownPrior[i] = v.display.prior;
  }

  nameAt(i: number): string {
    return this.name[i];
  }
  displayAt(i: number): IndicatorResult["display"] {
    return { target: this.shownTarget[i], actual: this.shownActual[i], prior: this.shownPrior[i] };
  }

  statusAt(i: number): IndicatorStatus {
    return STATUSES[this.status[i]];
  }
  rowAt(i: number): number {
    return this.rows[i];
  }
  targetAt(i: number): Target | null {
    return this.target[i];
  }
  unitAt(i: number): string | null {
    return this.unit[i];
  }
  actualAt(i: number): number | "done" | "notDone" | null {
    const k = this.actualKind[i];
    return k === ACTUAL_NUMBER ? this.actual[i] : k === ACTUAL_DONE ? "done" : k === ACTUAL_NOT_DONE ? "notDone" : null;
  }
  priorAt(i: number): number | null {
    return orNull(this.prior[i]);
  }
  achievementAt(i: number): number | null {
    return orNull(this.achievement[i]);
  }
  changeAt(i: number): number | null {
    return orNull(this.change[i]);
  }

  /** A view of row `index`. */
  view(index: number): IndicatorResult {
    return new IndicatorView(this, index);
  }

  /** Views of rows first .. first + count − 1. */
  views(first: number, count: number): IndicatorResult[] {
    const out: IndicatorResult[] = new Array<IndicatorResult>(count);
    for (let k = 0; k < count; k++) out[k] = new IndicatorView(this, first + k);
    return out;
  }
}

/** One row of an IndicatorTable as an IndicatorResult. */
export class IndicatorView implements IndicatorResult {
  constructor(
    private readonly table: IndicatorTable,
    private readonly index: number,
  ) {}

  get name(): string {
    return this.table.nameAt(this.index);
  }
  get row(): number {
    return this.table.rowAt(this.index);
  }
  get target(): Target | null {
    return this.table.targetAt(this.index);
  }
  get actual(): number | "done" | "notDone" | null {
    return this.table.actualAt(this.index);
  }
  get prior(): number | null {
    return this.table.priorAt(this.index);
  }
  get unit(): string | null {
    return this.table.unitAt(this.index);
  }
  get achievement(): number | null {
    return this.table.achievementAt(this.index);
  }
  get change(): number | null {
    return this.table.changeAt(this.index);
  }
  get status(): IndicatorStatus {
    return this.table.statusAt(this.index);
  }
  get display(): IndicatorResult["display"] {
    return this.table.displayAt(this.index);
  }

  /** A plain IndicatorResult (JSON.stringify, debugging, comparisons). */
  toJSON(): IndicatorResult {
    const { name, row, target, actual, prior, unit, achievement, change, status, display } = this;
    return { name, row, target, actual, prior, unit, achievement, change, status, display };
  }
}
