/** The command line's texts in one language, from src/core/i18n. */
import { cliJa } from "../core/i18n/ja/cli";
import { cliEn } from "../core/i18n/en/cli";
import type { Lang } from "../core/settings";

export type CliTexts = typeof cliEn;

export function cliTexts(lang: Lang): CliTexts {
  return lang === "ja" ? cliJa : cliEn;
}
