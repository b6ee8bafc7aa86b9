/**
 * Numbers inside longer texts, for the target reader: `前年比5％以上`,
 * `アクセス件数：(目標) 220万件以上／年`, `27年度末までに100件`. Same number
 * grammar as readNumberText (number-scan.ts), but the unit is taken only from
 * a list of known units, since the text goes on after it.
 */
import { applyPrefix, applySuffix, NumberScan, numberValue, PREFIX_WORDS, scanNumber, SUFFIX_WORDS } from "./number-scan";
import type { NumberValue } from "./number";
import { isWhiteSpace, nfkc } from "./text";

/** A number found inside a longer text; start/end are UTF-16 offsets into the text as given (not normalised). */
export interface FoundNumber {
  readonly reading: NumberValue;
  /** Offset of the first character of the expression (its 約 / sign, if any). */
  readonly start: number;
  /** Offset just past the expression (its unit and 以上 / 増 / ／年, if any). */
  readonly end: number;
}

/**
 * Units recognised right after a number. 年 and 月 are not units here: after
 * a number they make a date or a fiscal year.
 */
const KNOWN_UNITS: readonly string[] = [
  "パーセント", "ポイント", "ページ", "コース", "トン", "キロ", "メートル",
  "団体", "世帯", "時間", "か所", "ヶ所", "カ所", "ケ所", "ヵ所", "箇所", "個所", "か月", "ヶ月", "カ月", "ケ月", "ヵ月",
  "施設", "店舗", "事業", "項目", "講座", "区画", "路線", "教室", "地区", "人日", "人回", "種類", "組織", "企業", "家族",
  "%", "件", "人", "名", "円", "回", "日", "校", "社", "台", "本", "冊", "枚", "戸", "棟", "園", "店", "分", "週",
  "倍", "歳", "点", "個", "部", "通", "便", "席", "室", "基", "機", "者", "種", "組", "隻", "頭", "匹", "株", "箇",
  "km2", "km", "m2", "m3", "m", "kg", "kwh", "kw", "ha", "t", "pt",
];
/** Words by their first character, each list in the order given: after a number, one lookup rules most texts out. */
function byFirstChar(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const by = new Map<number, string[]>();
  for (const word of words) {
    const list = by.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    by.set(word.charCodeAt(0), list);
  }
  return by;
}
/** The known units (lower case), longest first, so that `時間` wins over a shorter unit. */
const UNITS_BY_FIRST = byFirstChar([...KNOWN_UNITS].sort((a, b) => b.length - a.length));
/** 以上, 増加 … in the order they are tried (増加 before 増, /年度 before /年). */
const QUALIFIERS_BY_FIRST = byFirstChar(SUFFIX_WORDS.split("|"));

/** Before a number: an era, FY, 第, No., an era letter (`H27`), `3月` (the day of `3月20日`), `2026/` (later date parts). */
const NOT_A_QUANTITY_BEFORE =
  /(?:明治|大正|昭和|平成|令和|第|[Ff][Yy]|[Nn]o\.?|№|(?<![A-Za-z])[MTSHRmtshr]|\d\s*月|\d[/.\-])\s*$/;
const PREFIX_BEFORE = new RegExp(`(${PREFIX_WORDS.join("|")})\\s*$`);
const SIGN_BEFORE = /([-+▲△\u2212\u2010-\u2013])\s*$/;
const DIGIT = /\d/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Bases followed by combining marks (half-width ﾞﾟ become combining) are normalised together. */
const COMBINING = /[\u0300-\u036f\u3099\u309a\uff9e\uff9f]/;
/** How far back a sign or prefix word may stand. */
const LOOK_BACK = 8;

