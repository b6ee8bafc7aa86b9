/**
 * Units as staff write them, for the unit check (contract §3, §6: `71件`
 * against `41人` is a mismatch) and for unit columns that carry a scale
 * (`千円`: a bare 1,200 is 1,200,000 円).
 *
 * Decisions where the contract is silent:
 * - `ポイント` / `pt` compare equal to `%`: a rate indicator's target in
 *   points and its actual in percent measure the same thing.
 * - `名` is `人` (参加者 100名 and 100人 are the same count of people).
 * - か所 / 箇所 / カ所 / ヶ所 / ケ所 / ヵ所 / 個所 are one unit, as are か月 / ヶ月 / カ月 / ケ月 / ヵ月.
 * - A per-year rate (`件/年`, `人／年度`) compares as its base unit.
 * - A scale prefix does not change the unit: `千円` is the same unit as `円`
 *   (compare values after toBaseUnit).
 */
import { nfkc } from "./text";

export interface UnitScale {
  /** 1,000 for 千円, 10,000 for 万人, 1 otherwise. */
  readonly factor: number;
  /** The unit after scaling: 円 for 千円; null for a bare scale (`千`) or a blank unit. */
  readonly unit: string | null;
}

const SPACES = /\s+/g;
const PER_YEAR = /\/(?:年度?|年間)$/;
/** Scale prefixes, longest first: 百万円, 千万円, 千円, 万人, 億円. */
const SCALE_PREFIX = /^(百万|千万|百億|千億|[千万億兆])/;
const SCALE_FACTOR: Readonly<Record<string, number>> = {
  百万: 1e6,
  千万: 1e7,
  百億: 1e10,
  千億: 1e11,
  千: 1e3,
  万: 1e4,
  億: 1e8,
  兆: 1e12,
};

/** Written forms (after NFKC, no spaces, lower case) that mean the same unit. */
const SYNONYMS: Readonly<Record<string, string>> = {
  "%": "%",
  "パーセント": "%",
  "percent": "%",
  "ポイント": "%",
  "pt": "%",
  "pts": "%",
  "point": "%",
  "points": "%",
  "名": "人",
  "箇所": "か所",
  "カ所": "か所",
  "ヶ所": "か所",
  "ケ所": "か所",
  "ヵ所": "か所",
  "個所": "か所",
  "ヶ月": "か月",
  "カ月": "か月",
  "ケ月": "か月",
  "ヵ月": "か月",
  "箇月": "か月",
  "トン": "t",
};

/** NFKC, no spaces, lower case (`ＫＭ` → `km`, `㎡` → `m2`). */
function tidy(unit: string): string {
  return nfkc(unit).replace(SPACES, "").toLowerCase();
}

/**
 * A unit written with a scale, or a unit column: `千円` → ×1,000 円,
 * `万人` → ×10,000 人, `百万円` → ×1,000,000 円, `件` → ×1 件, `千` → ×1,000
 * without unit. Null for a blank unit.
 */
export function unitScale(unit: string | null): UnitScale | null {
  if (unit === null) return null;
  const t = nfkc(unit).replace(SPACES, "");
  if (t === "") return null;
  const m = SCALE_PREFIX.exec(t);
  if (m === null) return { factor: 1, unit: t };
  const rest = t.slice(m[0].length);
  return { factor: SCALE_FACTOR[m[0]], unit: rest === "" ? null : rest };
}

/**
 * The form two units are compared in: NFKC, no spaces, lower case, scale
 * prefix and per-year suffix dropped, synonyms folded
 * (`％` → `%`, `ポイント` → `%`, `名` → `人`, `千円` → `円`, `件／年` → `件`, `箇所` → `か所`).
 * Empty for a blank unit.
 */
export function canonicalUnit(unit: string): string {
  let u = tidy(unit).replace(PER_YEAR, "");
  const m = SCALE_PREFIX.exec(u);
  if (m !== null && u.length > m[0].length) u = u.slice(m[0].length);
  return SYNONYMS[u] ?? u;
}

/** True when both units are written and mean the same (see canonicalUnit); two blanks are the same too. */
export function sameUnit(a: string | null, b: string | null): boolean {
  const ca = a === null ? "" : canonicalUnit(a);
  const cb = b === null ? "" : canonicalUnit(b);
  return ca === cb;
}

/** True when both units are written and differ: a unit missing on either side is no mismatch. */
export function unitsDiffer(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const ca = canonicalUnit(a);
  const cb = canonicalUnit(b);
  return ca !== "" && cb !== "" && ca !== cb;
}

/** True for `%`, `％`, `パーセント`, `ポイント`, `pt`: values in percentage points. */
export function isPercentUnit(unit: string | null): boolean {
  return unit !== null && canonicalUnit(unit) === "%";
}

/**
 * A value in a scaled unit brought to the base unit: (1,200, `千円`) → (1,200,000, `円`).
 * Units without scale come back unchanged; so does a null unit.
 */
export function toBaseUnit(value: number, unit: string | null): { readonly value: number; readonly unit: string | null } {
  const s = unitScale(unit);
  if (s === null || s.factor === 1) return { value, unit };
  return { value: Number((value * s.factor).toPrecision(15)), unit: s.unit };
}
