/**
 * A period's result from the engine's Evaluation (run.ts), as the comparison
 * reads it: each entry in report order with its No. as text, its area as the
 * tally names it and the level it is counted at (null when not rated or
 * without a rating — it stands in no level of 【表１】 either).
 */
import type { Evaluation } from "../evaluate/types";
import type { PeriodResult } from "./types";

export function periodResultOf(evaluation: Evaluation): PeriodResult {
  return {
    period: evaluation.period,
    items: evaluation.items.map((item) => ({
      no: String(item.no),
      name: item.name,
      area: item.area,
      level: item.rating,
      relistOf: item.relistOf === null ? null : String(item.relistOf),
    })),
  };
}
