/**
 * Counts in the report's sentences and labels (「３項目」 or 「3 項目」): the
 * 設定 option 数字 全角 writes them in full-width digits as the seed does
 * (（１５項目）, ３項目); half-width is the default. Table cells stay numbers.
 */
import type { Settings } from "../settings";

const FULL_ZERO = 0xff10;

/** 15 → `１５` when full-width digits are asked for, else 15. */
export function countText(n: number, settings: Settings): string | number {
  if (settings.digits !== "full") return n;
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(FULL_ZERO + d.charCodeAt(0) - 48));
}

/** Full-width counts stand without the spaces the half-width templates put around them (「全 ６２ 項目」 → 「全６２項目」). */
export function tightenFullWidth(text: string, settings: Settings): string {
  if (settings.digits !== "full" || settings.lang === "en") return text;
  return text.replace(/ ?([０-９]+) ?/g, "$1");
}
