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
 * Replaces `{name}` with params[name]; unknown names stay as written. A scan
 * with indexOf: no regex state and no memo kept between calls (the pure core
 * keeps none), and no closure per call (a report lists thousands of findings).
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  let open = template.indexOf("{");
  if (open < 0) return template;
  let out = "";
  let from = 0;
  while (open >= 0) {
    const close = template.indexOf("}", open + 1);
    if (close < 0) break;
    const key = template.slice(open + 1, close);
    if (isName(key)) {
      out += template.slice(from, open) + (key in params ? String(params[key]) : "{" + key + "}");
      from = close + 1;
      open = template.indexOf("{", from);
    } else {
      open = template.indexOf("{", open + 1);
    }
  }
  return out + template.slice(from);
}

/** A placeholder's name: one or more word characters (as `\w+`). */
function isName(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!word) return false;
  }
  return true;
}

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
