/**
 * The summary sentence on a plan's own scale (contract §9): each level's
 * count and share of the rated items, and — when items are not rated — both
 * bases: 「全行動計画項目 112 項目、評価対象 99 項目（対象外・未評価 13 項目）
 * のうち、…」. The seed's scale keeps §7's sentence word for word (summary.ts).
 */
import { fill } from "../i18n";
import type { Settings } from "../settings";
import type { ScaleLevel } from "../settings/scale";
import { countText, tightenFullWidth } from "./counts";
import type { ReportLabels } from "./labels";
import { shareText } from "./shares";

export interface ScaleCounts {
  /** Entries counted in the plan (re-listed and not rated included). */
  readonly total: number;
  readonly relisted: number;
  /** Entries per level, best first. */
  readonly counts: readonly number[];
  readonly notRated: number;
}

export function scaleSentence(c: ScaleCounts, levels: readonly ScaleLevel[], settings: Settings, L: ReportLabels["summary"]): string {
  const n = (k: number) => countText(k, settings);
  const rated = c.total - c.notRated;
  const parts = levels
    .map((level, i) => fill(L.scalePart, { n: n(c.counts[i] ?? 0), share: shareText(c.counts[i] ?? 0, rated), label: level.label }))
    .join(L.scalePartSeparator);
  const relisted = c.relisted > 0 ? fill(L.sentenceRelisted, { k: n(c.relisted) }) : "";
  const text =
    c.notRated > 0
      ? fill(L.scaleSentenceNotRated, { total: n(c.total), relisted, rated: n(rated), notRated: n(c.notRated), parts })
      : fill(L.scaleSentence, { total: n(c.total), relisted, parts });
  return tightenFullWidth(text, settings);
}
