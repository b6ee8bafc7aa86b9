/**
 * The schedule column (contract §2): the words staff write for ahead, on
 * track and behind. Only these words: a rating letter or free text is a
 * finding, because the schedule decides the rating — and the not-rated words
 * of §9 (対象外, 未評価, 完了, …), which rate the entry in no level.
 */
import type { Entries } from "../register/types";
import { cellText, nfkc } from "../values/text";
import { addressOf, report, type SheetContext } from "./row-context";
import type { Schedule } from "./types";
import { NOT_RATED_WORDS } from "../settings/scale";
import { isNotRatedWord, notRatedSet } from "./not-rated";

const SPACES = /\s+/g;

/** Keys are NFKC, lower case, spaces removed. */
const WORDS: ReadonlyMap<string, Schedule> = new Map<string, Schedule>([
  ["予定以上", "ahead"],
  ["予定以上に進捗", "ahead"],
  ["前倒し", "ahead"],
  ["ahead", "ahead"],
  ["予定どおり", "on"],
  ["予定通り", "on"],
  ["予定どおりに進捗", "on"],
  ["予定通りに進捗", "on"],
  ["順調", "on"],
  ["ontrack", "on"],
  ["on-track", "on"],
  ["on", "on"],
  ["遅れ", "behind"],
  ["遅延", "behind"],
  ["予定よりも遅れている", "behind"],
  ["予定より遅れている", "behind"],
  ["behind", "behind"],
]);

/** The schedule a text names, or null when it names none (blank included). */
export function readSchedule(text: string): Schedule | null {
  // Most cells hold a word exactly as listed: no need to normalise those.
  return WORDS.get(text) ?? WORDS.get(nfkc(text).replace(SPACES, "").toLowerCase()) ?? null;
}

const BUILT_IN_NOT_RATED = notRatedSet(NOT_RATED_WORDS);

/**
 * The schedule of entry i; a blank or unknown schedule is an error (a re-listing may leave it blank: it is not used).
 * A not-rated word (対象外, 未評価, 完了, … and 設定's 評価対象外: contract §9) is no error: the entry is counted in
 * the plan, rated in no level (null here, and isNotRatedEntry says why).
 */
export function entrySchedule(
  entries: Entries,
  i: number,
  relisted: boolean,
  sc: SheetContext,
  notRated: ReadonlySet<string> = BUILT_IN_NOT_RATED,
): Schedule | null {
  // 評価対象 says 対象外 (or another not-rated word): not rated, whatever the schedule says.
  const rated = entries.field(i, "rated");
  if (rated !== undefined && isNotRatedWord(cellText(rated), notRated)) return null;
  const cell = entries.fieldCell(i, "schedule");
  if (cell === undefined) {
    if (!relisted) report(sc, "missing-schedule", addressOf(sc, "schedule", entries.row(i)), { no: entries.no(i) });
    return null;
  }
  const value = cellText(cell.value);
  const s = readSchedule(value);
  if (s === null) {
    if (value.trim() === "") {
      if (!relisted) report(sc, "missing-schedule", cell.address, { no: entries.no(i) });
    } else if (!isNotRatedWord(value, notRated)) {
      report(sc, "unknown-schedule", cell.address, { value });
    }
  }
  return s;
}

/** True when entry i's 評価対象 or schedule says it is not rated (contract §9). */
export function isNotRatedEntry(entries: Entries, i: number, notRated: ReadonlySet<string> = BUILT_IN_NOT_RATED): boolean {
  const rated = entries.field(i, "rated");
  if (rated !== undefined && isNotRatedWord(cellText(rated), notRated)) return true;
  const v = entries.field(i, "schedule");
  return v !== undefined && isNotRatedWord(cellText(v), notRated);
}
