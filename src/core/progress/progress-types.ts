/**
 * 進捗率 (contract §10, "Progress toward a final target"): per indicator with a
 * 基準値 and a final-year target, 進捗率 = (actual − baseline) / (target −
 * baseline), set against the share of the plan period elapsed; and the
 * indicators counted by 進捗率 band.
 */

/** Lower bounds of the bands, in percent: 20 % 未満, 20 %–, 40 %–, 60 %–, 80 %–, 100 % 以上. */
export const PROGRESS_BANDS: readonly number[] = [0, 20, 40, 60, 80, 100];

export interface IndicatorProgress {
  /** The item's No. and name, the indicator's name. */
  readonly no: number | string;
  readonly item: string;
  readonly indicator: string;
  /** 0-based sheet row of the indicator. */
  readonly row: number;
  /** The 基準値 cell (`取組一覧!K12`). */
  readonly cell: string;
  readonly baseline: number | null;
  readonly baselineYear: number | null;
  readonly target: number | null;
  readonly targetYear: number | null;
  readonly actual: number | null;
  /** 進捗率 in percent (may be below 0 or above 100); null when it cannot be computed (a finding says why). */
  readonly rate: number | null;
  /** Share of the plan period (baseline year → target year) elapsed at the report's period, in percent (0–100); null when unknown. */
  readonly elapsed: number | null;
  /** Index into PROGRESS_BANDS; null when rate is. */
  readonly band: number | null;
  /** 進捗率 at least the elapsed share (on pace for the final target); null when either is unknown. */
  readonly onPace: boolean | null;
}

/** Indicators per band (index = band) and those whose 進捗率 cannot be computed. */
export interface BandCounts {
  readonly counts: readonly number[];
  readonly notComputed: number;
}

export interface ProgressRates {
  /** Every indicator row with a 基準値, in report order. */
  readonly indicators: readonly IndicatorProgress[];
  readonly bands: BandCounts;
  /** The previous period's bands, when its results are known (--previous, 評価履歴). */
  readonly previous?: { readonly period: string; readonly bands: BandCounts };
}
