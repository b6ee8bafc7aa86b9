/**
 * The 設定 sheet's vocabulary (contract §2 "The settings sheet"): its keys and
 * the words its values may be written in. These are the format's words, like
 * the register's header aliases, so they live here rather than in i18n; the
 * first key of each list is the one written back (Japanese, then English).
 */
import type { Lang, Point, Settings } from "../settings";
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
};

/** The order in which the task pane writes the keys; 分野 last, its areas below it. */
export const WRITE_ORDER: readonly SettingKey[] = ["plan", "fiscalYear", "point", "sMargin", "lang", "areas"];

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
