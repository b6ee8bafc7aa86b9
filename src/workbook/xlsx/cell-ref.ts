/**
 * Cell references as a sheet part writes them (`r="H12"` on `<c>`, `r="12"`
 * on `<row>`), read without allocating: the hot loop of readGrid reads one
 * per cell. Excel's limits bound them: a reference past column XFD or row
 * 1,048,576 is no cell Excel can have (and, believed, would make the grid's
 * arrays as long as the file says).
 */

/** Excel's last row (1-based) and column count: XFD = 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** What parseCellRef returns for text that is not a reference at all. */
export const REF_MALFORMED = -1;
/** What parseCellRef returns for a well-formed reference beyond Excel's limits. */
export const REF_OUT_OF_RANGE = -2;

/**
 * `letters digits` (ST_CellRef; `$` tolerated) between `from` and `to` →
 * row * MAX_COLS + col (0-based; exact in a double), else REF_MALFORMED or
 * REF_OUT_OF_RANGE. Counting stops growing past the limits, so a reference
 * of a thousand digits costs no more than a long one.
 */
export function parseCellRef(xml: string, from: number, to: number): number {
  let col = 0;
  let row = 0;
  let letters = 0;
  let digits = 0;
  for (let k = from; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c === 36) continue; // $
    if (c >= 48 && c <= 57) {
      if (letters === 0 || (digits === 0 && c === 48)) return REF_MALFORMED; // no column, or a leading zero
      digits++;
      if (row <= MAX_ROWS) row = row * 10 + (c - 48);
      continue;
    }
    const u = c | 32;
    if (u < 97 || u > 122 || digits > 0) return REF_MALFORMED; // not a letter, or a letter after digits
    letters++;
    if (col <= MAX_COLS) col = col * 26 + (u - 96);
  }
  if (letters === 0 || digits === 0) return REF_MALFORMED;
  if (col > MAX_COLS || row > MAX_ROWS) return REF_OUT_OF_RANGE;
  return (row - 1) * MAX_COLS + (col - 1);
}

/**
 * An unsigned decimal between `from` and `to` (a row number, a style or
 * shared-string index); -1 when it is empty or holds anything but digits.
 * Stops growing past 2^31 (no index or row is that large): the caller's
 * bound check then refuses it.
 */
export function parseIndex(xml: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    if (n < 2147483648) n = n * 10 + (c - 48);
  }
  return n;
}
