/**
 * The values a template cell may be chosen from (Excel's list validation):
 * the schedule's words (contract §2) and the not-rated words (§9), the scale's
 * codes, the target-type words (§4), the highlight mark, and 設定's areas.
 * Each word is one the engine reads (test/core/template/lists.test.ts).
 */
import type { Lang, Settings } from "../settings";
import { scaleOf } from "../settings/scale";
import type { ListKind } from "./columns";

/** ahead, on track, behind in the words staff write (evaluate/schedule.ts reads them). */
export const SCHEDULE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  ja: ["予定以上", "予定どおり", "遅れ"],
  en: ["ahead", "on track", "behind"],
};

/** atLeast, atMost, atMost (strict), growth, maintain, milestone (evaluate/target.ts reads them). */
export const TARGET_TYPE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  ja: ["以上", "以下", "未満", "前年比", "維持", "達成"],
  en: ["at least", "at most", "less than", "growth", "maintain", "milestone"],
};

/** The mark of a highlighted item (evaluate/flag.ts reads any mark but ×, no, -, なし). */
export const HIGHLIGHT_MARK = "○";

/**
 * Whether a list also takes values not on it (Excel's "warning" style): the
 * target type does (its words are many: 増加率, 策定, ≥ …) and so do the
 * areas (a plan may add one); the schedule and the ratings do not, since
 * anything else there is an error finding.
 */
export const LOOSE_LISTS: ReadonlySet<ListKind> = new Set<ListKind>(["targetType", "area", "highlight"]);

/** The list of a kind; empty when there is nothing to choose from (no areas set). */
export function listValues(kind: ListKind, settings: Settings, lang: Lang): string[] {
  const scale = scaleOf(settings);
  switch (kind) {
    case "schedule":
      return [...SCHEDULE_WORDS[lang], ...scale.notRatedWords];
    case "rating":
      return scale.levels.map((l) => l.code);
    case "targetType":
      return [...TARGET_TYPE_WORDS[lang]];
    case "highlight":
      return [HIGHLIGHT_MARK];
    case "area":
      return settings.areas.filter((a) => a.trim() !== "");
  }
}
