/**
 * A plan's rating scale (contract §9): its levels best first, each with a
 * code, a label, the smallest achievement (in percent) that earns it, and
 * whether it counts as behind. With no 評価区分 in 設定 the scale is the
 * seed's — S 予定以上に進捗 / A 予定どおりに進捗 / B 予定よりも遅れている —
 * whose top threshold is 100 × (1 + S判定の余裕), so sections 5–8 hold as written.
 */
import type { Settings } from "../settings";

export interface ScaleLevel {
  /** `S`, `A`, … as written in the register's rating columns (NFKC, trimmed). */
  readonly code: string;
  /** `予定以上に進捗`. */
  readonly label: string;
  /** Smallest achievement of the item's worst due indicator that earns the level, in percent (120); null on the lowest level. */
  readonly threshold: number | null;
  /** Counts as behind: such items make 参考２ and need a cause. */
  readonly behind: boolean;
}

/** 評価方法: rated from the numbers (自動) or by the departments (自己評価). */
export type RatingMethod = "auto" | "self";

/** 数字: how counts are written in the report's sentences (半角 `15`, 全角 `１５` as the seed does). */
export type Digits = "half" | "full";

export interface Scale {
  readonly levels: readonly ScaleLevel[];
  readonly method: RatingMethod;
  /** Words that mark an item as counted in the plan but not rated (defaults and 設定's 評価対象外). */
  readonly notRatedWords: readonly string[];
  /** True when the levels are the seed's (their labels may then follow the report's language). */
  readonly isSeed: boolean;
}

/** The seed's scale (Kodaira); its top threshold follows S判定の余裕. */
export const SEED_LEVELS: readonly ScaleLevel[] = Object.freeze([
  { code: "S", label: "予定以上に進捗", threshold: 120, behind: false },
  { code: "A", label: "予定どおりに進捗", threshold: 100, behind: false },
  { code: "B", label: "予定よりも遅れている", threshold: null, behind: true },
]);

/** A four-level preset (S/A/B/C, C behind), as Kizugawa publishes it. */
export const FOUR_LEVELS: readonly ScaleLevel[] = Object.freeze([
  { code: "S", label: "特に良好に進捗", threshold: 120, behind: false },
  { code: "A", label: "良好に進捗", threshold: 100, behind: false },
  { code: "B", label: "概ね進捗", threshold: 80, behind: false },
  { code: "C", label: "進捗に課題あり", threshold: null, behind: true },
]);

/**
 * Schedule (or 評価対象) words that mark an item as not rated (contract §9):
 * counted in the plan, in no level. The format's words, like the schedule's.
 */
export const NOT_RATED_WORDS: readonly string[] = Object.freeze(["対象外", "評価対象外", "未評価", "完了", "廃止", "休止"]);

/** The seed's levels with the top threshold from S判定の余裕 (0.2 → 120). */
export function seedLevels(sMargin: number): ScaleLevel[] {
  // Not rounded: the rating compares achievements against threshold / 100 − 1, which must be the margin itself.
  return SEED_LEVELS.map((l, i) => (i === 0 ? { ...l, threshold: (1 + sMargin) * 100 } : { ...l }));
}

/** The scale a run uses: 評価区分 when given, else the seed's with S判定の余裕. */
export function scaleOf(settings: Settings): Scale {
  const extra = settings.notRatedWords ?? [];
  return {
    levels: settings.scale ?? seedLevels(settings.sMargin),
    method: settings.method ?? "auto",
    notRatedWords: [...NOT_RATED_WORDS, ...extra.filter((w) => !NOT_RATED_WORDS.includes(w))],
    isSeed: settings.scale === undefined,
  };
}

/** Index of the first level marked behind (behind schedule caps an item here); -1 when none. */
export function firstBehindLevel(levels: readonly ScaleLevel[]): number {
  return levels.findIndex((l) => l.behind);
}

/**
 * Index of the "on plan" level (on track with nothing due; the cap of an item
 * with an indicator not measured): the worst level whose threshold is at
 * least 100 — the level at 100 on every published scale (the seed's A); with
 * S判定の余裕 0 the seed's S and A both stand at 100 and A is meant. None at
 * 100 or above: the top level.
 */
export function onPlanLevel(levels: readonly ScaleLevel[]): number {
  for (let i = levels.length - 1; i >= 0; i--) {
    const t = levels[i].threshold;
    if (t !== null && t >= 100) return i;
  }
  return 0;
}
