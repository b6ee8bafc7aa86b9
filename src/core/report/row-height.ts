/**
 * Row heights for wrapped text. Excel does not auto-fit rows that hold merged
 * cells, and Excel's and LibreOffice's printouts keep the row height they are
 * given, so a long wrapped text would be cut on paper. We estimate instead:
 * count display widths (a Japanese character is about two of Excel's width
 * units), wrap at the column width, and allow ~15 pt per line.
 * The estimate errs on the generous side: a row a little too tall prints fine,
 * a row too short hides words.
 */
import type { ReportValue } from "./model";

/** Points per line at the 10.5–11 pt body font. */
export const LINE_HEIGHT = 15;
/** Space above and below the text in a cell. */
export const ROW_PADDING = 3;
/** Excel refuses rows taller than this. */
export const MAX_ROW_HEIGHT = 409;
/** Width units a cell loses to its inner margins. */
const CELL_MARGIN = 1;

/**
 * Display width of one character in Excel's width units (the width of `0`):
 * 2 for East Asian wide and full-width characters, and for the symbols that
 * Japanese fonts draw full width (Ⅰ, ①, ○, ※, …); 1 otherwise.
 */
function charWidth(code: number): number {
  if (code < 0x2010) return 1;
  if (code <= 0x2bff) return 2; // punctuation, Roman numerals, circled digits, shapes, arrows
  if (code < 0x2e80) return 1;
  if (code <= 0xa4cf) return 2; // CJK radicals, kana, CJK ideographs, Yi
  if (code >= 0xac00 && code <= 0xd7a3) return 2; // Hangul
  if (code >= 0xd800 && code <= 0xdfff) return 1; // each half of a surrogate pair: 2 together
  if (code >= 0xf900 && code <= 0xfaff) return 2; // CJK compatibility ideographs
  if (code >= 0xfe30 && code <= 0xfe4f) return 2; // CJK compatibility forms
  if (code >= 0xff01 && code <= 0xff60) return 2; // full-width forms (Ａ, ９, ，)
  if (code >= 0xffe0 && code <= 0xffe6) return 2;
  return 1;
}

/** Display width of a line of text in Excel's width units. */
export function textWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += charWidth(line.charCodeAt(i));
  return w;
}

/**
 * String.prototype's charCodeAt and indexOf, called as `charCodeAt.call(text, i)`: report texts come in many of
 * V8's string representations (flat, concatenated, sliced, internalised, one- or two-byte), and
 * `text.charCodeAt(i)` on all of them makes the method's lookup megamorphic (a generic lookup per character);
 * through the function itself the optimising compiler reads the character directly.
 */
const charCodeAt = String.prototype.charCodeAt;
const indexOf = String.prototype.indexOf;

/** Lines a text takes when wrapped in a column `width` units wide (explicit line breaks count). At least 1. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - CELL_MARGIN);
  const n = text.length;
  // No character is wider than 2: a short text without a line break fits on one line (most cells; no scan).
  if (n * 2 <= usable && indexOf.call(text, "\n") < 0) return 1;
  // One pass, no split: this runs for every cell of every generated row.
  let lines = 0;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const code = charCodeAt.call(text, i);
    if (code === 10) {
      lines += w === 0 ? 1 : Math.ceil(w / usable);
      w = 0;
    } else {
      w += code < 0x2010 ? 1 : charWidth(code);
    }
  }
  return lines + (w === 0 ? 1 : Math.ceil(w / usable));
}

function valueText(v: ReportValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : v;
}

/** Lines the tallest of a row's cells needs; texts[i] sits in a column widths[i] wide. */
export function rowLines(texts: readonly (ReportValue | undefined)[], widths: readonly number[]): number {
  let lines = 1;
  for (let i = 0; i < texts.length; i++) {
    const t = valueText(texts[i]);
    if (t === "") continue;
    const n = wrappedLines(t, widths[i] ?? 8.43);
    if (n > lines) lines = n;
  }
  return lines;
}

/** Points for a given number of lines, within Excel's limit. */
export function heightForLines(lines: number, lineHeight: number = LINE_HEIGHT): number {
  return Math.min(MAX_ROW_HEIGHT, lines * lineHeight + ROW_PADDING);
}

/**
 * Height in points a row needs so that every text shows in full: texts[i]
 * wraps in a column (or merged area) widths[i] units wide.
 */
export function estimateRowHeight(
  texts: readonly (ReportValue | undefined)[],
  widths: readonly number[],
  lineHeight: number = LINE_HEIGHT,
): number {
  return heightForLines(rowLines(texts, widths), lineHeight);
}

/** Like estimateRowHeight, but null (automatic height) when every text fits on one line. */
export function wrappedRowHeight(
  texts: readonly (ReportValue | undefined)[],
  widths: readonly number[],
  lineHeight: number = LINE_HEIGHT,
): number | null {
  const lines = rowLines(texts, widths);
  return lines > 1 ? heightForLines(lines, lineHeight) : null;
}
