/**
 * Milestone status words (contract §4): is the milestone done, not done, or
 * is the text something the reader cannot tell (the caller reports it)?
 *
 * Decisions where the contract is silent:
 * - Words ending in 済 / 済み / 完了 / 達成 are done (`対応済`, `策定完了`, `目標達成`),
 *   unless they say only part of it or a plan (一部, 部分, 予定, 見込).
 * - Words ending in 中 (`調整中`, `策定中`) or 予定 (`策定予定`) are not done, like 検討中 / 実施中.
 * - A dash alone (`-`, `―`, `ー`) is not done, like a blank cell.
 * - △ (partly) is neither: the caller reports it.
 * - A date is done, also with the deed after it (`2015/3/20策定`), unless the
 *   text after it makes it a plan (`2016年3月策定予定`, `…までに`).
 * - A number that is not date-formatted (e.g. 1) is neither.
 */
import { isCellError, type CellValue } from "../grid";
import { readDateText, serialToDate } from "./date";
import { isDateFormat } from "./number-format";
import { nfkc } from "./text";

export type DoneStatus = "done" | "notDone";

/** Done and not-done words, in the form readDone compares (NFKC, lower case, no spaces): exported for tests. */
export const DONE_WORDS: ReadonlySet<string> = new Set([
  "済", "済み", "完了", "達成", "策定済", "策定済み", "実施済", "実施済み", "完了済", "完了済み",
  "○", "〇", "◯", "●", "✓", "✔", "☑", "レ",
  "done", "yes", "y", "true", "completed", "complete", "achieved",
]);

export const NOT_DONE_WORDS: ReadonlySet<string> = new Set([
  "検討中", "実施中", "作業中", "準備中",
  "×", "✕", "✖", "✗", "☓", "x",
  "no", "n", "false", "notdone", "notyet", "inprogress",
  "-", "―", "—", "–", "−", "ー", "‐",
  "なし", "無",
]);

const SPACES = /\s+/g;
/** Trailing full stops and exclamation marks do not change the word. */
const TRAILING_PUNCTUATION = /[。.!]+$/;
/** `対応済`, `策定完了`, `目標達成`: a short deed followed by a done word. */
const DONE_ENDING = /^.{0,12}(?:済|済み|完了|達成)$/;
const NOT_DONE_ENDING = /(?:中|予定)$/;
/** Words that make a done-looking text partial or a plan (予定どおり / 予定通り = as planned is fine). */
const NOT_FULLY = /一部|部分|見込|予定(?!どおり|通り)|まで|迄|目途|めど|以降|頃|ごろ/;
const DIGIT = /\d/;

/** After a date: empty, or a short deed (`策定`, `に策定`, `完了`) — but not a plan. */
function doneAfterDate(rest: string): boolean {
  if (rest === "") return true;
  if (rest.length > 12 || DIGIT.test(rest) || NOT_FULLY.test(rest) || rest.startsWith("未")) return false;
  return !NOT_DONE_ENDING.test(rest);
}

/**
 * done: 済, 済み, 完了, 達成, 策定済(み), 実施済(み), ○ 〇 ◯, done, yes, true
 * (also the boolean), or a date (a number with a date format, or date text such
 * as `2015/3/20`, `平成27年3月20日`, `R7.3.31`);
 * notDone: anything starting with 未 (未策定, 未実施), 検討中, 実施中, 作業中,
 * 準備中, × ✕, no, false (also the boolean), blank;
 * null: text that is neither (the caller reports it). NFKC and case-insensitive.
 */
export function readDone(value: CellValue, format: string | null): DoneStatus | null {
  if (value === null) return "notDone";
  if (typeof value === "boolean") return value ? "done" : "notDone";
  if (typeof value === "number") return isDateFormat(format) && serialToDate(value) !== null ? "done" : null;
  if (isCellError(value)) return null;

  // Most cells hold a listed word as it is, or 未…: no need to normalise those (every listed word is its own normal form).
  if (DONE_WORDS.has(value)) return "done";
  if (NOT_DONE_WORDS.has(value) || value.charCodeAt(0) === 0x672a /* 未 */) return "notDone";

  const spaced = nfkc(value).trim().toLowerCase();
  const t = spaced.replace(SPACES, "").replace(TRAILING_PUNCTUATION, "");
  if (t === "") return "notDone";
  if (t.startsWith("未")) return "notDone";
  if (NOT_DONE_WORDS.has(t)) return "notDone";
  if (DONE_WORDS.has(t)) return "done";

  // Dates keep their spaces: `2015/03/20 0:00:00`.
  const date = readDateText(spaced);
  if (date !== null) return doneAfterDate(date.rest.replace(SPACES, "").replace(TRAILING_PUNCTUATION, "")) ? "done" : NOT_DONE_ENDING.test(t) ? "notDone" : null;

  if (NOT_DONE_ENDING.test(t)) return "notDone";
  if (DONE_ENDING.test(t) && !NOT_FULLY.test(t)) return "done";
  return null;
}
