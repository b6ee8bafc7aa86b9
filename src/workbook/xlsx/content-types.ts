/**
 * `[Content_Types].xml`: which content type each part has (an Override by
 * part name, else a Default by extension), and adding / removing Overrides.
 */
import { attributes, elements, escapeAttr, prefixOf } from "./xml";

export interface ContentTypes {
  /** Lower-cased extension → type. */
  readonly defaults: ReadonlyMap<string, string>;
  /** Lower-cased part path (no leading `/`) → type. */
  readonly overrides: ReadonlyMap<string, string>;
}

export function parseContentTypes(xml: string | undefined): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (xml !== undefined) {
    const p = prefixOf(xml, "Types");
    for (const el of elements(xml, p + "Default")) {
      const a = attributes(el.tag);
      const ext = a.get("Extension");
      const type = a.get("ContentType");
      if (ext !== undefined && type !== undefined) defaults.set(ext.toLowerCase(), type);
    }
    for (const el of elements(xml, p + "Override")) {
      const a = attributes(el.tag);
      const name = a.get("PartName");
      const type = a.get("ContentType");
      if (name !== undefined && type !== undefined) overrides.set(partKey(name), type);
    }
  }
  return { defaults, overrides };
}

function partKey(partName: string): string {
  return (partName.startsWith("/") ? partName.slice(1) : partName).toLowerCase();
}

export function contentTypeOf(types: ContentTypes, path: string): string | undefined {
  const override = types.overrides.get(partKey(path));
  if (override !== undefined) return override;
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : types.defaults.get(path.slice(dot + 1).toLowerCase());
}

/** Adds (or retypes) Overrides for these parts. */
export function setOverrides(xml: string, parts: readonly { path: string; type: string }[]): string {
  if (parts.length === 0) return xml;
  const keys = new Set(parts.map((p) => partKey(p.path)));
  let out = removeOverridesWhere(xml, (k) => keys.has(k));
  const p = prefixOf(out, "Types");
  const added = parts
    .map((part) => `<${p}Override PartName="/${escapeAttr(part.path)}" ContentType="${escapeAttr(part.type)}"/>`)
    .join("");
  const close = out.lastIndexOf("</" + p + "Types>");
  out = out.slice(0, close) + added + out.slice(close);
  return out;
}

/** Removes the Overrides of these parts (parts that no longer exist). */
export function removeOverrides(xml: string, paths: readonly string[]): string {
  if (paths.length === 0) return xml;
  const keys = new Set(paths.map(partKey));
  return removeOverridesWhere(xml, (k) => keys.has(k));
}

function removeOverridesWhere(xml: string, drop: (key: string) => boolean): string {
  const qname = prefixOf(xml, "Types") + "Override";
  let out = "";
  let last = 0;
  for (const el of elements(xml, qname)) {
    const name = attributes(el.tag).get("PartName");
    if (name === undefined || !drop(partKey(name))) continue;
    out += xml.slice(last, el.start);
    last = el.end;
  }
  return out + xml.slice(last);
}
