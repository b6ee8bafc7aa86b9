/**
 * The order of areas in the report (contract §2): the settings' list when
 * given, else by the leading Roman numeral (Ⅰ Ⅱ Ⅲ …, I II III, Ｉ…), then by
 * first appearance. NFKC turns Ⅳ into IV, so numerals are compared in their
 * normalised form while the area text is kept as written.
 */
import { nfkc } from "../values/text";

const SPACES = /\s+/g;

/** Two area texts name the same area when they agree after NFKC with spaces removed (`Ⅰ　地域` = `Ⅰ 地域`). */
export function areaKey(area: string): string {
  return nfkc(area).replace(SPACES, "");
}

/** A leading Roman numeral not followed by a Latin letter (`IT推進` has none). */
const LEADING_ROMAN = /^([IVX]+)(?![A-Z])/i;
const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
const ROMAN_TABLE: readonly (readonly [number, string])[] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function toRoman(n: number): string {
  let s = "";
  for (const [v, r] of ROMAN_TABLE) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

/** The value of the area's leading Roman numeral (Ⅳ → 4), or null when it has none (or a malformed one: IIII). */
export function romanRank(area: string): number | null {
  const m = LEADING_ROMAN.exec(nfkc(area).trimStart());
  if (m === null) return null;
  const letters = m[1].toUpperCase();
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const v = VALUES[letters[i]];
    const next = i + 1 < letters.length ? VALUES[letters[i + 1]] : 0;
    n += v < next ? -v : v;
  }
  // Only the canonical spelling counts: `IIII` or `VX` are words, not numerals.
  return n > 0 && toRoman(n) === letters ? n : null;
}
