/**
 * What Excel stores when `range.values = [[x]]` writes x into a cell: it parses
 * strings as if the user typed them (docs, Range.values: a value starting with
 * "+", "-" or "=" is interpreted as a formula). Modelled here so tests can
 * catch text that silently turns into a formula, a number, a date or an error:
 *
 * - `'abc`  → text `abc` (the apostrophe is Excel's prefix character, dropped)
 * - cell formatted `@` → the string as is, always text
 * - `=…`    → formula; `+…`, `-…`, `@…` → formula `=…` unless a plain number
 * - `#N/A`, `#DIV/0!`, … → that error value
 * - `TRUE` / `false` → boolean
 * - `123`, `1,234.5`, `-5`, `+81`, `50%`, `1e3` → number (percent: /100, format `0%`)
 * - `2015-04-01`, `2015/4/1` → a date serial with format `yyyy/m/d`
 * - anything else → text
 *
 * The fake does not calculate: a formula cell's cached value is null.
 */
import type { FakeValue } from "./state";

export interface StoredCell {
  readonly value: FakeValue;
  readonly formula: string | null;
  readonly prefixed: boolean;
  /** A number format Excel picks by itself (percent, date), if any. */
  readonly numberFormat: string | null;
}

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!"];

const NUMBER = /^\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*%\s*$/;
const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;

/** Excel's serial number of a date (1900 system, with its fictitious 1900-02-29). */
export function dateSerial(y: number, m: number, d: number): number {
  const ms = Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30);
  return Math.round(ms / 86400000);
}

function plainNumber(s: string): number | null {
  if (!/\d/.test(s) || !NUMBER.test(s)) return null;
  const n = Number(s.replace(/,/g, "").trim());
  return Number.isFinite(n) ? n : null;
}

/**
 * The cell a written value becomes. `undefined` and `null` mean "leave the
 * cell as it is" (Office.js semantics for null entries in a written array).
 */
export function storeWritten(input: unknown, cellFormat: string): StoredCell | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") return { value: input, formula: null, prefixed: false, numberFormat: null };
  if (typeof input === "boolean") return { value: input, formula: null, prefixed: false, numberFormat: null };
  if (typeof input !== "string") throw new TypeError("unsupported cell value " + JSON.stringify(input));
  const s = input;
  const text = (t: string, prefixed = false): StoredCell => ({ value: t === "" ? null : t, formula: null, prefixed, numberFormat: null });
  if (s === "") return text("");
  if (cellFormat === "@") return text(s);
  if (s.startsWith("'")) return text(s.slice(1), true);
  if (s.startsWith("=") && s.length > 1) return { value: null, formula: s, prefixed: false, numberFormat: null };
  const n = plainNumber(s);
  if (n !== null) return { value: n, formula: null, prefixed: false, numberFormat: null };
  if (/^[+\-@]/.test(s)) return { value: null, formula: "=" + s, prefixed: false, numberFormat: null };
  const upper = s.trim().toUpperCase();
  if (ERROR_LITERALS.includes(upper)) return { value: { error: upper }, formula: null, prefixed: false, numberFormat: null };
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE", formula: null, prefixed: false, numberFormat: null };
  const p = PERCENT.exec(s);
  if (p) return { value: Number(p[1]) / 100, formula: null, prefixed: false, numberFormat: "0%" };
  const d = ISO_DATE.exec(s);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (m >= 1 && m <= 12 && day >= 1 && day <= 31) {
      return { value: dateSerial(y, m, day), formula: null, prefixed: false, numberFormat: "yyyy/m/d" };
    }
  }
  return text(s);
}
