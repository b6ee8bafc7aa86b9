/**
 * Every user-facing word lives under this folder, one folder per language
 * (ja first, en second). Code elsewhere asks for text here, never writes it.
 */
import type { Finding } from "../findings/finding";
import type { ColumnKey } from "../register/types";
import type { Lang } from "../settings";
import { findingsJa } from "./ja/findings";
import { findingsEn } from "./en/findings";
import { fieldsJa } from "./ja/fields";
import { fieldsEn } from "./en/fields";

/**
 * Replaces `{name}` with params[name]; unknown names stay as written. A
 * replace with a function: no state kept between calls (the pure core keeps
 * none), and the placeholder regex's lastIndex is reset by replace itself.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole: string, key: string) => (key in params ? String(params[key]) : whole));
}
const PLACEHOLDER = /\{(\w+)\}/g;

export function fieldName(key: ColumnKey, lang: Lang): string {
  return (lang === "ja" ? fieldsJa : fieldsEn)[key];
}

/** Params that name column keys (comma-separated): shown by their names. */
const NAMED_PARAMS: readonly string[] = ["field", "column", "missing"];

/**
 * A finding's message in the user's language. A `field` / `column` param that
 * names a column key is shown by its name in that language.
 */
export function findingMessage(f: Finding, lang: Lang): string {
  const fields = lang === "ja" ? fieldsJa : fieldsEn;
  let params = f.params;
  for (const k of NAMED_PARAMS) {
    const v = f.params[k];
    if (typeof v !== "string") continue;
    // Copied only when a param names columns (most findings' params are used as they are).
    if (params === f.params) params = { ...f.params };
    (params as Record<string, string | number>)[k] =
      v.indexOf(",") < 0
        ? v in fields
          ? fields[v as ColumnKey]
          : v
        : v
            .split(",")
            .map((part) => (part in fields ? fields[part as ColumnKey] : part))
            .join(lang === "ja" ? "・" : " and ");
  }
  return fill((lang === "ja" ? findingsJa : findingsEn)[f.code], params);
}
