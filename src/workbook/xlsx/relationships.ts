/**
 * Relationship parts (`_rels/*.rels`): reading them, and adding or removing
 * single `<Relationship>` elements as text so that the rest stays as written.
 */
import { PACKAGE_RELATIONSHIPS_NS } from "./namespaces";
import { resolveTarget } from "./part-paths";
import { attributes, elements, escapeAttr, prefixOf } from "./xml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Target as written. */
  readonly target: string;
  /** Target resolved to a part path; null for external targets. */
  readonly path: string | null;
}

export function parseRelationships(sourcePath: string, xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  const qname = prefixOf(xml, "Relationship") + "Relationship";
  const out: Relationship[] = [];
  for (const el of elements(xml, qname)) {
    const a = attributes(el.tag);
    const id = a.get("Id");
    const type = a.get("Type");
    const target = a.get("Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = a.get("TargetMode") === "External";
    out.push({ id, type, target, path: external ? null : resolveTarget(sourcePath, target) });
  }
  return out;
}

export const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}"></Relationships>`;

/** A relationship id not used yet: `rId{n}` past the highest `rId` number in use. */
export function freshRelationshipId(taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 0;
  for (const id of used) {
    const m = /^rId(\d+)$/.exec(id);
    if (m !== null) n = Math.max(n, Number(m[1]));
  }
  let id = "rId" + (n + 1);
  while (used.has(id)) id = "rId" + ++n;
  return id;
}

/** Appends `<Relationship>` elements before `</Relationships>`. */
export function addRelationships(xml: string, rels: readonly { id: string; type: string; target: string }[]): string {
  if (rels.length === 0) return xml;
  const p = prefixOf(xml, "Relationships");
  const added = rels
    .map((r) => `<${p}Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`)
    .join("");
  const selfClosing = new RegExp("<" + p + "Relationships([^>]*?)/>").exec(xml);
  if (selfClosing !== null) {
    return xml.replace(selfClosing[0], `<${p}Relationships${selfClosing[1]}>${added}</${p}Relationships>`);
  }
  const close = xml.lastIndexOf("</" + p + "Relationships>");
  return xml.slice(0, close) + added + xml.slice(close);
}

/** Removes the relationships with these ids. */
export function removeRelationships(xml: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0) return xml;
  const qname = prefixOf(xml, "Relationship") + "Relationship";
  let out = "";
  let last = 0;
  for (const el of elements(xml, qname)) {
    const id = attributes(el.tag).get("Id");
    if (id === undefined || !ids.has(id)) continue;
    out += xml.slice(last, el.start);
    last = el.end;
  }
  return out + xml.slice(last);
}
