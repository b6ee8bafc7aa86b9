/**
 * Writing text that stays text. `range.values = [["-5項目"]]` makes Excel
 * parse the string as if typed: `=`, `+`, `-` (and `@` in current Excel) start
 * a formula, `#N/A` becomes an error, `TRUE` a boolean, `0123`, `1,000`,
 * `50%`, `2015/4/1`, `4月1日` or `１２３` a number or date.
 *
 * Choice: prefix such strings with an apostrophe, which Excel strips and keeps
 * as the cell's prefix character, storing the rest as text exactly. Not the
 * alternative (number format "@" on those cells): that needs a format write
 * per scattered cell (slow on the web, office-js#5852), must precede the
 * value write, and would turn a later-typed number in that cell into text.
 * The apostrophe costs one byte and shows only in the formula bar.
 *
 * Guarded: a string starting with = + - @ ' # or their full-width forms,
 * containing any digit (ASCII or full-width: numbers, dates, times, percents,
 * 和暦), or reading TRUE/FALSE. Other text is written as is.
 */
const RISKY_START = /^[=+\-@'#＝＋－＠＃]/;
const DIGIT = /[0-9０-９]/;
const BOOLEAN = /^\s*(?:true|false)\s*$/i;

export function needsTextGuard(s: string): boolean {
  return s.length > 0 && (RISKY_START.test(s) || DIGIT.test(s) || BOOLEAN.test(s));
}

/** The value to put in `range.values` so the cell holds exactly `s` as text. */
export function asExcelText(s: string): string {
  return needsTextGuard(s) ? "'" + s : s;
}

/** A model value as written to `range.values`: text guarded, numbers as numbers, non-finite numbers as their text. */
export function excelValue(v: string | number | null | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  return asExcelText(v);
}
