/**
 * Fiscal years (年度, April–March) and eras (contract §2, §4): `平成27年度`,
 * `H27`, `令和元年度`, `2015年度`, `FY2015`, `27年度` (an era year without era),
 * and the due period inside a milestone target (`27年度末までに策定`).
 * Years are the western year in which the fiscal year starts (平成26年度 → 2014).
 */
import type { Lang, Point } from "../settings";
import {
  ERA_PATTERN,
  eraByName,
  eraOfFiscalYear,
  eraOn,
  eraYearNumber,
  eraYearToWestern,
  isContinuedEraYear,
  resolveEralessYear,
} from "./era";
import { daysInMonth } from "./date";
import { nfkc } from "./text";

const SPACES = /\s+/g;

/** What may follow a fiscal year that names one (`平成26年度末`, `FY2014 first half`). */
const PERIOD_SUFFIX = "(?:の)?(?:末|上半期末?|上期末?|前期末?|下半期末?|下期末?|後期末?|当初|中|内|yearend|firsthalf|secondhalf)?";
const WESTERN_FY = new RegExp(`^(?:FY)?([12]\\d{3})(?:年度?)?${PERIOD_SUFFIX}$`, "i");
const ERA_FY = new RegExp(`^(${ERA_PATTERN})(\\d{1,3}|元)(?:年度?)?${PERIOD_SUFFIX}$`, "i");
/** Without era the 年 or 年度 is required: a bare `27` is no year. */
const ERALESS_FY = new RegExp(`^(\\d{1,3}|元)年度?${PERIOD_SUFFIX}$`, "i");

/**
 * Reads a fiscal year written as `平成27年度`, `H27年度`, `H27`, `令和元年度`,
 * `R6年度`, `令和6年`, `2015年度`, `FY2015`, `2015`, or `27年度` / `27年度末`
 * (an era year without era: see resolveEralessYear — the era of contextYear,
 * itself a western year; the latest era, 令和, when contextYear is null).
 * A period after it (末, 上半期末, 当初, ...) is allowed and ignored.
 * Returns the western year in which the fiscal year starts, or null when the
 * text holds none (or an era year that never existed: 令和0年度, 平成0年度).
 * An era year past its era's end is the year it names in a plan written
 * before the change: 平成32年度 → 2020 (Heisei ended in its 31st year, but
 * every plan made before 2019 counts on).
 */
export function readFiscalYear(text: string, contextYear: number | null): number | null {
  const t = nfkc(text).replace(SPACES, "");
  let m = WESTERN_FY.exec(t);
  if (m !== null) return Number(m[1]);
  m = ERA_FY.exec(t);
  if (m !== null) {
    const era = eraByName(m[1]);
    return era === undefined ? null : eraYearToWestern(era, eraYearNumber(m[2]), true);
  }
  m = ERALESS_FY.exec(t);
  if (m !== null) return resolveEralessYear(eraYearNumber(m[1]), contextYear);
  return null;
}

/** The fiscal year a calendar month falls in: January–March belong to the year before. */
export function fiscalYearOfMonth(year: number, month: number): number {
  return month <= 3 ? year - 1 : year;
}

/** By the end of a month: April–September is due at the half, October–March at the year end. */
function pointOfMonth(month: number): Point {
  return month >= 4 && month <= 9 ? "half" : "yearEnd";
}

export interface DuePeriod {
  /** Western year in which the fiscal year starts. */
  readonly year: number;
  readonly point: Point;
}

const ERA_GROUP = `(?<![A-Za-z])(${ERA_PATTERN})`;
const ERA_YEAR = "(\\d{1,3}|元)";
/**
 * Every way a due period names its year, in one scan. Groups:
 * 1 FY2015 · 2 2015年度 · 3,4 2026年3月 · 5,6 2026/3(/31) · 7,8 令和7年度 · 9,10,11 令和8年3月 ·
 * 12,13,14 R8.3(.31) · 15 27年度 · 16,17 28年3月 · 18,19 令和8年.
 */
