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

export function scaleTallyOf(evaluation: Evaluation, entries: Entries, settings: Settings): ScaleTally | undefined {
  const scale = scaleOf(settings);
  const words = notRatedSet(scale.notRatedWords);
  const notRated = (item: ItemResult) => item.computed === null && isNotRatedEntry(entries, item.entry, words);
  if (scale.isSeed && !evaluation.items.some(notRated)) return undefined;
  return tallyOnScale(scale, evaluation.tally, evaluation.items, notRated);
}
