/**
 * Japanese numbers as staff write them (contract §3): `９，８５６人`, `約14.8%`,
 * `220万件`, `1億2,000万円`, `▲1,200千円`, `90％`, `9,856人（３月末現在）`.
 *
 * Hot path: called about three times per indicator row (actual, target,
 * prior). Numbers return at once; text goes through the character scanner of
 * number-scan.ts, which folds full-width digits itself, so NFKC, regexes and
 * bracket removal only run for the rarer texts that need them.
 */
import { isCellError, type CellValue } from "../grid";
import { cellText, nfkc } from "./text";
import { isPercentFormat } from "./number-format";
import { applySuffix, NumberScan, numberValue, scanLead, scanNumber, SUFFIX_WORDS, type NumberQualifiers } from "./number-scan";

export type { NumberQualifiers } from "./number-scan";
export { numberValue } from "./number-scan";
export { findNumber, type FoundNumber } from "./number-find";

export type NumberReading =
  | {
      readonly ok: true;
      /** The number; percentages stay in points (90％ → 90). */
      readonly value: number;
      /** Unit split off (件, 人, 団体, 円, 回, 時間, 千円 → 円 after scaling, ...); `%` for percentages; null when bare. */
      readonly unit: string | null;
      readonly percent: boolean;
      /** Qualifiers that were read and dropped (約, 以上, 増, ／年, a bracketed note); null when there were none. */
      readonly qualifiers: NumberQualifiers | null;
    }
  | {
      readonly ok: false;
      /** empty: blank cell; error: an Excel error value; unreadable: text that is not a number. */
      readonly reason: "empty" | "error" | "unreadable";
      /** The cell as text (`#N/A`, `未集計`). */
      readonly text: string;
    };

export type NumberValue = NumberReading & { readonly ok: true };

