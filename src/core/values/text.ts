/** Text helpers shared by every reader: NFKC, blanks, a cell's text. */
import { isCellError, type CellValue } from "../grid";
import { isPercentFormat } from "./number-format";

/**
 * True for a UTF-16 unit that NFKC leaves as it is, alone and next to any
 * other such unit: printable ASCII, hiragana and katakana letters (not the
 * voicing marks U+3099–309C, which combine), ー, ・, 、。 and the unified CJK
 * ideographs (not the compatibility ones). None of them combines with
 * another, so a text made only of them is its own NFKC.
 */
export function isNfkcStable(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fc) ||
    c === 0x3001 || c === 0x3002 || c === 0x309d || c === 0x309e || c === 0x30fd || c === 0x30fe
  );
}

/**
 * s.normalize("NFKC"), without calling on ICU for the usual cell text (`1,234人以上`,
 * `策定済`), which is its own NFKC: the readers normalise several cells of every row.
 */
export function nfkc(s: string): string {
  for (let i = 0; i < s.length; i++) if (!isNfkcStable(s.charCodeAt(i))) return s.normalize("NFKC");
  return s;
}

/** NFKC, trimmed, runs of white space (ideographic included) folded to one space. */
export function normalize(s: string): string {
  // Text with no space and nothing NFKC changes is its own normal form (the usual target text).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || !isNfkcStable(c)) return s.normalize("NFKC").replace(/\s+/g, " ").trim();
  }
  return s;
}

/** True for a UTF-16 unit that `\s` matches and trim() strips (white space and line terminators). */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** True for null, empty or white-space-only text. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // Called for every mapped cell of every row: text that starts with a character is not blank, no trim() needed.
  return v.length === 0 || (isWhiteSpace(v.charCodeAt(0)) && v.trim() === "");
}

/** A cell's value as text, as a person would read it (errors as `#N/A`; numbers without exponent noise). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

/** A cell as the report shows it: the text as written; a percentage-formatted number as `90%`. */
export function shownText(v: CellValue | undefined, format: string | null): string {
  if (typeof v === "number" && isPercentFormat(format)) return String(Number((v * 100).toPrecision(12))) + "%";
  return cellText(v);
}

/** shownText of a cell (a missing cell shows as ""). */
export function displayText(cell: { readonly value: CellValue; readonly format: string | null } | undefined): string {
  return cell === undefined ? "" : shownText(cell.value, cell.format);
}
