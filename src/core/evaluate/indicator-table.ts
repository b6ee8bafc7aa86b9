/**
 * Every indicator row's result, kept as columns of typed arrays instead of
 * one IndicatorResult object per row; the row's texts (its name, and its
 * target, actual and prior as written) are not kept at all, but read again
 * from the register's cells when asked for.
 *
 * Why: what an evaluation keeps costs far more than what it computes. A
 * register of 100,000 indicator rows made 100,000 result objects, each with
 * boxed numbers, a Target, a display object and references to six strings;
 * every kept object is copied by the young-generation GC and then lands on
 * fresh heap pages, and a fresh page costs the process a page fault (about
 * 4 ms per MB on the machines measured: see docs/engine.md). Typed arrays
 * are never scanned or copied by the GC, and hold the same results in 44
 * bytes a row (4.4 MB at 100,000 rows, against about 20 MB of objects).
 *
 * A row's unit is kept as an index into the table's list of the distinct
 * units met (a few dozen); its Target as columns (kind, value, strictness,
 * unit, due year), rebuilt as an object when asked for.
 *
 * ItemResult.indicators hands out IndicatorView objects over a table: the
 * IndicatorResult interface, read from the columns and the register's cells on
 * demand. Views are cheap and made afresh on each call; nobody needs to keep one.
 */
import { indicatorRowOf } from "../register/cell-views";
import type { RegisterItem } from "../register/types";
import { changePercent } from "./achievement";
import { indicatorDisplayOf, indicatorNameOf, targetTextOf } from "./indicator-texts";
import type { IndicatorResult, IndicatorStatus, Target, TargetKind } from "./types";

const STATUSES: readonly IndicatorStatus[] = ["exceeded", "met", "missed", "notYetDue", "notMeasured"];
const STATUS_CODE: Readonly<Record<IndicatorStatus, number>> = { exceeded: 0, met: 1, missed: 2, notYetDue: 3, notMeasured: 4 };

/** IndicatorResult.actual: a number, a milestone's done / not done, or (code 0) nothing. */
const ACTUAL_NUMBER = 1;
const ACTUAL_DONE = 2;
const ACTUAL_NOT_DONE = 3;

/** Target kinds by code; code 0 is "no target". */
const KINDS: readonly (TargetKind | null)[] = [null, "atLeast", "atMost", "growth", "maintain", "milestone"];
const KIND_CODE: Readonly<Record<TargetKind, number>> = { atLeast: 1, atMost: 2, growth: 3, maintain: 4, milestone: 5 };

/** A number or null in a Float64Array: null is NaN (no computed value here is ever NaN: see achievement.ts). */
function orNull(x: number): number | null {
  return x !== x ? null : x;
}

// Bit fields of IndicatorTable.flags: the status, the kind of actual, the target's kind and strictness.
const STATUS_MASK = 0b111;
const ACTUAL_AT = 3;
const ACTUAL_MASK = 0b11;
const KIND_AT = 5;
const KIND_MASK = 0b111;
const STRICT_BIT = 1 << 8;
/** IndicatorTable.targetDue for "no due year" (fiscal years are positive). */
const NO_DUE = 0;

export class IndicatorTable {
  /** Status, kind of actual, target kind and strictness (bit fields above). */
  private readonly flags: Uint16Array;
  private readonly actual: Float64Array;
  private readonly prior: Float64Array;
  private readonly achievement: Float64Array;
  /** Index into `units`; −1 = null. */
  private readonly unit: Int32Array;
  private readonly targetValue: Float64Array;
  private readonly targetDue: Int16Array;
  private readonly targetUnit: Int32Array;
  /** The distinct units met, in order of first use, and their indexes. */
  private readonly units: string[] = [];
  private readonly unitIndex = new Map<string, number>();

  /**
   * A table for `capacity` rows (the register's indicator rows, counted before
   * evaluating): 44 bytes a row. What can be computed again from what is kept
   * (the change against the prior year) or read from the register (the row's
   * sheet row and texts) is not kept.
   */
  constructor(readonly capacity: number) {
    this.flags = new Uint16Array(capacity);
    this.actual = new Float64Array(capacity);
    this.prior = new Float64Array(capacity);
    this.achievement = new Float64Array(capacity);
    this.unit = new Int32Array(capacity);
    this.targetValue = new Float64Array(capacity);
    this.targetDue = new Int16Array(capacity);
    this.targetUnit = new Int32Array(capacity);
  }

  private unitCode(unit: string | null): number {
    if (unit === null) return -1;
    let k = this.unitIndex.get(unit);
    if (k === undefined) {
      k = this.units.length;
      this.units.push(unit);
      this.unitIndex.set(unit, k);
    }
    return k;
  }

