/**
 * The reporting cycle (contract §10): the comparison's words in English, the same shape as ../ja/cycle.ts.
 */
import type { CycleLabels } from "../ja/cycle";

export const cycleEn: CycleLabels = {
  sentence: "Compared with {previous}, {improved} items improved and {worsened} items worsened.",
  sentenceUnnamed: "Compared with the previous period, {improved} items improved and {worsened} items worsened.",
  groupHeading: "{to} ← {from} ({count} items)",
  notRated: "not rated",
  itemSeparator: ", ",
  addedHeading: "Items new this period ({count})",
  removedHeading: "Items no longer listed ({count})",
  current: "This period",
  previous: "Previous",
  change: "Change",
};