const DUE_PHRASES = new RegExp(
  [
    `(?<![A-Za-z])FY([12]\\d{3})`,
    `(?<!\\d)([12]\\d{3})年度`,
    `(?<!\\d)([12]\\d{3})年(\\d{1,2})月`,
    `(?<![\\d.])([12]\\d{3})[/.\\-](\\d{1,2})(?:[/.\\-]\\d{1,2})?(?![\\d.])`,
    `${ERA_GROUP}${ERA_YEAR}年度`,
    `${ERA_GROUP}${ERA_YEAR}年(\\d{1,2})月`,
    `${ERA_GROUP}${ERA_YEAR}[/.](\\d{1,2})(?:[/.]\\d{1,2})?(?![\\d.])`,
    `(?<![\\d.A-Za-z])${ERA_YEAR}年度`,
    `(?<![\\d.A-Za-z])${ERA_YEAR}年(\\d{1,2})月`,
    `${ERA_GROUP}${ERA_YEAR}年(?!\\d)`,
  ].join("|"),
  "gi",
);
/** After a fiscal year: its first half (上半期, 上期, 前期, 第1/第2四半期, 9月). */
const HALF_AFTER = /^(?:の)?(?:上半期|上期|前期|第?[12]四半期|9月)/;
/** After a year: `末までに`, `上半期末まで`, `中に`…: the phrase that sets the deadline. */
const UNTIL_AFTER = /^(?:\d{1,2}日)?(?:の)?(?:上半期|上期|前期|下半期|下期|後期|第?[1-4]四半期)?(?:末|中|内)?(?:頃|ごろ)?(?:まで|迄)/;
/** No year at all: this fiscal year (`年度末までに`, `上半期末までに`, `9月末までに`). */
const HALF_ONLY = /上半期|上期/;
const YEAR_ONLY = /年度末|年度内|年度中|今年度|本年度/;
const MONTH_ONLY = /(?<!\d)(\d{1,2})月末?(?:まで|迄)/;

function eraWestern(eraText: string, yearText: string): number | null {
  const era = eraByName(eraText);
  return era === undefined ? null : eraYearToWestern(era, eraYearNumber(yearText), true);
}

/** A calendar month as a due period (March 2026 → FY2025 year end), checked against its era when there is one. */
function monthCandidate(year: number | null, month: number, eraText: string | null): DuePeriod | null {
  if (year === null || !(month >= 1 && month <= 12)) return null;
  if (eraText !== null) {
    const era = eraByName(eraText);
    // 令和元年3月 never was; 平成32年3月 is a plan's wording from before the change (continued era).
    const continued = era !== undefined && isContinuedEraYear(era, year - era.startYear + 1);
    if (era !== undefined && !continued && eraOn(year, month, daysInMonth(year, month)) !== era && eraOn(year, month, 1) !== era) return null;
  }
  return { year: fiscalYearOfMonth(year, month), point: pointOfMonth(month) };
}

function candidateOf(m: RegExpExecArray, t: string, contextYear: number | null): DuePeriod | null {
  const after = t.slice(m.index + m[0].length);
  const fiscal = (year: number | null): DuePeriod | null =>
    year === null ? null : { year, point: HALF_AFTER.test(after) ? "half" : "yearEnd" };
  if (m[1] !== undefined) return fiscal(Number(m[1]));
  if (m[2] !== undefined) return fiscal(Number(m[2]));
  if (m[3] !== undefined) return monthCandidate(Number(m[3]), Number(m[4]), null);
  if (m[5] !== undefined) return monthCandidate(Number(m[5]), Number(m[6]), null);
  if (m[7] !== undefined) return fiscal(eraWestern(m[7], m[8]));
  if (m[9] !== undefined) return monthCandidate(eraWestern(m[9], m[10]), Number(m[11]), m[9]);
  if (m[12] !== undefined) return monthCandidate(eraWestern(m[12], m[13]), Number(m[14]), m[12]);
  if (m[15] !== undefined) return fiscal(resolveEralessYear(eraYearNumber(m[15]), contextYear));
  if (m[16] !== undefined) return monthCandidate(resolveEralessYear(eraYearNumber(m[16]), contextYear), Number(m[17]), null);
  if (m[18] !== undefined) return fiscal(eraWestern(m[18], m[19]));
  return null;
}

