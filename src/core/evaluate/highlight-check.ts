/**
 * 【参考１】 shows good examples. An item marked for it (事例掲載) but rated
 * behind would go to 【参考２】 as well: a warning at its 事例掲載 cell, so the
 * mark is looked at before the report goes to the committee (issue 11).
 */
import { finding, type Finding } from "../findings/finding";
import type { Entries } from "../register/types";
import type { Evaluation } from "./types";

export function highlightBehindFindings(evaluation: Evaluation, entries: Entries): Finding[] {
  const out: Finding[] = [];
  for (const item of evaluation.delayed) {
    if (!item.highlight) continue;
    const cell = entries.fieldCell(item.entry, "highlight");
    out.push(finding("highlight-behind", cell === undefined ? null : cell.address, { no: item.no }));
  }
  return out;
}
