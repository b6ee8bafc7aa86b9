/**
 * The 設定 sheet's vocabulary (contract §2 "The settings sheet"): its keys and
 * the words its values may be written in. These are the format's words, like
 * the register's header aliases, so they live here rather than in i18n; the
 * first key of each list is the one written back (Japanese, then English).
 */
import type { Lang, Point, Settings } from "../settings";
import type { Digits, RatingMethod } from "./scale";
import { normalizeLabel } from "../register/label";

export type SettingKey = keyof Settings;

/** Key → how it is written: [Japanese, English, other accepted spellings...]. */
export const SETTING_KEYS: Readonly<Record<SettingKey, readonly string[]>> = {
  plan: ["計画名", "Plan"],
  fiscalYear: ["対象年度", "Fiscal year"],
  point: ["時点", "Point"],
  sMargin: ["S判定の余裕", "S margin"],
  areas: ["分野", "Areas"],
  lang: ["言語", "Language"],
  scale: ["評価区分", "Rating scale", "評価基準", "Scale"],
  method: ["評価方法", "Rating method", "Method"],
  notRatedWords: ["評価対象外", "Not rated", "対象外の語"],
  digits: ["数字", "Digits"],
};

/** The order in which the task pane writes the keys; 分野 last, its areas below it. */
export const WRITE_ORDER: readonly SettingKey[] = [
  "plan",
  "fiscalYear",
  "point",
  "sMargin",
  "lang",
  "method",
  "digits",
  "notRatedWords",
  "scale",
  "areas",
];

/** RatingMethod → [Japanese, English, other accepted spellings...]. */
export const METHOD_WORDS: Readonly<Record<RatingMethod, readonly string[]>> = {
  auto: ["自動", "auto", "automatic", "自動評価", "computed"],
  self: ["自己評価", "self", "self-rated", "self rating", "所管課評価", "担当課評価"],
};

/** Digits → [Japanese, English, other accepted spellings...]. */
export const DIGITS_WORDS: Readonly<Record<Digits, readonly string[]>> = {
  half: ["半角", "half-width", "half", "halfwidth"],
  full: ["全角", "full-width", "full", "fullwidth"],
};

/** A level's behind mark: [Japanese, English, other accepted spellings...]; blank, `-`, `×`, no = not behind. */
export const BEHIND_WORDS: readonly string[] = ["遅延", "behind", "遅れ", "delayed", "late", "○", "〇", "●", "✓", "✔", "yes", "true"];
export const NOT_BEHIND_WORDS: readonly string[] = ["-", "−", "ー", "―", "×", "no", "false"];

/** Point → [Japanese, English, other accepted spellings...]. */
export const POINT_WORDS: Readonly<Record<Point, readonly string[]>> = {
  yearEnd: ["年度末", "year end", "year-end", "3月末", "yearEnd"],
  half: ["上半期末", "first half", "上半期", "上期末", "上期", "9月末", "half"],
};

/** Lang → accepted spellings (the code itself is what is written). */
export const LANG_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  ja: ["ja", "日本語", "Japanese"],
  en: ["en", "English", "英語"],
};

function lookup<K extends string>(table: Readonly<Record<K, readonly string[]>>): ReadonlyMap<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) for (const word of table[key]) map.set(normalizeLabel(word), key);
  return map;
}

const KEY_OF = lookup(SETTING_KEYS);
const POINT_OF = lookup(POINT_WORDS);
const LANG_OF = lookup(LANG_WORDS);
const METHOD_OF = lookup(METHOD_WORDS);
const DIGITS_OF = lookup(DIGITS_WORDS);
const BEHIND_OF = lookup({ yes: BEHIND_WORDS, no: NOT_BEHIND_WORDS });

/** The setting a key cell names (`計画名`, `S判定の余裕：`, `fiscal year`), or null. */
export function settingKeyOf(text: string): SettingKey | null {
  return KEY_OF.get(normalizeLabel(text)) ?? null;
}

export function pointOf(text: string): Point | null {
  return POINT_OF.get(normalizeLabel(text)) ?? null;
}

export function langOf(text: string): Lang | null {
  return LANG_OF.get(normalizeLabel(text)) ?? null;
}

/** How a key is written on a sheet of the given language. */
export function settingLabel(key: SettingKey, lang: Lang): string {
  return SETTING_KEYS[key][lang === "ja" ? 0 : 1];
}

export function pointLabel(point: Point, lang: Lang): string {
  return POINT_WORDS[point][lang === "ja" ? 0 : 1];
}

export function methodOf(text: string): RatingMethod | null {
  return METHOD_OF.get(normalizeLabel(text)) ?? null;
}

export function digitsOf(text: string): Digits | null {
  return DIGITS_OF.get(normalizeLabel(text)) ?? null;
}

/** A level's mark: true for 遅延 / behind, false for blank or `-`, null when unreadable. */
export function behindMarkOf(text: string): boolean | null {
  if (text.trim() === "") return false;
  const v = BEHIND_OF.get(normalizeLabel(text));
  return v === undefined ? null : v === "yes";
}

export function methodLabel(method: RatingMethod, lang: Lang): string {
  return METHOD_WORDS[method][lang === "ja" ? 0 : 1];
}

export function digitsLabel(digits: Digits, lang: Lang): string {
  return DIGITS_WORDS[digits][lang === "ja" ? 0 : 1];
}

export function behindLabel(lang: Lang): string {
  return BEHIND_WORDS[lang === "ja" ? 0 : 1];
}
