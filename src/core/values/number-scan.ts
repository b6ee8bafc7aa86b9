/**
 * The low-level scanner under readNumberText and findNumber: a hand-written
 * walk over character codes (no regex, no intermediate strings on the common
 * path) that reads `1億2,000万`, `９，８５６`, `14.8`, `.5` and the words
 * written around a number. Full-width ASCII (`９`, `，`, `．`, `％`, `－`) and
 * the ideographic space are folded on the fly, so most cells need no NFKC.
 *
 * Results go to a NumberScan, one small object per reading that the caller
 * makes (no state is kept between readings, so any number of readings may run
 * at once); the scan itself allocates nothing until the caller builds the
 * reading.
 */

import type { NumberValue } from "./number";

/** What was written around the number besides its unit; none of it changes the value. */
export interface NumberQualifiers {
  /** 約, 概ね, およそ, 程度, 前後. */
  readonly approximate: boolean;
  /** 以上 (atLeast), 以下 / 以内 (atMost), 未満 (below), 超 (above). */
  readonly bound: "atLeast" | "atMost" | "below" | "above" | null;
  /** 増 / 増加 (increase), 減 / 減少 (decrease): the value stays as written (`0.5%減` → 0.5). */
  readonly change: "increase" | "decrease" | null;
  /** 年間, 毎年, ／年, /年度. */
  readonly perYear: boolean;
  /** Bracketed notes dropped from the text: `（３月末現在）` (NFKC'd only when the text needed NFKC to be read). */
  readonly note: string | null;
}

/**
 * One reading's scan: what NumberScan.lead / .number read, and the qualifier
 * flags collected around the number (see collectedQualifiers).
 */
export class NumberScan {
  /** number(): the magnitude read (never negative). */
  value = 0;
  /** number() / lead(): offset just past what was read. */
  end = 0;
  /** lead(): a minus sign was read. */
  negative = false;
  /** lead(): ¥ was read. */
  yen = false;
  // Qualifier flags.
  approximate = false;
  bound: NumberQualifiers["bound"] = null;
  change: NumberQualifiers["change"] = null;
  perYear = false;
  note: string | null = null;
  // The last digit group read (see scanGroup).
  mantissa = 0;
  fractionDigits = 0;
  digits = 0;
  groupEnd = 0;

  /** Forgets everything: the scan starts a new reading (a reader reuses one scan for all its readings). */
  reset(): this {
    this.value = 0;
    this.end = 0;
    this.negative = false;
    this.yen = false;
    this.mantissa = 0;
    this.fractionDigits = 0;
    this.digits = 0;
    this.groupEnd = 0;
    this.resetQualifiers();
    return this;
  }

  /** Forgets the qualifiers collected so far (a new candidate number). */
  resetQualifiers(): void {
    this.approximate = false;
    this.bound = null;
    this.change = null;
    this.perYear = false;
    this.note = null;
  }

  addNote(note: string): void {
    this.note = this.note === null ? note : this.note + note;
  }

  /** The flags as an object, or null when nothing was written (the common case: no allocation). */
  collectedQualifiers(): NumberQualifiers | null {
    if (!this.approximate && this.bound === null && this.change === null && !this.perYear && this.note === null) return null;
    return { approximate: this.approximate, bound: this.bound, change: this.change, perYear: this.perYear, note: this.note };
  }
}

/** 約 / 概ね / およそ / 凡そ: approximate; 年間 / 毎年 / 毎年度: per year; 延べ: cumulative, no effect. */
export const PREFIX_WORDS: readonly string[] = ["約", "概ね", "おおむね", "およそ", "凡そ", "年間", "毎年度", "毎年", "延べ"];

/** First characters of the prefix words: most texts are ruled out by one set lookup. */
const PREFIX_FIRST_CHARS: ReadonlySet<number> = new Set(PREFIX_WORDS.map((w) => w.charCodeAt(0)));

export function applyPrefix(scan: NumberScan, word: string): void {
  if (word === "年間" || word === "毎年" || word === "毎年度") scan.perYear = true;
  else if (word !== "延べ") scan.approximate = true;
}

