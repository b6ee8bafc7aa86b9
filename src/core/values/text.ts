/** Text helpers shared by every reader: NFKC, blanks, a cell's text. */
import { isCellError, type CellValue } from "../grid";
import { isPercentFormat } from "./number-format";

/** NFKC, trimmed, runs of white space (ideographic included) folded to one space. */
export function normalize(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, " ").trim();
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
