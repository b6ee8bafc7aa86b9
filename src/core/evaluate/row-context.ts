/**
 * What the readers of one indicator row share: its cells, where a blank cell
 * of a column would be (findings point at it), and the sink findings go to.
 */
import { cellAddress } from "../grid";
import { finding, type Finding, type FindingCode, type FindingParams } from "../findings/finding";
import type { ColumnKey, IndicatorColumn, Register, SourceCell } from "../register/types";
import type { UnitScale } from "../values/unit";
import type { ParsedTarget } from "./target";

export interface SheetContext {
  readonly sheet: string;
  readonly columns: Register["columns"];
  /** Findings are pushed here, in the order they are met (the evaluator points it at one entry's list at a time). */
  findings: Finding[];
  /** Targets read so far in this run, by type text + unit column, then target value (see readTarget). */
  readonly targetCache: Map<string, Map<string | number | undefined, ParsedTarget>>;
  /** Unit columns read so far in this run. */
  readonly scaleCache: Map<string, UnitScale | null>;
  /** Units as written → their canonical form (see unit-check.ts). */
  readonly unitCache: Map<string, string>;
}

/** A fresh context for one run over a register. */
export function sheetContext(register: Register): SheetContext {
  return {
    sheet: register.sheet,
    columns: register.columns,
    findings: [],
    targetCache: new Map(),
    scaleCache: new Map(),
    unitCache: new Map(),
  };
}

/** The address of a column's cell in a row: the cell's own when present, else where it would be; null when the column is not mapped. */
export function addressOf(ctx: SheetContext, key: ColumnKey, row: number, cell?: SourceCell): string | null {
  if (cell !== undefined) return cell.address;
  const col = ctx.columns[key];
  return col === undefined ? null : cellAddress(ctx.sheet, row, col);
}

export function report(ctx: SheetContext, code: FindingCode, cell: string | null, params: FindingParams): void {
  ctx.findings.push(finding(code, cell, params));
}

export interface RowContext {
  readonly sheet: SheetContext;
  readonly row: number;
  readonly cells: Readonly<Partial<Record<IndicatorColumn, SourceCell>>>;
  /** How findings name the indicator: its name, else `No.12`. */
  readonly label: string;
}

/** Address of an indicator column in this row (see addressOf). */
export function rowAddress(rc: RowContext, key: IndicatorColumn): string | null {
  return addressOf(rc.sheet, key, rc.row, rc.cells[key]);
}
