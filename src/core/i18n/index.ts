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

/** Replaces `{name}` with params[name]; unknown names stay as written. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function fieldName(key: ColumnKey, lang: Lang): string {
  return (lang === "ja" ? fieldsJa : fieldsEn)[key];
}

/**
 * A finding's message in the user's language. A `field` / `column` param that
 * names a column key is shown by its name in that language.
 */
export function findingMessage(f: Finding, lang: Lang): string {
  const fields = lang === "ja" ? fieldsJa : fieldsEn;
  const params: Record<string, string | number> = { ...f.params };
  for (const k of ["field", "column", "missing"]) {
    const v = params[k];
    if (typeof v === "string") {
      params[k] = v
        .split(",")
        .map((part) => (part in fields ? fields[part as ColumnKey] : part))
        .join(lang === "ja" ? "・" : " and ");
    }
  }
  return fill((lang === "ja" ? findingsJa : findingsEn)[f.code], params);
}
