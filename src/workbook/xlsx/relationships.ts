/**
 * Relationship parts (`_rels/*.rels`): reading them, and adding or removing
 * single `<Relationship>` elements as text so that the rest stays as written.
 */
import { PACKAGE_RELATIONSHIPS_NS } from "./namespaces";
import { resolveTarget } from "./part-paths";
import { escapeAttr } from "./xml";
import { appendInside, attr, childrenNamed, parseXml, qualify, Splice, type XmlDoc, type XmlNode } from "./xml-tree";
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Target as written. */
  readonly target: string;
  /** Target resolved to a part path; null for external targets. */
  readonly path: string | null;
}

/** The `<Relationship>` elements of a relationships part (children of its root, in the root's namespace). */
function relationshipNodes(doc: XmlDoc): XmlNode[] {
  return childrenNamed(doc.root, doc.root.uri, "Relationship");
}

export function parseRelationships(sourcePath: string, xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  const out: Relationship[] = [];
  for (const el of relationshipNodes(parseXml(xml, relsName(sourcePath)))) {
    const id = attr(el, "Id");
    const type = attr(el, "Type");
    const target = attr(el, "Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = attr(el, "TargetMode") === "External";
    out.push({ id, type, target, path: external ? null : resolveTarget(sourcePath, target) });
  }
  return out;
}

function relsName(sourcePath: string): string {
  return sourcePath === "" ? "_rels/.rels" : "the relationships of " + sourcePath;
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

/** Appends `<Relationship>` elements at the end of `<Relationships>`. */
export function addRelationships(xml: string, rels: readonly { id: string; type: string; target: string }[]): string {
  if (rels.length === 0) return xml;
  const doc = parseXml(xml, "a relationships part");
  const el = qualify(doc.root, doc.root.uri, "Relationship", doc.root.prefix);
  const added = rels
    .map((r) => `<${el.name}${el.declare} Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`)
    .join("");
  const splice = new Splice(xml);
  appendInside(doc, splice, doc.root, added);
  return splice.toString();
}

/** Removes the relationships with these ids. */
export function removeRelationships(xml: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0) return xml;
  const doc = parseXml(xml, "a relationships part");
  const splice = new Splice(xml);
  for (const el of relationshipNodes(doc)) {
    const id = attr(el, "Id");
    if (id !== undefined && ids.has(id)) splice.replace(el.start, el.end, "");
  }
  return splice.toString();
}
