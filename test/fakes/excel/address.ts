/**
 * A1 addresses as Excel writes and reads them, for the fake only (kept apart
 * from src/core/grid.ts on purpose: the fake must not share the adapter's
 * helpers, or a bug in them would go unnoticed).
 */

/** A rectangle of cells, 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnOf(lettersText: string): number {
  let n = 0;
  for (const ch of lettersText.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, col: number): string {
  return letters(col) + String(row + 1);
}

export function rectA1(r: Rect): string {
  const a = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : a + ":" + cellA1(r.bottom, r.right);
}

/** Sheet name as Excel puts it in an address: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^[Rr]([0-9]*)?[Cc]([0-9]*)?$/.test(name);
  return plain ? name : "'" + name.replace(/'/g, "''") + "'";
}

export function fullAddress(sheet: string, r: Rect): string {
  return quoteSheet(sheet) + "!" + rectA1(r);
}

/**
 * Parses a range address without a sheet part: `A1`, `$A$1:B2`, whole rows
 * `1:3`, whole columns `A:C`. Throws InvalidArgument-like errors via the caller.
 */
export function parseRangeA1(address: string): Rect | null {
  const s = address.replace(/\$/g, "").trim().toUpperCase();
  let m = /^([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?$/.exec(s);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnOf(m[1]);
    const r2 = m[3] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnOf(m[3]) : c1;
    return normalize({ top: r1, left: c1, bottom: r2, right: c2 });
  }
  m = /^([0-9]{1,7}):([0-9]{1,7})$/.exec(s);
  if (m) return normalize({ top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: MAX_COLUMNS - 1 });
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(s);
  if (m) return normalize({ top: 0, left: columnOf(m[1]), bottom: MAX_ROWS - 1, right: columnOf(m[2]) });
  return null;
}

function normalize(r: Rect): Rect | null {
  const out = {
    top: Math.min(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    bottom: Math.max(r.top, r.bottom),
    right: Math.max(r.left, r.right),
  };
  if (out.top < 0 || out.left < 0 || out.bottom >= MAX_ROWS || out.right >= MAX_COLUMNS) return null;
  return out;
}

/** Splits `Sheet!A1:B2` / `'My sheet'!A1` into sheet and range part; sheet null when absent. */
export function splitSheet(address: string): { sheet: string | null; range: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(address);
  if (!m) return { sheet: null, range: address };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range: m[3] };
}

export function rowsOf(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function colsOf(r: Rect): number {
  return r.right - r.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