/** Offset past the white space at `at`. */
function skipSpaces(s: string, at: number): number {
  while (at < s.length && isWhiteSpace(s.charCodeAt(at))) at++;
  return at;
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `word` (lower case) stands at `at` of `s`, latin letters compared without case. */
function wordAt(s: string, at: number, word: string): boolean {
  if (at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = s.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Offset past the known unit after `at` (white space may come first), or -1.
 * A latin unit must end the word: `5t` is a unit, `5th` is not.
 */
function pastUnit(s: string, at: number): number {
  const p = skipSpaces(s, at);
  let c = s.charCodeAt(p);
  if (c >= 65 && c <= 90) c += 32;
  const units = UNITS_BY_FIRST.get(c);
  if (units === undefined) return -1;
  for (const unit of units) {
    if (wordAt(s, p, unit) && !isLatinLetter(s.charCodeAt(p + unit.length))) return p + unit.length;
  }
  return -1;
}

/** Offset past the qualifier (以上, ／年 …) after `at` (white space may come first), or -1. */
function pastQualifier(s: string, at: number): number {
  const p = skipSpaces(s, at);
  const words = QUALIFIERS_BY_FIRST.get(s.charCodeAt(p));
  if (words !== undefined) for (const word of words) if (s.startsWith(word, p)) return p + word.length;
  return -1;
}

/** After a number at `at`: a fiscal year, a date or an ordinal (`27年度`, `3月`, `2次`, `2026/3/31`), not a quantity. */
function notAQuantityAfter(s: string, at: number): boolean {
  const p = skipSpaces(s, at);
  const c = s.charCodeAt(p);
  const next = s.charCodeAt(p + 1);
  if (c === 0x5e74 /* 年 */ || c === 0x6708 /* 月 */) return next !== 0x9593 /* 間 */;
  if (c === 0x6b21 /* 次 */ || c === 0x671f /* 期 */) return true;
  return (c === 47 || c === 46 || c === 45) /* / . - */ && isAsciiDigit(next);
}

/** Offset of the first ASCII digit (what `\d` matches) at or after `from`; -1 when none. Allocates nothing, unlike a regex match. */
function nextDigit(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/**
 * NFKC of text with, for every UTF-16 unit of the result, the offset of the
 * source character it came from (map has one extra entry: text.length).
 */
function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = "";
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (j < text.length && COMBINING.test(text[j])) j++;
    const piece = nfkc(text.slice(i, j));
    for (let k = 0; k < piece.length; k++) map.push(i);
    norm += piece;
    i = j;
  }
  map.push(text.length);
  return { norm, map };
}

/**
 * The first number in a longer text, searching from offset `from`:
 * `前年比5％以上` → 5 % (bound atLeast), `220万件以上／年` → 2,200,000 件 (per year),
 * `年間１００人以上` → 100 人. Dates, fiscal years and ordinals are skipped
 * (`27年度末までに100件` → 100 件; `令和7年度末までに策定` → null). The unit
 * comes only from a list of known units (件, 人, 団体, %, 円, か所, ...), so
 * `5人の職員` gives 人. Null when the text holds no such number.
 */
export function findNumber(text: string, from = 0, scan: NumberScan = new NumberScan()): FoundNumber | null {
  let norm = text;
  let map: number[] | null = null;
  let pos = from;
  if (nfkc(text) !== text) {
    ({ norm, map } = normalizeWithMap(text));
    pos = 0;
    while (pos < map.length - 1 && map[pos] < from) pos++;
  }

  scan.reset();
  for (let at = nextDigit(norm, pos); at >= 0; at = nextDigit(norm, at + 1)) {
    let numStart = at;
    // `.5`: a leading point that does not follow a digit.
    if (numStart > 0 && norm[numStart - 1] === "." && !(numStart > 1 && DIGIT.test(norm[numStart - 2]))) numStart--;
    if (!scanNumber(scan, norm, numStart)) continue;
    const magnitude = scan.value;
    let end = scan.end;
    const before = norm.slice(Math.max(0, numStart - LOOK_BACK), numStart);
    if (!Number.isFinite(magnitude) || notAQuantityAfter(norm, end) || NOT_A_QUANTITY_BEFORE.test(before)) {
      // Search on after the number (the loop adds 1).
      at = Math.max(end, at + 1) - 1;
      continue;
    }

    scan.resetQualifiers();
    let start = numStart;
    let negative = false;
    const sign = SIGN_BEFORE.exec(before);
    if (sign !== null) {
      const signAt = numStart - sign[0].length;
      const prev = signAt > 0 ? norm[signAt - 1] : "";
      // `R6-7`, `A-1` hold a hyphen, not a minus; ▲ and △ are always signs.
      if (sign[1] === "▲" || sign[1] === "△" || !LETTER_OR_DIGIT.test(prev)) {
        negative = sign[1] !== "+";
        start = signAt;
      }
    }
    for (let p = PREFIX_BEFORE.exec(norm.slice(Math.max(0, start - LOOK_BACK), start)); p !== null; ) {
      applyPrefix(scan, p[1]);
      start -= p[0].length;
      p = PREFIX_BEFORE.exec(norm.slice(Math.max(0, start - LOOK_BACK), start));
    }

    let unit: string | null = null;
    const unitEnd = pastUnit(norm, end);
    if (unitEnd >= 0) {
      const u = norm.slice(skipSpaces(norm, end), unitEnd);
      end = unitEnd;
      unit = u === "パーセント" ? "%" : u;
    }
    for (let q = pastQualifier(norm, end); q >= 0; q = pastQualifier(norm, end)) {
      applySuffix(scan, norm.slice(skipSpaces(norm, end), q));
      end = q;
    }

    const reading = numberValue(negative ? -magnitude : magnitude, unit, unit === "%", scan.collectedQualifiers());
    if (map === null) return { reading, start, end };
    // Back to offsets in the text as given; an end inside one character's expansion moves past it.
    let k = end;
    while (k > 0 && k < map.length - 1 && map[k] === map[k - 1]) k++;
    return { reading, start: map[start], end: map[k] };
  }
  return null;
}