  /**
   * Stores row i's result (nothing passed is kept: the target is copied into
   * columns; its text, like the row's other texts, is read from the cells
   * when asked for). `change` is not passed: it is computed from actual and prior.
   */
  set(
    i: number,
    target: Target | null,
    actual: number | "done" | "notDone" | null,
    prior: number | null,
    unit: string | null,
    achievement: number | null,
    status: IndicatorStatus,
  ): void {
    let flags = STATUS_CODE[status];
    if (actual === "done") flags |= ACTUAL_DONE << ACTUAL_AT;
    else if (actual === "notDone") flags |= ACTUAL_NOT_DONE << ACTUAL_AT;
    else if (actual !== null) {
      flags |= ACTUAL_NUMBER << ACTUAL_AT;
      this.actual[i] = actual;
    }
    this.prior[i] = prior ?? NaN;
    this.achievement[i] = achievement ?? NaN;
    this.unit[i] = this.unitCode(unit);
    if (target !== null) {
      flags |= KIND_CODE[target.kind] << KIND_AT;
      if (target.strict) flags |= STRICT_BIT;
      this.targetValue[i] = target.value ?? NaN;
      this.targetDue[i] = target.dueFiscalYear ?? NO_DUE;
      this.targetUnit[i] = this.unitCode(target.unit);
    }
    this.flags[i] = flags;
  }

  statusAt(i: number): IndicatorStatus {
    return STATUSES[this.flags[i] & STATUS_MASK];
  }
  hasTarget(i: number): boolean {
    return ((this.flags[i] >> KIND_AT) & KIND_MASK) !== 0;
  }
  /** Row i's target; its text is `text` (read from the row's cells by the caller). */
  targetAt(i: number, text: string): Target | null {
    const kind = KINDS[(this.flags[i] >> KIND_AT) & KIND_MASK];
    if (kind === null) return null;
    const due = this.targetDue[i];
    return {
      kind,
      value: orNull(this.targetValue[i]),
      strict: (this.flags[i] & STRICT_BIT) !== 0,
      unit: this.unitAt(this.targetUnit[i]),
      dueFiscalYear: due === NO_DUE ? null : due,
      text,
    };
  }
  private unitAt(code: number): string | null {
    return code < 0 ? null : this.units[code];
  }
  rowUnitAt(i: number): string | null {
    return this.unitAt(this.unit[i]);
  }
  actualAt(i: number): number | "done" | "notDone" | null {
    const k = (this.flags[i] >> ACTUAL_AT) & ACTUAL_MASK;
    return k === ACTUAL_NUMBER ? this.actual[i] : k === ACTUAL_DONE ? "done" : k === ACTUAL_NOT_DONE ? "notDone" : null;
  }
  priorAt(i: number): number | null {
    return orNull(this.prior[i]);
  }
  achievementAt(i: number): number | null {
    return orNull(this.achievement[i]);
  }
  /** The change against the prior year in percent, as the evaluation computed it: from a numeric actual and a prior. */
  changeAt(i: number): number | null {
    const actual = this.actualAt(i);
    const prior = this.priorAt(i);
    return typeof actual === "number" && prior !== null ? changePercent(actual, prior) : null;
  }

  /** A view of row `index`, the indicator row k of register item `source`. */
  view(index: number, source: RegisterItem, k: number): IndicatorResult {
    return new IndicatorView(this, index, source, k);
  }

  /** Views of rows first .. first + count − 1: the indicator rows 0 .. count − 1 of `source`. */
  views(first: number, count: number, source: RegisterItem): IndicatorResult[] {
    const out: IndicatorResult[] = new Array<IndicatorResult>(count);
    for (let k = 0; k < count; k++) out[k] = new IndicatorView(this, first + k, source, k);
    return out;
  }
}

/** One row of an IndicatorTable as an IndicatorResult. */
export class IndicatorView implements IndicatorResult {
  constructor(
    private readonly table: IndicatorTable,
    private readonly index: number,
    private readonly source: RegisterItem,
    private readonly k: number,
  ) {}

  get name(): string {
    return indicatorNameOf(this.source, this.k);
  }
  get row(): number {
    return indicatorRowOf(this.source, this.k);
  }
  get target(): Target | null {
    if (!this.table.hasTarget(this.index)) return null;
    return this.table.targetAt(this.index, targetTextOf(this.source, this.k));
  }
  get actual(): number | "done" | "notDone" | null {
    return this.table.actualAt(this.index);
  }
  get prior(): number | null {
    return this.table.priorAt(this.index);
  }
  get unit(): string | null {
    return this.table.rowUnitAt(this.index);
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
    return indicatorDisplayOf(this.source, this.k, this.table.hasTarget(this.index));
  }

  /** A plain IndicatorResult (JSON.stringify, debugging, comparisons). */
  toJSON(): IndicatorResult {
    const { name, row, target, actual, prior, unit, achievement, change, status, display } = this;
    return { name, row, target, actual, prior, unit, achievement, change, status, display };
  }
}
