/**
 * The Register: the header row found, columns mapped by alias, continuation
 * rows folded into items. Every value still carries its cell address, because
 * the findings need it. No value is interpreted here beyond "blank or not".
 */
import type { CellValue } from "../grid";
import type { Finding } from "../findings/finding";

/** Item-level columns: one value per item (continuation rows inherit them). */
export type ItemColumn =
  | "no"
  | "area"
  | "name"
  | "department"
  | "overview"
  | "plan"
  | "progress"
  | "schedule"
  | "cause"
  | "nextSteps"
  | "relistOf"
  | "selfRating"
  | "finalRating"
  | "overrideReason"
  | "highlight"
  | "nextYear";

/** Indicator-level columns: one value per indicator row. */
export type IndicatorColumn =
  | "indicator"
  | "targetType"
  | "target"
  | "actual"
  | "prior"
  | "unit"
  | "statedChange"
  | "asOf";

export type ColumnKey = ItemColumn | IndicatorColumn;

/** One cell of the register as read: its value, number format and address. */
export interface SourceCell {
  readonly value: CellValue;
  /** Number format when the host gave one (dates are numbers with a date format). */
  readonly format: string | null;
  /** `取組一覧!H12`. */
  readonly address: string;
  /** 0-based absolute row and column on the sheet. */
  readonly row: number;
  readonly col: number;
}

/** One indicator row of an item (the item's first row counts as one when it has indicator values). */
export interface IndicatorRow {
  /** 0-based absolute sheet row. */
  readonly row: number;
  /** Only non-blank cells are present. */
  readonly cells: Readonly<Partial<Record<IndicatorColumn, SourceCell>>>;
}

export interface RegisterItem {
  /** 0-based absolute sheet row of the item's first row. */
  readonly row: number;
  /** The No. as written, normalised (NFKC, `No.`/`№` prefix and spaces dropped): `12`, `3-1`. */
  readonly no: string;
  /**
   * Item-level cells, non-blank only: from the item's first row, or for a
   * column blank there, from the merged area covering it. Continuation rows
   * never override the first row (a conflicting value is a duplicate-item finding).
   */
  readonly fields: Readonly<Partial<Record<ItemColumn, SourceCell>>>;
  /** Rows that hold any indicator-level value, in sheet order (may be empty: a milestone-only item). */
  readonly indicators: readonly IndicatorRow[];
  /** Every sheet row folded into this item (first row included). */
  readonly rows: readonly number[];
}

export interface Register {
  readonly sheet: string;
  /** 0-based absolute row of the header row; -1 when none was found. */
  readonly headerRow: number;
  /** Mapped columns: key → 0-based absolute column. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** The header text as written, per mapped column (for messages). */
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
  readonly items: readonly RegisterItem[];
  /** Reading findings (header, columns, missing No./area/name, duplicates). */
  readonly findings: readonly Finding[];
}
