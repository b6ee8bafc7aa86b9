/**
 * What a run adds to the evaluation for a plan's own scale (contract §9):
 * the tally per level with the not-rated column. Only when the scale is not
 * the seed's or some entries are not rated; a plain seed-scale run looks at
 * no entry here but those without a rating (rare: each is an error or not rated).
 */
import type { Entries } from "../register/types";
import type { Settings } from "../settings";
import { scaleOf } from "../settings/scale";
import { notRatedSet } from "./not-rated";
import { isNotRatedEntry } from "./schedule";
import { tallyOnScale, type ScaleTally } from "./scale-tally";
import type { Evaluation, ItemResult } from "./types";

/** Which entries are counted in the plan but rated in no level (対象外, 未評価, 完了, …). */
export function notRatedOf(entries: Entries, settings: Settings): (item: ItemResult) => boolean {
  const words = notRatedSet(scaleOf(settings).notRatedWords);
  return (item: ItemResult) => item.computed === null && isNotRatedEntry(entries, item.entry, words);
}

export function scaleTallyOf(evaluation: Evaluation, entries: Entries, settings: Settings): ScaleTally | undefined {
  const scale = scaleOf(settings);
  const notRated = notRatedOf(entries, settings);
  if (scale.isSeed && !evaluation.items.some(notRated)) return undefined;
  return tallyOnScale(scale, evaluation.tally, evaluation.items, notRated);
}
