/** Picks the report's words in the evaluation's language (the words themselves live in src/core/i18n). */
import type { Lang } from "../settings";
import { reportJa, type ReportLabels } from "../i18n/ja/report";
import { reportEn } from "../i18n/en/report";

export type { ReportLabels };

export function reportLabels(lang: Lang): ReportLabels {
  return lang === "en" ? reportEn : reportJa;
}
