/**
 * Item numbers as the report shows them, and the 再掲 cell read as the No. an
 * entry re-lists.
 */
import type { CellValue } from "../grid";
import { cellText, nfkc } from "../values/text";

const INTEGER = /^\d+$/;

/** `12` → 12; `3-1` stays text (ItemResult.no). */
export function reportNo(no: string): number | string {
  return INTEGER.test(no) && no.length < 16 ? Number(no) : no;
}

const SPACES = /\s+/g;
/** Wrapping around a No. in the 再掲 cell: `再掲(No.5)`, `No.5の再掲`, `「5」`. */
const RELIST_NOISE = /再掲元?|の|[()「」[\]【】]|no\.?|№|#/gi;
/** A mark that says "this entry is a re-listing" without naming the No.: it re-lists its own No. */
const MARKS: ReadonlySet<string> = new Set(["○", "〇", "◯", "●", "✓", "✔", "true", "yes", "*", "再掲"]);

/**
 * The No. a 再掲 cell names, normalised like RegisterItem.no. A mark (○, TRUE,
 * 再掲) names the entry's own No.: staff repeat the item under another area
 * with the same No. and tick the column. Null when the cell is blank or says FALSE.
 */
export function relistTarget(value: CellValue, ownNo: string): string | null {
  if (value === false) return null;
  const t = nfkc(cellText(value)).replace(SPACES, "");
  if (t === "" || t.toLowerCase() === "false") return null;
  if (MARKS.has(t.toLowerCase())) return ownNo;
  const stripped = t.replace(RELIST_NOISE, "");
  return stripped === "" ? ownNo : stripped;
}
