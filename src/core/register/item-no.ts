/**
 * An item's No. as staff write it, reduced to one comparable text:
 * `No.12`, `№12`, `ＮＯ．１２`, `１２`, ` 12 `, `012` and the number 12 are all "12";
 * `3-1` stays "3-1". A `（再掲）` / `再掲` mark on the No. (`12（再掲）`) is split
 * off and reported, so that the reader can treat the row as a re-listed entry.
 */
import type { CellValue } from "../grid";
import { cellText, isBlank, nfkc } from "../values/text";

export interface ItemNo {
  readonly no: string;
  /** The No. carried a 再掲 mark. */
  readonly relisted: boolean;
}

const DIGITS = /^[0-9]+$/;
const WHITE_SPACE = /\s+/g;
const RELIST_MARK = /[([【]?再掲[)\]】]?/g;
/** `No` / `No.` / `No:` in front of a number (`№` is `No` after NFKC). */
const NO_PREFIX = /^no[.:]?(?=[0-9])/i;
const TRAILING_PUNCTUATION = /[.:。]+$/;

/** `012` → `12`, `0` stays `0`. */
function dropLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

/**
 * A No. (as readItemNo gives it) that is a whole number of at most
 * `maxDigits` digits written as String writes it (`12`, not `012`), as that
 * number; else −1. Lets the reader keep and look up Nos as numbers.
 */
export function plainNumberOf(no: string, maxDigits: number): number {
  const n = no.length;
  if (n === 0 || n > maxDigits || (n > 1 && no.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = no.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** The No. of a cell, or null when the cell is blank (or holds nothing but a mark). */
export function readItemNo(value: CellValue | undefined): ItemNo | null {
  if (isBlank(value)) return null;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return { no: String(value), relisted: false };
  if (typeof value !== "string") return { no: cellText(value), relisted: false };
  if (DIGITS.test(value)) return { no: dropLeadingZeros(value), relisted: false };
  let s = nfkc(value).replace(WHITE_SPACE, "");
  let relisted = false;
  if (s.includes("再掲")) {
    relisted = true;
    s = s.replace(RELIST_MARK, "");
  }
  s = s.replace(NO_PREFIX, "").replace(TRAILING_PUNCTUATION, "");
  if (s === "") return null;
  return { no: DIGITS.test(s) ? dropLeadingZeros(s) : s, relisted };
}