/** Qualifiers after the number (and its unit), as written after NFKC. */
export const SUFFIX_WORDS = "以上|以下|以内|未満|超|増加|減少|増|減|程度|前後|/年度|/年間|/年";

export function applySuffix(q: NumberScan, word: string): void {
  switch (word) {
    case "以上":
      q.bound = "atLeast";
      break;
    case "以下":
    case "以内":
      q.bound = "atMost";
      break;
    case "未満":
      q.bound = "below";
      break;
    case "超":
      q.bound = "above";
      break;
    case "増":
    case "増加":
      q.change = "increase";
      break;
    case "減":
    case "減少":
      q.change = "decrease";
      break;
    case "程度":
    case "前後":
      q.approximate = true;
      break;
    default:
      q.perYear = true; // /年, /年度, /年間
  }
}

/** A reading that holds a number. -0 (from `▲0`) becomes 0: it would compare differently in tests and maps. */
export function numberValue(value: number, unit: string | null, percent: boolean, qualifiers: NumberQualifiers | null): NumberValue {
  return { ok: true, value: value === 0 ? 0 : value, unit, percent, qualifiers };
}

// ---------------------------------------------------------------------------
// Characters.

/** Full-width ASCII to ASCII (`９` → `9`, `，` → `,`), ideographic space to space: what NFKC does to them. */
export function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  return c;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0;
}

/** ▲ △ (Japanese accounting minus), `-` (also `－`), − U+2212, hyphens U+2010–2013. */
export function isMinus(c: number): boolean {
  return c === 0x2d || c === 0xff0d || c === 0x25b2 || c === 0x25b3 || c === 0x2212 || (c >= 0x2010 && c <= 0x2013);
}

// ---------------------------------------------------------------------------
// Before the number.

/**
 * Reads what may stand before a number from pos: spaces, the prefix words
 * (any number, any order), one sign (▲ △ - − +), ¥. Sets scan.end, scan.negative, scan.yen.
 */
export function scanLead(scan: NumberScan, s: string, pos: number): void {
  let p = pos;
  let signed = false;
  scan.negative = false;
  scan.yen = false;
  outer: for (;;) {
    while (p < s.length && isSpace(s.charCodeAt(p))) p++;
    if (p >= s.length) break;
    const c = s.charCodeAt(p);
    if (!signed && (isMinus(c) || fold(c) === 0x2b)) {
      signed = true;
      scan.negative = fold(c) !== 0x2b;
      p++;
      continue;
    }
    if (!scan.yen && (c === 0xa5 || c === 0xffe5)) {
      scan.yen = true;
      p++;
      continue;
    }
    if (PREFIX_FIRST_CHARS.has(c)) {
      for (const w of PREFIX_WORDS) {
        if (s.startsWith(w, p)) {
          applyPrefix(scan, w);
          p += w.length;
          continue outer;
        }
      }
    }
    break;
  }
  scan.end = p;
}

// ---------------------------------------------------------------------------
// The number: digit groups with Japanese scales.

const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Beyond 15 significant digits the mantissa is no longer exact: fall back to Number(text). */
const MAX_EXACT_DIGITS = 15;

