/**
 * The report's words for a plan's levels (contract §9): 表１'s column
 * headings and 参考２'s title come from the scale. The seed's scale keeps its
 * own words (予定以上に進捗（Ｓ）…, 予定よりも遅れている取組一覧), in either language.
 */
import { fill } from "../i18n";
import type { Scale } from "../settings/scale";
import type { ReportLabels } from "./labels";

/** 表１'s heading per level, best first. */
export function levelHeaders(scale: Scale, L: ReportLabels["summary"]): string[] {
  if (scale.isSeed) return [L.headerS, L.headerA, L.headerB];
  return scale.levels.map((l) => fill(L.headerLevel, { label: l.label, code: l.code }));
}

/** The behind levels' labels as 参考２ names them: 「進捗に課題あり」, 「後退」「未着手」. */
export function behindLabels(scale: Scale, L: ReportLabels["delayed"]): string {
  return scale.levels
    .filter((l) => l.behind)
    .map((l) => l.label)
    .join(L.titleScaleLabelSeparator);
}

/** 参考２'s title for n entries. */
export function delayedTitle(scale: Scale, n: number | string, one: boolean, L: ReportLabels["delayed"]): string {
  if (scale.isSeed) return fill(one ? L.titleOne : L.title, { n });
  return fill(L.titleScale, { labels: behindLabels(scale, L), n });
}

/** 参考２'s line when nothing is behind. */
export function delayedNone(scale: Scale, L: ReportLabels["delayed"]): string {
  return scale.isSeed ? L.none : fill(L.noneScale, { labels: behindLabels(scale, L) });
}
