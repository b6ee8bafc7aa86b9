/**
 * Not-rated items (contract §9): a schedule that says 対象外, 評価対象外,
 * 未評価, 完了 (finished in an earlier year), 廃止 or 休止 — or a word the
 * 設定 sheet adds under 評価対象外 — marks an item counted in the plan but
 * rated in no level. Compared like the schedule's own words: NFKC, no spaces,
 * lower case.
 */
const SPACES = /\s+/g;

function key(text: string): string {
  return text.normalize("NFKC").replace(SPACES, "").toLowerCase();
}

/** The words of a run as a set of compared forms, built once per run. */
export function notRatedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(key).filter((w) => w !== ""));
}

/** True when a schedule (or 評価対象) text is one of the not-rated words. */
export function isNotRatedWord(text: string, words: ReadonlySet<string>): boolean {
  return words.size > 0 && words.has(key(text));
}
