/**
 * Dates as Excel stores them (serial numbers with a date format) and as staff
 * type them (`2015/3/20`, `平成27年3月20日`, `R7.3.31`). A milestone's actual
 * may be the date it was done (contract §4).
 */
import { ERA_PATTERN, eraByName, eraOn, eraYearNumber, eraYearToWestern, resolveEralessYear } from "./era";
import { nfkc } from "./text";

export { isDateFormat } from "./number-format";

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Serial of 1970-01-01 in Excel's 1900 system, and in the 1904 system. */
const UNIX_EPOCH_1900 = 25569;
const UNIX_EPOCH_1904 = 24107;
/** Serial of 9999-12-31, the last day Excel shows. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

/** Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * An Excel serial date to its calendar day (the time of day is dropped).
 * 1900 system: 1 = 1900-01-01, and Excel's fictitious 1900-02-29 is serial 60
 * (kept, as Excel shows it), so serials from 61 on are days since 1899-12-30.
 * 1904 system (old Mac workbooks): 0 = 1904-01-01.
 * Null outside what Excel can show (below 1 / 0, beyond 9999-12-31, not finite).
 */
export function serialToDate(serial: number, date1904 = false): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const n = Math.floor(serial);
  if (date1904) {
    if (n < 0 || n > MAX_SERIAL_1904) return null;
    return civilFromDays(n - UNIX_EPOCH_1904);
  }
  if (n < 1 || n > MAX_SERIAL_1900) return null;
  if (n === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(n < 60 ? n - UNIX_EPOCH_1900 + 1 : n - UNIX_EPOCH_1900);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; a month of an unknown year may have 29 February days. */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2 && (year === null || isLeap(year))) return 29;
  return MONTH_DAYS[month - 1];
}

/** A date read from text: year null when none was written (`3月20日`), day null for a month (`2015年3月`). */
export interface DateText {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
  /** The text after the date (NFKC, trimmed), e.g. `策定` in `2015/3/20策定`. */
  readonly rest: string;
}

const Y_M_D_SEP = /^(\d{4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/;
const Y_M_D_KANJI = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;
const ERA_M_D_KANJI = new RegExp(`^(${ERA_PATTERN})\\s*(\\d{1,3}|元)\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?`, "i");
const ERA_M_D_SEP = new RegExp(`^(${ERA_PATTERN})\\s*(\\d{1,3}|元)\\s*([/.\\-])\\s*(\\d{1,2})(?:\\s*\\3\\s*(\\d{1,2}))?(?!\\d)`, "i");
const ERALESS_M_D_KANJI = /^(\d{1,3}|元)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;
const M_D_KANJI = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** A time after the date (`2015/03/20 0:00:00`) belongs to it. */
const TIME_AFTER = /^\s*\d{1,2}:\d{2}(?::\d{2})?/;

function valid(year: number | null, month: number, day: number | null): boolean {
  if (!(month >= 1 && month <= 12)) return false;
  return day === null || (day >= 1 && day <= daysInMonth(year, month));
}

function result(year: number | null, month: number, day: number | null, s: string, end: number): DateText | null {
  if (!valid(year, month, day)) return null;
  let rest = s.slice(end);
  const t = TIME_AFTER.exec(rest);
  if (t !== null) rest = rest.slice(t[0].length);
  return { year, month, day, rest: rest.trim() };
}

/** An era date as written: `平成`, `27`, its month and day (null when not written). */
interface EraDateParts {
  readonly era: string;
  readonly year: string;
  readonly month: number;
  readonly day: number | null;
}

/** An era date ending at `end` of s: the era year must exist and the day (or some day of the month) fall within the era. */
function eraDate(parts: EraDateParts, s: string, end: number): DateText | null {
  const { month, day } = parts;
  const era = eraByName(parts.era);
  if (era === undefined) return null;
  const year = eraYearToWestern(era, eraYearNumber(parts.year));
  if (year === null || !valid(year, month, day)) return null;
  const inEra =
    day !== null
      ? eraOn(year, month, day) === era
      : eraOn(year, month, 1) === era || eraOn(year, month, daysInMonth(year, month)) === era;
  return inEra ? result(year, month, day, s, end) : null;
}

/**
 * A date at the start of a text: `2015/3/20`, `2015-03-20`, `2015年3月20日`,
 * `2015年3月`, `平成27年3月20日`, `H27.3.20`, `R7.3.31`, `令和元年5月`, `27年3月`
 * (era year read against contextYear), `3月20日` (no year). Null when the
 * text does not start with a real date (`2015/2/30`, `平成31年5月1日`).
 */
export function readDateText(text: string, contextYear: number | null = null): DateText | null {
  const s = nfkc(text).trim();
  let m = Y_M_D_SEP.exec(s);
  if (m !== null) return result(Number(m[1]), Number(m[3]), Number(m[4]), s, m[0].length);
  m = Y_M_D_KANJI.exec(s);
  if (m !== null) return result(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]), s, m[0].length);
  m = ERA_M_D_KANJI.exec(s);
  if (m !== null) return eraDate({ era: m[1], year: m[2], month: Number(m[3]), day: m[4] === undefined ? null : Number(m[4]) }, s, m[0].length);
  m = ERA_M_D_SEP.exec(s);
  if (m !== null) return eraDate({ era: m[1], year: m[2], month: Number(m[4]), day: m[5] === undefined ? null : Number(m[5]) }, s, m[0].length);
  m = ERALESS_M_D_KANJI.exec(s);
  if (m !== null) {
    const year = resolveEralessYear(eraYearNumber(m[1]), contextYear);
    if (year === null) return null;
    return result(year, Number(m[2]), m[3] === undefined ? null : Number(m[3]), s, m[0].length);
  }
  m = M_D_KANJI.exec(s);
  if (m !== null) return result(null, Number(m[1]), Number(m[2]), s, m[0].length);
  return null;
}
