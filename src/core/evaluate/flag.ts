/** Yes/no columns such as 事例掲載 (highlight): any mark counts, except the ones that say no. */
import { isCellError, type CellValue } from "../grid";
import { cellText, nfkc } from "../values/text";

const SPACES = /\s+/g;
const NO_WORDS: ReadonlySet<string> = new Set(["", "×", "✕", "x", "no", "false", "0", "-", "―", "ー", "なし", "無", "否"]);

/** True for ○, 〇, yes, TRUE, 1, 掲載 or any other mark; false for blank, ×, no, FALSE, 0, -, なし. */
export function readFlag(value: CellValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  if (isCellError(value)) return false;
  return !NO_WORDS.has(nfkc(cellText(value)).replace(SPACES, "").toLowerCase());
}
