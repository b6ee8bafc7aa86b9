/** The pane's words in the user's Office display language (ja-* → Japanese, anything else → English). */
import type { Lang } from "../core/settings";
import { paneJa, type PaneStrings } from "../core/i18n/ja/pane";
import { paneEn } from "../core/i18n/en/pane";

export type { PaneStrings };

/** `ja-JP`, `ja` → ja; `en-US`, `de-DE`, "" → en. */
export function uiLanguage(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === "string" && /^ja(?:-|$)/i.test(displayLanguage) ? "ja" : "en";
}

export function paneStrings(lang: Lang): PaneStrings {
  return lang === "ja" ? paneJa : paneEn;
}
