/**
 * The schedule column (contract §2): the words staff write for ahead, on
 * track and behind. Only these words: a rating letter or free text is a
 * finding, because the schedule decides the rating.
 */
import type { Entries } from "../register/types";
import { cellText, nfkc } from "../values/text";
import { addressOf, report, type SheetContext } from "./row-context";
import type { Schedule } from "./types";

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

/** The schedule of entry i; a blank or unknown schedule is an error (a re-listing may leave it blank: it is not used). */
export function entrySchedule(entries: Entries, i: number, relisted: boolean, sc: SheetContext): Schedule | null {
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
    } else {
      report(sc, "unknown-schedule", cell.address, { value });
    }
  }
  return s;
}
