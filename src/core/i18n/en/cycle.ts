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
  sheet: {
    title: "{plan}: progress at {period} compared with {previous}",
    titleNoPlan: "Progress at {period} compared with {previous}",
    caption: "Items by area and level (this period, previous, change)",
    headerArea: "Area",
    total: "Total",
    changedCaption: "Items whose level changed ({count})",
    headerChange: "Change (now ← before)",
    headerNo: "No",
    headerName: "Item",
    changeFormat: "+0;-0;0",
    noChanges: "No item changed level.",
  },
  history: {
    title: "Rating history",
    note: "Every report records its period's ratings here (a period recorded again replaces its block). The next period's report compares itself with the previous period recorded here (sheet Comparison). Do not edit this sheet.",
    blockCaption: "{period} ({count} items)",
    headers: {
      period: "Period",
      no: "No",
      area: "Area",
      name: "Item",
      level: "Rating",
      notRated: "Not rated",
      relistOf: "Re-lists No",
      actuals: "Indicator actuals",
    },
    notRatedMark: "x",
    actualSeparator: ": ",
  },
};