function digitAt(s: string, i: number): number {
  if (i >= s.length) return -1;
  const c = fold(s.charCodeAt(i)) - 0x30;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * One group of digits at p: `2,225,188`, `14.8`, `.5` (commas only as whole
 * thousands groups: `12,3456` reads 12), into the scan's group fields. False when p holds no number.
 */
function scanGroup(scan: NumberScan, s: string, p: number): boolean {
  let i = p;
  let m = 0;
  let n = 0;
  let d = digitAt(s, i);
  if (d >= 0) {
    while (d >= 0) {
      m = m * 10 + d;
      n++;
      d = digitAt(s, ++i);
    }
    if (n <= 3) {
      // Thousands groups: `,ddd` not followed by a further digit.
      while (i < s.length && fold(s.charCodeAt(i)) === 0x2c) {
        const a = digitAt(s, i + 1);
        const b = digitAt(s, i + 2);
        const c = digitAt(s, i + 3);
        if (a < 0 || b < 0 || c < 0 || digitAt(s, i + 4) >= 0) break;
        m = m * 1000 + a * 100 + b * 10 + c;
        n += 3;
        i += 4;
      }
    }
  } else if (!(i < s.length && fold(s.charCodeAt(i)) === 0x2e && digitAt(s, i + 1) >= 0)) {
    return false;
  }
  let k = 0;
  if (i < s.length && fold(s.charCodeAt(i)) === 0x2e && digitAt(s, i + 1) >= 0) {
    i++;
    d = digitAt(s, i);
    while (d >= 0) {
      m = m * 10 + d;
      k++;
      d = digitAt(s, ++i);
    }
  }
  scan.mantissa = m;
  scan.fractionDigits = k;
  scan.digits = n + k;
  scan.groupEnd = i;
  return true;
}

/** The digits of the group p..end as plain ASCII without commas (for the rare long numbers). */
function groupText(s: string, p: number, end: number): string {
  let t = "";
  for (let i = p; i < end; i++) {
    const c = fold(s.charCodeAt(i));
    if (c !== 0x2c) t += String.fromCharCode(c);
  }
  return t;
}

/** The value of the group just scanned at p, times 10^exp, correctly rounded (as Number("…e…") would give). */
function groupValue(scan: NumberScan, s: string, p: number, exp: number): number {
  if (scan.digits <= MAX_EXACT_DIGITS) {
    const shift = exp - scan.fractionDigits;
    if (shift >= 0 && shift < POW10.length) return scan.mantissa * POW10[shift];
    if (shift < 0 && -shift < POW10.length) return scan.mantissa / POW10[-shift];
  }
  return Number(groupText(s, p, scan.groupEnd) + "e" + exp);
}

/** 百 千 万 億 兆 as powers of ten; 0 for any other character. */
function scaleExp(c: number): number {
  switch (c) {
    case 0x767e: // 百
      return 2;
    case 0x5343: // 千
      return 3;
    case 0x4e07: // 万
      return 4;
    case 0x5104: // 億
      return 8;
    case 0x5146: // 兆
      return 12;
    default:
      return 0;
  }
}

/**
 * Reads `1億2,000万`, `3万5千`, `1.5万`, `1,200千`, `2,225,188` at pos (spaces
 * allowed before a scale: `1,200 千円`). A later group must be of a lower
 * scale and less than one unit of the group before it (`1億2,000万` yes;
 * `1万20000` stops after 1万); a bare last group only after 万 or above
 * (`1万500`). Sets scan.value and scan.end; false when pos holds no number.
 */
export function scanNumber(scan: NumberScan, s: string, pos: number): boolean {
  let total = 0;
  let prevExp = Infinity;
  let p = pos;
  let any = false;
  for (;;) {
    if (!scanGroup(scan, s, p)) break;
    // A scale after the group: 千, 万, 億, 兆, or 百/千 followed by 万/億/兆 (千万, 百万).
    let e = scan.groupEnd;
    while (e < s.length && isSpace(s.charCodeAt(e))) e++;
    let exp = e < s.length ? scaleExp(s.charCodeAt(e)) : 0;
    let end = scan.groupEnd;
    if (exp !== 0) {
      end = e + 1;
      if (exp <= 3 && end < s.length) {
        const big = scaleExp(s.charCodeAt(end));
        if (big >= 4) {
          exp += big;
          end++;
        }
      }
    }
    if (any && (exp >= prevExp || (exp === 0 && prevExp < 4))) break;
    const part = groupValue(scan, s, p, exp);
    if (any && part >= POW10[prevExp]) break;
    total += part;
    p = end;
    any = true;
    prevExp = exp;
    if (exp === 0) break;
  }
  if (!any) return false;
  scan.value = total;
  scan.end = p;
  return true;
}
