/**
 * The reporting cycle (contract §10): one period's result as the comparison
 * reads it, and the comparison of two periods. Pure data, made by
 * compare.ts; the 前回比較 sheet, the pane and `--json` read it.
 */

/** One register entry of a period: what the comparison needs of it. */
export interface PeriodItem {
  /** The No. as text (`12`, `R1-1`): items of two periods are matched by it. */
  readonly no: string;
  readonly name: string;
  /** The area as the tally names it. */
  readonly area: string;
  /** The level's code on the plan's scale; null = not rated (対象外, 未評価, …, or no rating). */
  readonly level: string | null;
  /** No. of the item this entry re-lists (再掲), or null/absent: counted in the tally, not compared as an item. */
  readonly relistOf?: string | null;
}

export interface PeriodResult {
  /** 平成26年度末, or "" when the period has no label. */
  readonly period: string;
  /** Entries in register (report) order. */
  readonly items: readonly PeriodItem[];
}

/** Entries per level (best first, index = the scale's level) and not rated. */
export interface LevelColumn {
  readonly counts: readonly number[];
  readonly notRated: number;
}

/** One row of the comparison table: an area, or the total (area ""). */
export interface AreaComparison {
  readonly area: string;
  readonly current: LevelColumn;
  readonly previous: LevelColumn;
  /** current − previous, per level and not rated (増減). */
  readonly change: LevelColumn;
}

export interface ItemRef {
  readonly no: string;
  readonly name: string;
}

/** An item whose level changed; a null side is not rated. */
export interface ItemChange extends ItemRef {
  readonly from: string | null;
  readonly to: string | null;
}

/** 「A←B」: the items that went from one level to another, in register order. */
export interface ChangeGroup {
  readonly from: string | null;
  readonly to: string | null;
  readonly items: readonly ItemRef[];
}

/** What changed between the periods, item by item. */
export interface Changes {
  /** Items rated in both periods at a better (earlier) level now. */
  readonly improved: number;
  readonly worsened: number;
  /** Every item whose level changed (to or from not rated included), this period's register order. */
  readonly changed: readonly ItemChange[];
  /** The changed items grouped 「to←from」, groups in scale order (to, then from; not rated last). */
  readonly groups: readonly ChangeGroup[];
  /** Items new this period (this period's order) and items no longer listed (the previous period's order). */
  readonly added: readonly ItemRef[];
  readonly removed: readonly ItemRef[];
}

export interface Comparison extends Changes {
  readonly period: string;
  readonly previousPeriod: string;
  /** The level codes compared, best first (the current plan's scale). */
  readonly codes: readonly string[];
  /** Areas of this period in order, then areas only the previous period had. */
  readonly areas: readonly AreaComparison[];
  readonly totals: AreaComparison;
}