/** Units seen most often, as written (also full-width `％`): looked up before any further work. */
const COMMON_UNITS: ReadonlyMap<string, string> = new Map(
  ["人", "件", "団体", "円", "回", "時間", "日", "か所", "箇所", "カ所", "ヶ所", "校", "社", "世帯", "名", "ページ",
    "施設", "事業", "講座", "台", "本", "冊", "枚", "戸", "ha", "km", "t", "kg", "m2", "倍", "点", "ポイント"]
    .map((u): [string, string] => [u, u])
    .concat([["%", "%"], ["％", "%"], ["パーセント", "%"]]),
);
/** The one-character common units by character code: `71件` needs no substring to find its unit. */
const COMMON_UNIT_BY_CODE: ReadonlyMap<number, string> = new Map(
  [...COMMON_UNITS].filter(([written]) => written.length === 1).map(([written, unit]): [number, string] => [written.charCodeAt(0), unit]),
);
/** Bracketed notes: `(3月末現在)`, `[注]`, `【速報値】`, `〔見込〕` (after NFKC （） are ()). */
const BRACKET_CHAR = /[([【〔]/;
const BRACKETS = /\([^()]*\)|\[[^\][]*\]|【[^【】]*】|〔[^〔〕]*〕/g;
/** Qualifiers at the end of the suffix, stripped one at a time. */
const SUFFIX_QUALIFIER = new RegExp(`\\s*(${SUFFIX_WORDS})$`);
/** A unit may not hold digits, spaces, signs or punctuation (else the text is more than a number). */
const BAD_UNIT = /[\d\s.,+\-\u2212▲△~〜:;、。!?=<>≦≧≤≥'"|]/;
const MAX_UNIT_LENGTH = 12;
/** Units with a digit that NFKC makes out of ㎡, ㎥, ㎢. */
const DIGIT_UNITS: ReadonlySet<string> = new Set(["m2", "m3", "km2", "cm2", "cm3"]);

const EMPTY_READING: NumberReading = Object.freeze({ ok: false, reason: "empty", text: "" });

function unreadable(text: string): NumberReading {
  return { ok: false, reason: "unreadable", text };
}

/**
 * Reads a cell: a number as it is (with a percentage number format, 0.9 is
 * 90 points with unit `%`: Excel keeps 90% as 0.9), text through
 * readNumberText, an Excel error as reason "error", blank as "empty", a
 * boolean as unreadable.
 */
export function readNumber(value: CellValue, format: string | null = null, scan: NumberScan = new NumberScan()): NumberReading {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return unreadable(cellText(value));
    if (format !== null && isPercentFormat(format)) return numberValue(Number((value * 100).toPrecision(12)), "%", true, null);
    return numberValue(value, null, false, null);
  }
  if (typeof value === "string") return readNumberText(value, scan);
  if (value === null) return EMPTY_READING;
  if (isCellError(value)) return { ok: false, reason: "error", text: value.error };
  return unreadable(cellText(value));
}

/** A dash alone or a word saying so: staff wrote "not measured" on purpose (`−`, `―`, `評価せず`, `n/a`). */
const NOT_MEASURED_MARK = /^(?:[-−―ー‐—–－]+|評価せず|測定せず|未測定|測定不能|該当なし|n\/?a)$/i;

/**
 * True for a deliberate "not measured" mark: it reads like a blank cell (not
 * measured, or no prior / no target), not as an unreadable number.
 */
export function isNotMeasuredMark(text: string): boolean {
  return NOT_MEASURED_MARK.test(nfkc(text).replace(/\s+/g, ""));
}

/**
 * Reads a whole text as one number: NFKC; 約 / 概ね / およそ / 年間 / 毎年 before
 * it; one sign (▲ △ - − +) or ¥; digits with thousands commas and 千 / 万 / 億
 * scales; then the unit (any short text without digits, spaces or
 * punctuation; `%`, `％`, `パーセント` → `%` with percent true) and the
 * qualifiers 以上 / 以下 / 未満 / 超 / 増 / 減 / 程度 / ／年 after it; bracketed
 * notes are dropped. Anything else — a second number, a label before the
 * number, no digits at all (`未集計`, `なし`) — is unreadable, never zero.
 * A deliberate "not measured" mark (`−`, `評価せず`) reads as blank (reason "empty").
 */
export function readNumberText(text: string, scan: NumberScan = new NumberScan()): NumberReading {
  const r = parse(scan, text, text, false);
  if (r !== null) return r;
  // Not readable as written: try again after NFKC and without bracketed notes (`(目標)220万件`, `①`).
  if (text.trim() === "") return text === "" ? EMPTY_READING : { ok: false, reason: "empty", text };
  if (isNotMeasuredMark(text)) return { ok: false, reason: "empty", text };
  let s = nfkc(text);
  let notes: string | null = null;
  if (BRACKET_CHAR.test(s)) {
    s = s.replace(BRACKETS, (note) => {
      notes = notes === null ? note : notes + note;
      return " ";
    });
  }
  if (s === text) return unreadable(text);
  return parse(scan, s, text, true, notes) ?? unreadable(text);
}

/**
 * The text before one bracketed note that ends it (`人（３月末現在）` → `人`), or
 * null when the text does not end with exactly one such note.
 */
function withoutTrailingNote(rest: string): string | null {
  const last = rest.charCodeAt(rest.length - 1);
  if (last !== 0x29 && last !== 0xff09) return null;
  const open = Math.max(rest.lastIndexOf("("), rest.lastIndexOf("（"));
  if (open < 0) return null;
  for (let i = open + 1; i < rest.length - 1; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09) return null;
  }
  return rest.slice(0, open).trim();
}

/**
 * One pass of the reader over s (the text, or its NFKC form when normalized).
 * Null when s holds no number where one must be; an unreadable reading when
 * the number is there but the rest is not a unit.
 */
function parse(scan: NumberScan, s: string, original: string, normalized: boolean, notes: string | null = null): NumberReading | null {
  scan.reset();
  if (notes !== null) scan.addNote(notes);
  scanLead(scan, s, 0);
  const negative = scan.negative;
  const yen = scan.yen;
  if (!scanNumber(scan, s, scan.end)) return null;
  const magnitude = scan.value;
  if (!Number.isFinite(magnitude)) return unreadable(original);

  let unit: string | null = null;
  let percent = false;
  const oneCharUnit = scan.end === s.length - 1 ? COMMON_UNIT_BY_CODE.get(s.charCodeAt(scan.end)) : undefined;
  if (oneCharUnit !== undefined) {
    // The common case, `71件` / `44.0%`: the same as the general path below would find, without a substring.
    unit = oneCharUnit;
    percent = unit === "%";
  } else if (scan.end < s.length) {
    let rest = s.slice(scan.end).trim();
    if (rest !== "") {
      let common = COMMON_UNITS.get(rest);
      if (common === undefined) {
        // `人（３月末現在）`, the seed's way of writing an actual: a common unit and one trailing note.
        const head = withoutTrailingNote(rest);
        if (head !== null) common = head === "" ? "" : COMMON_UNITS.get(head);
        if (common !== undefined) scan.addNote(rest.slice(head!.length).trim());
      }
      if (common !== undefined) {
        unit = common === "" ? null : common;
      } else {
        if (!normalized) rest = nfkc(rest).trim();
        if (BRACKET_CHAR.test(rest)) {
          rest = rest.replace(BRACKETS, (note) => {
            scan.addNote(note);
            return " ";
          }).trim();
        }
        for (let m = SUFFIX_QUALIFIER.exec(rest); m !== null; m = SUFFIX_QUALIFIER.exec(rest)) {
          applySuffix(scan, m[1]);
          rest = rest.slice(0, m.index);
        }
        if (rest !== "") {
          const known = COMMON_UNITS.get(rest);
          if (known !== undefined) unit = known;
          else if (rest.length > MAX_UNIT_LENGTH || (BAD_UNIT.test(rest) && !DIGIT_UNITS.has(rest))) return unreadable(original);
          else unit = rest;
        }
      }
      percent = unit === "%";
    }
  }
  if (yen) {
    if (unit === null) unit = "円";
    else if (unit !== "円") return unreadable(original);
  }
  return numberValue(negative ? -magnitude : magnitude, unit, percent, scan.collectedQualifiers());
}
