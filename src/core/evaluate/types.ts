/**
 * The Evaluation: numbers and targets read, indicator statuses, item ratings,
 * re-listing, overrides, the tally, and every finding. Pure data: the report
 * builders and both hosts read it, nobody re-computes a rule from it.
 */
import type { Finding } from "../findings/finding";
import type { Settings } from "../settings";
import type { ScaleTally } from "./scale-tally";
import type { DepartmentTally } from "../departments/department-tally";
import type { ProgressRates } from "../progress/progress-types";

/** A level's code of the plan's scale (contract §9): `S`, `A`, `B` on the seed's scale, `C`, `D`, … on others. */
export type Rating = string;
/** The seed's scale, best level first (a rating is kept as an index into the plan's scale: see ItemTable). */
export const RATINGS: readonly Rating[] = ["S", "A", "B"];

export type Schedule = "ahead" | "on" | "behind";
export const SCHEDULES: readonly Schedule[] = ["ahead", "on", "behind"];

export type TargetKind = "atLeast" | "atMost" | "growth" | "maintain" | "milestone";

export interface Target {
  readonly kind: TargetKind;
  /** atLeast / atMost: the threshold; growth: percentage points; maintain / milestone: null. */
  readonly value: number | null;
  /** atMost with 未満: strictly less. */
  readonly strict: boolean;
  /** Unit split off the target text (件, 人, %, ...), or the unit column; null when none. */
  readonly unit: string | null;
  /** Milestone: fiscal year (western start year) by whose end it is due; null = due now. */
  readonly dueFiscalYear: number | null;
  /** The target as written (for the report). */
  readonly text: string;
}

export type IndicatorStatus = "exceeded" | "met" | "missed" | "notYetDue" | "notMeasured";

export interface IndicatorResult {
  /** 成果指標 name (may be empty for an item's milestone row). */
  readonly name: string;
  /** 0-based absolute sheet row. */
  readonly row: number;
  readonly target: Target | null;
  /** Numeric actual (atLeast/atMost/growth/maintain) or milestone status; null when not measured. */
  readonly actual: number | "done" | "notDone" | null;
  readonly prior: number | null;
  /** Unit shown in the report (actual's, else target's, else unit column). */
  readonly unit: string | null;
  /** actual/target (atLeast), target/actual (atMost), growth/target (growth), actual/prior (maintain); null otherwise. */
  readonly achievement: number | null;
  /** Computed change against prior in percent: (actual/prior − 1) × 100; null without both. */
  readonly change: number | null;
  readonly status: IndicatorStatus;
  /** The texts as written, for the report: target, actual, prior. */
  readonly display: { readonly target: string; readonly actual: string; readonly prior: string };
}

export interface ItemResult {
  /** The No.: a number when it reads as an integer (`12`), else the normalised text (`3-1`). */
  readonly no: number | string;
  readonly area: string;
  readonly name: string;
  readonly department: string;
  readonly schedule: Schedule | null;
  /** A fresh list of views on each read for an evaluated item: read it once per item. */
  readonly indicators: readonly IndicatorResult[];
  /** How many indicators, known without building their views (absent: indicators.length); see indicatorCountOf. */
  readonly indicatorCount?: number;
  /** Rating by the rule (for a re-listed item: the rating of the item it re-lists); null when it cannot be rated (an error finding says why). */
  readonly computed: Rating | null;
  /** 確定評価 when given and S/A/B. */
  readonly finalRating: Rating | null;
  /** What the report counts: finalRating when the override applies, else computed. */
  readonly rating: Rating | null;
  readonly overridden: boolean;
  readonly overrideReason: string;
  readonly selfRating: Rating | null;
  /** No. of the item this one re-lists (再掲), or null. */
  readonly relistOf: number | string | null;
  readonly highlight: boolean;
  /** Free texts of the item, as written (blank → ""). */
  readonly text: {
    readonly overview: string;
    readonly plan: string;
    readonly progress: string;
    readonly cause: string;
    readonly nextSteps: string;
    readonly nextYear: string;
  };
  /** Index of the register entry it is the result of (Register.entries). */
  readonly entry: number;
}

export interface AreaTally {
  readonly area: string;
  /** Entries in this area, re-listed ones included. */
  readonly items: number;
  readonly S: number;
  readonly A: number;
  readonly B: number;
}

export interface Evaluation {
  readonly settings: Settings;
  /** 平成26年度末 / 令和6年度上半期末 (ja) or FY2014 year end (en); "" when no fiscal year is set. */
  readonly period: string;
  /** All entries in report order (areas in order, then sheet order). */
  readonly items: readonly ItemResult[];
  readonly tally: readonly AreaTally[];
  readonly totals: { readonly S: number; readonly A: number; readonly B: number };
  /** Entries counted (re-listed included): 62. */
  readonly total: number;
  /** Re-listed entries among them: 1. */
  readonly relisted: number;
  /** Entries rated B, in report order (a re-listed B entry appears under its own area too). */
  readonly delayed: readonly ItemResult[];
  /** Entries whose finalRating applied. */
  readonly overrides: readonly ItemResult[];
  /** Register findings + evaluation findings, errors first. */
  readonly findings: readonly Finding[];
  /** True when any finding is an error: nothing may be written. */
  readonly blocked: boolean;
  /**
   * 【表１】 on the plan's own scale (contract §9): set when the scale is not
   * the seed's or some entries are not rated; absent, the seed's S / A / B
   * tally above is the whole story.
   */
  readonly scaleTally?: ScaleTally;
  /**
   * 担当課別 (contract §10): set when the register has a 担当課 column and some
   * entry names a department.
   */
  readonly departments?: DepartmentTally;
  /** The department whose own report this is (`report --department`), as the register writes it. */
  readonly department?: string;
  /** 進捗率 (contract §10): set when the register has a 基準値 column. */
  readonly progress?: ProgressRates;
}

/** An item's number of indicators, without building the views of an evaluated item's indicators. */
export function indicatorCountOf(item: ItemResult): number {
  return item.indicatorCount ?? item.indicators.length;
}
