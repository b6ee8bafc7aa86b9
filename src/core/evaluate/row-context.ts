/**
 * What the readers of one indicator row share: its cells, where a blank cell
 * of a column would be (findings point at it), and the sink findings go to.
 */
import { cellAddress } from "../grid";
import { finding, type Finding, type FindingCode, type FindingParams } from "../findings/finding";
import type { ColumnKey, IndicatorColumn, Register, SourceCell } from "../register/types";
import { NumberReader } from "../values/number-reader";
import type { UnitScale } from "../values/unit";
import type { ParsedTarget } from "./target";

export interface SheetContext {
  readonly sheet: string;
  readonly columns: Register["columns"];
  /**
   * Findings in the order they are met, and the entry each belongs to:
   * report() adds one to entry `entry` (the evaluator points it at one entry
   * at a time); findingsBySheetOrder orders them by entry. Two flat lists, not
   * a list per entry: a run keeps no object per entry (see docs/engine.md).
   */
  readonly found: Finding[];
  readonly foundEntry: number[];
  entry: number;
  /** What reportLater was given, in the order it was called (see reportLater). */
  readonly laterArgs: number[];
  /** Targets read so far in this run, by type text + unit column, then target value (see readTarget). */
  readonly targetCache: Map<string, Map<string | number | undefined, ParsedTarget>>;
  /** The run's number reader (one scan object for all its readings). */
  readonly numbers: NumberReader;
  /** Unit columns read so far in this run. */
  readonly scaleCache: Map<string, UnitScale | null>;
  /** Units as written → their canonical form (see unit-check.ts). */
  readonly unitCache: Map<string, string>;
  /** The row being evaluated: one object, refilled for each row (see RowContext). */
  readonly rowContext: RowContext;
}

/** A fresh context for one run over a register. */
export function sheetContext(register: Register): SheetContext {
  const sc: Omit<SheetContext, "rowContext"> & { rowContext: RowContext | null } = {
    sheet: register.sheet,
    columns: register.columns,
    found: [],
    foundEntry: [],
    entry: 0,
    laterArgs: [],
    targetCache: new Map(),
    numbers: new NumberReader(),
    scaleCache: new Map(),
    unitCache: new Map(),
    rowContext: null,
  };
  sc.rowContext = new RowContext(sc as SheetContext);
  return sc as SheetContext;
}

/** Makes the finding reportLater stood for: entry `entry`'s, from the number it was given. */
export type LaterFinding = (entry: number, arg: number) => Finding;

/** Stands in the list of findings for one that reportLater will have made. */
const LATER: Finding = Object.freeze({ severity: "info", code: "assumed-fiscal-year", cell: null, params: {} });

/**
 * The findings reported, ordered by entry (sheet order), each entry's in the
 * order they were met: a counting sort, stable and linear. Findings reported
 * with reportLater are made here, by `later`.
 */
export function findingsBySheetOrder(ctx: SheetContext, entries: number, later: LaterFinding | null = null): Finding[] {
  const found = ctx.found;
  const of = ctx.foundEntry;
  const start = new Int32Array(entries + 1);
  for (let k = 0; k < of.length; k++) start[of[k] + 1]++;
  for (let i = 0; i < entries; i++) start[i + 1] += start[i];
  const out: Finding[] = new Array<Finding>(found.length);
  let nextLater = 0;
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    out[start[of[k]]++] = f !== LATER ? f : (later as LaterFinding)(of[k], ctx.laterArgs[nextLater++]);
  }
  return out;
}

/** The address of a column's cell in a row: the cell's own when present, else where it would be; null when the column is not mapped. */
export function addressOf(ctx: SheetContext, key: ColumnKey, row: number, cell?: SourceCell): string | null {
  if (cell !== undefined) return cell.address;
  const col = ctx.columns[key];
  return col === undefined ? null : cellAddress(ctx.sheet, row, col);
}

export function report(ctx: SheetContext, code: FindingCode, cell: string | null, params: FindingParams): void {
  ctx.found.push(finding(code, cell, params));
  ctx.foundEntry.push(ctx.entry);
}

/** Forgets every finding reported to the context so far (a context whose findings are not wanted). */
export function dropFindings(ctx: SheetContext): void {
  ctx.found.length = 0;
  ctx.foundEntry.length = 0;
  ctx.laterArgs.length = 0;
}

/**
 * Reports a finding of the current entry whose object (its address, its
 * params) is made only when the findings are listed, by the LaterFinding
 * given to findingsBySheetOrder, from `arg`. For findings that may come one
 * per entry: made at the end of the run, they are not copied by the GC
 * during it (see docs/engine.md). Their place among the entry's findings is kept.
 */
export function reportLater(ctx: SheetContext, arg: number): void {
  ctx.found.push(LATER);
  ctx.foundEntry.push(ctx.entry);
  ctx.laterArgs.push(arg);
}

const NO_CELLS: Readonly<Partial<Record<IndicatorColumn, SourceCell>>> = Object.freeze({});

/**
 * One indicator row while it is evaluated. A single object per run, refilled
 * for each row (set): 100,000 rows make no 100,000 contexts. Nobody keeps it.
 */
export class RowContext {
  row = 0;
  cells: Readonly<Partial<Record<IndicatorColumn, SourceCell>>> = NO_CELLS;
  /** The indicator's name as the report shows it ("" when the row has none). */
  name = "";
  private itemNo = "";

  constructor(readonly sheet: SheetContext) {}

  set(row: number, cells: Readonly<Partial<Record<IndicatorColumn, SourceCell>>>, name: string, itemNo: string): this {
    this.row = row;
    this.cells = cells;
    this.name = name;
    this.itemNo = itemNo;
    return this;
  }

  /** How findings name the indicator: its name, else `No.12` (built only for a finding). */
  get label(): string {
    return this.name !== "" ? this.name : "No." + this.itemNo;
  }
}

/** Address of an indicator column in this row (see addressOf). */
export function rowAddress(rc: RowContext, key: IndicatorColumn): string | null {
  return addressOf(rc.sheet, key, rc.row, rc.cells[key]);
}
