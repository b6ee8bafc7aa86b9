/**
 * `[Content_Types].xml`: which content type each part has (an Override by
 * part name, else a Default by extension), and adding / removing Overrides.
 */
import { escapeAttr } from "./xml";
import { appendInside, attr, childrenNamed, parseXml, qualify, Splice, type XmlDoc } from "./xml-tree";

function parseTypes(xml: string): XmlDoc {
  return parseXml(xml, "[Content_Types].xml");
}

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
    const doc = parseTypes(xml);
    for (const el of childrenNamed(doc.root, doc.root.uri, "Default")) {
      const ext = attr(el, "Extension");
      const type = attr(el, "ContentType");
      if (ext !== undefined && type !== undefined) defaults.set(ext.toLowerCase(), type);
    }
    for (const el of childrenNamed(doc.root, doc.root.uri, "Override")) {
      const name = attr(el, "PartName");
      const type = attr(el, "ContentType");
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
  const doc = parseTypes(xml);
  const splice = dropOverrides(doc, (k) => keys.has(k));
  const el = qualify(doc.root, doc.root.uri, "Override", doc.root.prefix);
  const added = parts
    .map((part) => `<${el.name}${el.declare} PartName="/${escapeAttr(part.path)}" ContentType="${escapeAttr(part.type)}"/>`)
    .join("");
  appendInside(doc, splice, doc.root, added);
  return splice.toString();
}

/** Removes the Overrides of these parts (parts that no longer exist). */
export function removeOverrides(xml: string, paths: readonly string[]): string {
  if (paths.length === 0) return xml;
  const keys = new Set(paths.map(partKey));
  return dropOverrides(parseTypes(xml), (k) => keys.has(k)).toString();
}

function dropOverrides(doc: XmlDoc, drop: (key: string) => boolean): Splice {
  const splice = new Splice(doc.text);
  for (const el of childrenNamed(doc.root, doc.root.uri, "Override")) {
    const name = attr(el, "PartName");
    if (name !== undefined && drop(partKey(name))) splice.replace(el.start, el.end, "");
  }
  return splice;
}
