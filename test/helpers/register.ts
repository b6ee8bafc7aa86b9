/**
 * Registers built directly, without the register reader: `registerOf([...])`
 * lays items out on a sheet `取組一覧` as staff would — header on row 1, each
 * item from the next free row, one row per indicator, item-level cells on the
 * item's first row only — and gives every cell its real address (取組一覧!A2 …).
 *
 * A value is a CellValue, or `{ value, format }` for a cell with a number
 * format (90% typed in Excel is `{ value: 0.9, format: "0%" }`).
 */
import { cellAddress, type CellValue } from "../../src/core/grid";
import { registerOfItems } from "../../src/core/register/entries";
import type { Finding } from "../../src/core/findings/finding";
import type {
  ColumnKey,
  IndicatorColumn,
  IndicatorRow,
  ItemColumn,
  Register,
  RegisterItem,
  SourceCell,
} from "../../src/core/register/types";

export type Val = CellValue | { readonly value: CellValue; readonly format: string };

export type IndicatorSpec = Partial<Record<IndicatorColumn, Val>>;

export type ItemSpec = Partial<Record<ItemColumn, Val>> & {
  readonly no: string;
  readonly indicators?: readonly IndicatorSpec[];
};

/** The column of every key: A no, B area, C name, … (the order of §2's table). */
export const COLUMN_ORDER: readonly ColumnKey[] = [
  "no",
  "area",
  "name",
  "department",
  "overview",
  "plan",
  "progress",
  "schedule",
  "indicator",
  "targetType",
  "target",
  "actual",
  "prior",
  "unit",
  "statedChange",
  "asOf",
  "cause",
  "nextSteps",
  "relistOf",
  "selfRating",
  "finalRating",
  "overrideReason",
  "highlight",
  "nextYear",
  "threshold",
  "rated",
];

const ITEM_COLUMNS: readonly ItemColumn[] = [
  "no",
  "area",
  "name",
  "department",
  "overview",
  "plan",
  "progress",
  "schedule",
  "cause",
  "nextSteps",
  "relistOf",
  "selfRating",
  "finalRating",
  "overrideReason",
  "highlight",
  "nextYear",
  "rated",
];
const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  "indicator",
  "targetType",
  "target",
  "actual",
  "prior",
  "unit",
  "statedChange",
  "asOf",
  "threshold",
];

export interface RegisterOptions {
  readonly sheet?: string;
  /** Findings of the reading stage to pass through. */
  readonly findings?: readonly Finding[];
  /** Columns the sheet does not have (their cells are dropped). */
  readonly without?: readonly ColumnKey[];
}

/** Column letter index (0-based) of a key in registers made here. */
export function columnOf(key: ColumnKey): number {
  return COLUMN_ORDER.indexOf(key);
}

/** `取組一覧!H2`: the address a key's cell has on a row (1-based Excel row). */
export function addressAt(key: ColumnKey, excelRow: number, sheet = "取組一覧"): string {
  return cellAddress(sheet, excelRow - 1, columnOf(key));
}

function isBlankVal(v: Val | undefined): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  return false;
}

function cellOf(v: Val, sheet: string, row: number, col: number): SourceCell {
  const plain = typeof v === "object" && v !== null && "format" in v;
  return {
    value: plain ? v.value : (v as CellValue),
    format: plain ? v.format : null,
    address: cellAddress(sheet, row, col),
    row,
    col,
  };
}

export function registerOf(specs: readonly ItemSpec[], options: RegisterOptions = {}): Register {
  const sheet = options.sheet ?? "取組一覧";
  const without = new Set(options.without ?? []);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  COLUMN_ORDER.forEach((key, col) => {
    if (without.has(key)) return;
    columns[key] = col;
    headers[key] = key;
  });

  const items: RegisterItem[] = [];
  let row = 1; // 0-based: Excel row 2, under the header
  for (const spec of specs) {
    const first = row;
    const fields: Partial<Record<ItemColumn, SourceCell>> = {};
    for (const key of ITEM_COLUMNS) {
      const v = key === "no" ? spec.no : spec[key];
      if (!without.has(key) && !isBlankVal(v)) fields[key] = cellOf(v!, sheet, first, columns[key]!);
    }
    const indicators: IndicatorRow[] = [];
    const rows: number[] = [];
    const specsOfRows = spec.indicators ?? [];
    for (const ind of specsOfRows) {
      const cells: Partial<Record<IndicatorColumn, SourceCell>> = {};
      for (const key of INDICATOR_COLUMNS) {
        const v = ind[key];
        if (!without.has(key) && !isBlankVal(v)) cells[key] = cellOf(v!, sheet, row, columns[key]!);
      }
      if (Object.keys(cells).length > 0) indicators.push({ row, cells });
      rows.push(row);
      row++;
    }
    if (rows.length === 0) rows.push(row++);
    items.push({ row: first, no: spec.no, fields, indicators, rows });
  }
  return registerOfItems({ sheet, headerRow: 0, columns, headers, findings: options.findings ?? [] }, items);
}

/** One item with one indicator row: the common case of a rule test. */
export function oneIndicator(indicator: IndicatorSpec, item: Partial<ItemSpec> = {}): Register {
  return registerOf([
    { no: "1", area: "Ⅰ 地域協働の推進", name: "取組", schedule: "予定どおり", ...item, indicators: [indicator] },
  ]);
}
