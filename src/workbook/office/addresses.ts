/**
 * Addresses as Office.js returns and takes them: `取組一覧!B3:X120`,
 * `'My sheet'!A1`, RangeAreas' `S!A1:B2, S!D1:D4`, print title rows `$1:$3`,
 * hyperlink targets `'取組一覧'!H12`.
 */
import { parseA1, splitAddress, type MergedArea } from "../../core/grid";

/** 0-based inclusive rectangle. */
export type Rect = MergedArea;

/** `Sheet!A1:B2`, `A1`, `'x'!A1` → rectangle (the sheet part is ignored). Null when malformed. */
export function parseRangeAddress(address: string): Rect | null {
  const bang = address.lastIndexOf("!");
  const part = bang < 0 ? address : address.slice(bang + 1);
  const [a, b] = part.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** Splits a multi-area address at the commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/** RangeAreas.address → rectangles. */
export function parseAreasAddress(address: string): Rect[] {
  const out: Rect[] = [];
  for (const part of splitAreas(address)) {
    const r = parseRangeAddress(part);
    if (r) out.push(r);
  }
  return out;
}

/** Rows for PageLayout.setPrintTitleRows: entire rows `$1:$3` (0-based inclusive in). */
export function printTitleRows(top: number, bottom: number): string {
  return `$${top + 1}:$${bottom + 1}`;
}

/** A ReportLink target `取組一覧!H12` as a hyperlink documentReference: sheet always quoted, `'取組一覧'!H12`. */
export function documentReference(target: string): string {
  const parts = splitAddress(target);
  if (!parts) return target;
  return "'" + parts.sheet.replace(/'/g, "''") + "'!" + parts.cell;
}
