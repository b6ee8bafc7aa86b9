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
  | "nextYear"
  /** 評価対象: a not-rated word here (対象外, 完了, …) counts the item outside every level (contract §9). */
  | "rated";

/** Indicator-level columns: one value per indicator row. */
export type IndicatorColumn =
  | "indicator"
  | "targetType"
  | "target"
  | "actual"
  | "prior"
  | "unit"
  | "statedChange"
  | "asOf"
  /** 判定基準: the indicator's own threshold(s), overriding the scale's (contract §9). */
  | "threshold"
  /** 基準値: the value the plan starts from, with its year (contract §10, 進捗率). */
  | "baseline"
  /** 基準年度: the year of 基準値 (else read from the 基準値 cell or its header, `基準値（H25）`). */
  | "baselineYear"
  /** 最終目標値: the plan's final-year target (else the 目標値 column serves). */
  | "finalTarget"
  /** 目標年度: the final target's year (else read from the target cell or its header). */
  | "targetYear";

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

/** An entry as a plain object: what plainItem (entries.ts) makes for the edges (--json, tests, consolidation). */
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

/** One indicator row's cells, non-blank only (blank: undefined). */
export type IndicatorCells = Readonly<Partial<Record<IndicatorColumn, SourceCell>>>;

/**
 * The register's entries (items), read by index: the one way evaluate,
 * report, the hosts and the tests read a register. Entry i's indicator rows
 * are numbered k = 0 … indicatorCount(i) − 1.
 *
 * Cells handed out (fieldCell, indicatorCells) are read at once and never
 * kept: an implementation may refill one object for the next call (the
 * register reader's does, so that reading 100,000 rows makes no object per
 * cell). Keep values, texts or addresses instead; a plain copy of an entry is
 * plainItem (entries.ts).
 */
export interface Entries {
  readonly count: number;
  /** 0-based absolute sheet row of entry i's first row. */
  row(i: number): number;
  /** The No. as written, normalised (NFKC, `No.`/`№` prefix and spaces dropped): `12`, `3-1`. */
  no(i: number): string;
  /** The value of field `key` of entry i; undefined when blank. */
  field(i: number, key: ItemColumn): CellValue | undefined;
  /** The cell of field `key` of entry i (valid until the next fieldCell call for that key); undefined when blank. */
  fieldCell(i: number, key: ItemColumn): SourceCell | undefined;
  /** Every sheet row folded into entry i (first row included), in sheet order. */
  rows(i: number): number[];
  /** Number of entry i's indicator rows (rows holding any indicator-level value of their own). */
  indicatorCount(i: number): number;
  /** 0-based absolute sheet row of entry i's indicator row k. */
  indicatorRow(i: number, k: number): number;
  /** The value of cell `key` of entry i's indicator row k; undefined when blank. */
  indicator(i: number, k: number, key: IndicatorColumn): CellValue | undefined;
  /** The text cell `key` of entry i's indicator row k shows (displayText: number format applied); "" when blank. */
  indicatorShown(i: number, k: number, key: IndicatorColumn): string;
  /** The cells of entry i's indicator row k (valid until the next indicatorCells call). */
  indicatorCells(i: number, k: number): IndicatorCells;
}

export interface Register {
  readonly sheet: string;
  /** 0-based absolute row of the header row; -1 when none was found. */
  readonly headerRow: number;
  /** Mapped columns: key → 0-based absolute column. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** The header text as written, per mapped column (for messages). */
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
  readonly entries: Entries;
  /** Reading findings (header, columns, missing No./area/name, duplicates). */
  readonly findings: readonly Finding[];
}
