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

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template split at its placeholders: texts at even indices, names at odd ones. */
type Parts = readonly string[];
/** The templates are the few message and label strings of this folder: each is split once per process. */
const PARTS = new Map<string, Parts>();

function partsOf(template: string): Parts {
  let parts = PARTS.get(template);
  if (parts === undefined) {
    const split: string[] = [];
    let last = 0;
    for (let m = PLACEHOLDER.exec(template); m !== null; m = PLACEHOLDER.exec(template)) {
      split.push(template.slice(last, m.index), m[1]);
      last = m.index + m[0].length;
    }
    PLACEHOLDER.lastIndex = 0;
    split.push(template.slice(last));
    parts = split;
    // A caller filling texts that are not templates of this folder must not grow the map without end.
    if (PARTS.size >= 1000) PARTS.clear();
    PARTS.set(template, parts);
  }
  return parts;
}

/** Replaces `{name}` with params[name]; unknown names stay as written. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (key in params ? String(params[key]) : "{" + key + "}") + parts[i + 1];
  }
  return out;
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
