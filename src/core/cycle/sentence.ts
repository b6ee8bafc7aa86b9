/**
 * The comparison in words (contract §10): the sentence with the number of
 * items that improved and worsened, and the heading of each 「A←B」 group.
 * Counts follow 数字 (全角 as the seed writes them) like the report's.
 */
import { fill } from "../i18n";
import { cycleJa, type CycleLabels } from "../i18n/ja/cycle";
import { cycleEn } from "../i18n/en/cycle";
import { countText, tightenFullWidth } from "../report/counts";
import type { Settings } from "../settings";
import type { ChangeGroup, Comparison } from "./types";

type Style = Pick<Settings, "lang" | "digits">;

export function cycleLabels(lang: Style["lang"]): CycleLabels {
  return lang === "en" ? cycleEn : cycleJa;
}

function tidy(text: string, style: Style): string {
  return tightenFullWidth(text, style as Settings);
}

/** 「平成26年度末に比べて良くなった項目が 8 項目、悪くなった項目が 4 項目となりました。」 */
export function comparisonSentence(c: Pick<Comparison, "previousPeriod" | "improved" | "worsened">, style: Style): string {
  const L = cycleLabels(style.lang);
  const n = (k: number) => countText(k, style as Settings);
  const params = { previous: c.previousPeriod, improved: n(c.improved), worsened: n(c.worsened) };
  return tidy(fill(c.previousPeriod === "" ? L.sentenceUnnamed : L.sentence, params), style);
}

/** 「A←B（6 件）」; a not-rated side is named 対象外・未評価. */
export function groupHeading(g: ChangeGroup, style: Style): string {
  const L = cycleLabels(style.lang);
  const name = (code: string | null) => code ?? L.notRated;
  return tidy(fill(L.groupHeading, { to: name(g.to), from: name(g.from), count: countText(g.items.length, style as Settings) }), style);
}