/**
 * The due period inside a milestone target: `27年度末までに策定` → 2015 year end,
 * `令和7年度末までに策定` → 2025, `（目標）（27年度末までに）策定` → 2015,
 * `2026年3月までに` → 2025 year end (March 2026 ends FY2025), `27年度上半期` or
 * `2025年9月まで` → half. When several years are named, the one followed by
 * まで wins, else the last (`26年度に検討、28年度に策定` → 2016). With no year
 * but `年度末` / `上半期` / `9月末まで`, the context year (null without one).
 * `平成32年度末までに` → 2020 (an ended era counts on in plans written before the change).
 * Null when the text names no period, or only years that never existed (`令和0年度末まで`).
 */
export function readDueFiscalYear(text: string, contextYear: number | null): DuePeriod | null {
  const t = nfkc(text).replace(SPACES, "");
  let last: DuePeriod | null = null;
  let named = false;
  // A copy per call: a global regex's exec loop keeps its place in lastIndex, and the core keeps no state between calls.
  const phrases = new RegExp(DUE_PHRASES);
  for (let m = phrases.exec(t); m !== null; m = phrases.exec(t)) {
    named = true;
    const c = candidateOf(m, t, contextYear);
    if (c === null) continue;
    if (UNTIL_AFTER.test(t.slice(m.index + m[0].length))) return c;
    last = c;
  }
  // A year that is named but never existed (令和0年度末) is not "this year's end".
  if (last !== null || named || contextYear === null) return last;
  const month = MONTH_ONLY.exec(t);
  if (month !== null) {
    const mo = Number(month[1]);
    if (mo >= 1 && mo <= 12) return { year: contextYear, point: pointOfMonth(mo) };
  }
  if (HALF_ONLY.test(t)) return { year: contextYear, point: "half" };
  if (YEAR_ONLY.test(t)) return { year: contextYear, point: "yearEnd" };
  return null;
}

/**
 * 2014 → 平成26年度 (ja) / FY2014 (en).
 *
 * Which era names a fiscal year that straddles an era change: the era in
 * force at the end of the calendar year in which the fiscal year starts.
 * FY2019 (April 2019 – March 2020) began in 平成31 but staff write
 * 令和元年度; FY2018 is 平成30年度; FY1988 (whose March 1989 fell in 平成)
 * was 昭和63年度. The lead's suggested rule — the era on the fiscal year's
 * last day, 31 March — gives the same name for every year from 1989 on, but
 * would call FY1988 平成0年度; this rule does not.
 * Years before 明治 are written as western years (`1850年度`).
 */
export function formatFiscalYear(year: number, lang: Lang): string {
  if (lang === "en") return "FY" + String(year);
  const era = eraOfFiscalYear(year);
  if (era === undefined) return String(year) + "年度";
  const n = year - era.startYear + 1;
  return era.name + (n === 1 ? "元" : String(n)) + "年度";
}

/** 2014 + yearEnd → 平成26年度末 / FY2014 year end; 2014 + half → 平成26年度上半期末 / FY2014 first half. */
export function formatPeriod(year: number, point: Point, lang: Lang): string {
  if (lang === "en") return formatFiscalYear(year, "en") + (point === "half" ? " first half" : " year end");
  return formatFiscalYear(year, "ja") + (point === "half" ? "上半期末" : "末");
}
