/**
 * Excel number format codes (`yyyy/m/d`, `0.0%`, `[$-ja-JP]ggge年m月d日`):
 * only what the readers need to know — does the format show a date, does it
 * show a percentage. Literal text is ignored: `"yy"` or `\d` in quotes or
 * escaped is not a date token.
 */

/** Quoted literals, escaped characters, `_x` spacing, `*x` fill. */
const LITERALS = /"[^"]*"|\\.|_.|\*./g;
/** Elapsed-time brackets ([h], [mm], [ss]) and AM/PM markers are time tokens. */
const TIME_TOKENS = /\[(?:h+|m+|s+)\]|AM\/PM|A\/P/gi;
/** Other brackets: colours, conditions, locale / currency ([$-ja-JP], [$¥-411], [DBNum1]). */
const BRACKETS = /\[[^\]]*\]/g;
/** `General` (holds an `e`), Japanese Excel's `G/標準` (holds a `g`), scientific exponents (`0.00E+00`). */
const NOT_DATE_WORDS = /general|g\/標準|e[+-]/gi;
/** Year, day, era (`g`, `e` in Japanese formats) tokens. */
const DATE_TOKEN = /[ydge]/i;
const MONTH_TOKEN = /m/i;
/** With an hour or second token, `m` is minutes. */
const CLOCK_TOKEN = /[hs]/i;

/** The format with literals, brackets and `General` removed: only tokens remain. */
function tokensOf(format: string): string {
  return format.replace(LITERALS, "").replace(TIME_TOKENS, "h").replace(BRACKETS, "").replace(NOT_DATE_WORDS, "");
}

/**
 * True when the format shows a date: it has a year, day or era token, or a
 * month token without hour/second (in `h:mm` or `mm:ss` the `m` is minutes).
 * A time-only format (`h:mm`, `[h]:mm:ss`) is not a date.
 */
export function isDateFormat(format: string | null): boolean {
  // Not cached: only a milestone's numeric actual is asked about (see done.ts), and the core keeps no state between calls.
  if (format === null || format === "") return false;
  const t = tokensOf(format);
  return DATE_TOKEN.test(t) || (MONTH_TOKEN.test(t) && !CLOCK_TOKEN.test(t));
}

/** True when the format shows the value as a percentage (`0%`, `0.0%`; not `0"%"`). */
export function isPercentFormat(format: string | null): boolean {
  if (format === null || format.indexOf("%") < 0) return false;
  return tokensOf(format).indexOf("%") >= 0;
}
