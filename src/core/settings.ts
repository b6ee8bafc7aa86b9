/**
 * Settings of one report run: from the `設定` sheet, the task pane, or the
 * command line's flags (same keys). The rule set comes in here, never as constants.
 */
import type { Digits, RatingMethod, ScaleLevel } from "./settings/scale";

export type Lang = "ja" | "en";

/** 年度末 (end of March) or 上半期末 (end of September). */
export type Point = "yearEnd" | "half";

export interface Settings {
  /** 計画名, e.g. 第２次行財政再構築プラン. */
  plan: string;
  /** 対象年度 as the western year in which the fiscal year starts (平成26年度 → 2014); null = not set. */
  fiscalYear: number | null;
  /** 時点. */
  point: Point;
  /** S判定の余裕: an indicator is exceeded when achievement ≥ 1 + sMargin. */
  sMargin: number;
  /** 分野 in report order; empty = order by leading Roman numeral, then first appearance. */
  areas: string[];
  /** 言語 of the report (sheet names, labels, finding messages). */
  lang: Lang;
  /** 評価区分 (contract §9), best first; absent = the seed's S/A/B with S判定の余裕 (see scaleOf). */
  scale?: readonly ScaleLevel[];
  /** 評価方法; absent = 自動. */
  method?: RatingMethod;
  /** 評価対象外: words marking an item as not rated, beyond the contract's own. */
  notRatedWords?: readonly string[];
  /** 数字: counts in the report's sentences as half-width (default) or full-width digits. */
  digits?: Digits;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  plan: "",
  fiscalYear: null,
  point: "yearEnd",
  sMargin: 0.2,
  areas: [],
  lang: "ja",
});

/** Default name of the register sheet and of the settings sheet. */
export const DEFAULT_REGISTER_SHEET = "取組一覧";
export const SETTINGS_SHEET_NAMES: readonly string[] = ["設定", "Settings"];
