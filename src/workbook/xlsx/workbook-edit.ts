/**
 * Edits of workbook.xml: appending `<sheet>` elements, renaming one or
 * pointing it at another relationship, removing and adding defined names.
 * Namespace-aware (xml-tree): elements are found by namespace and local
 * name whatever prefix the producer used, and a prefix the new elements need
 * is declared on them when the part has none in scope there (openpyxl
 * declares `xmlns:r` on each `<sheet>`). Everything else stays as written.
 */
import { escapeAttr, escapeXml } from "./xml";
import {
  appendInside,
  attr,
  attrNode,
  childrenNamed,
  firstChild,
  parseXml,
  qualify,
  Splice,
  startTagWith,
  type XmlDoc,
  type XmlNode,
} from "./xml-tree";

export interface NewDefinedName {
  readonly name: string;
  readonly localSheetId: number;
  readonly hidden: boolean;
  readonly formula: string;
}

export interface NewSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
}

/** "x:" of a qualified name from qualify() ("" when unprefixed). */
function prefixOf(q: { name: string }): string {
  const colon = q.name.indexOf(":");
  return colon < 0 ? "" : q.name.slice(0, colon + 1);
}

function parseWorkbookXml(xml: string): XmlDoc {
  return parseXml(xml, "workbook.xml");
}

function sheetsOf(doc: XmlDoc): XmlNode {
  const el = firstChild(doc.root, doc.root.uri, "sheets");
  if (el === undefined) throw new Error("workbook.xml has no <sheets>");
  return el;
}

/** Appends `<sheet>` elements at the end of `<sheets>`; `relNs` is the relationships namespace of `r:id`. */
export function appendSheets(xml: string, sheets: readonly NewSheetEntry[], relNs: string): string {
  if (sheets.length === 0) return xml;
  const doc = parseWorkbookXml(xml);
  const parent = sheetsOf(doc);
  const el = qualify(parent, doc.root.uri, "sheet", parent.prefix);
  const id = qualify(parent, relNs, "id", "r", true);
  const added = sheets
    .map((s) => `<${el.name}${el.declare}${id.declare} name="${escapeAttr(s.name)}" sheetId="${s.sheetId}" ${id.name}="${escapeAttr(s.relId)}"/>`)
    .join("");
  const splice = new Splice(xml);
  appendInside(doc, splice, parent, added);
  return splice.toString();
}

function sheetByRelId(doc: XmlDoc, relNs: string, relId: string): XmlNode | undefined {
  return childrenNamed(sheetsOf(doc), doc.root.uri, "sheet").find((s) => attr(s, "id", relNs) === relId);
}

/** Sets the name of the `<sheet>` whose relationship id is `relId`. */
export function renameSheet(xml: string, relNs: string, relId: string, name: string): string {
  const doc = parseWorkbookXml(xml);
  const sheet = sheetByRelId(doc, relNs, relId);
  if (sheet === undefined) return xml;
  return new Splice(xml).replace(sheet.start, sheet.openEnd, startTagWith(doc, sheet, "name", name)).toString();
}

/** Points the `<sheet>` carrying `oldRelId` at `newRelId`. */
export function retargetSheet(xml: string, relNs: string, oldRelId: string, newRelId: string): string {
  const doc = parseWorkbookXml(xml);
  const sheet = sheetByRelId(doc, relNs, oldRelId);
  const idAttr = sheet === undefined ? undefined : attrNode(sheet, "id", relNs);
  if (sheet === undefined || idAttr === undefined) return xml;
  return new Splice(xml).replace(sheet.start, sheet.openEnd, startTagWith(doc, sheet, idAttr.qname, newRelId)).toString();
}

/** Removes every defined name scoped to one of these sheet indices; drops `<definedNames>` when it ends up empty. */
export function removeScopedNames(xml: string, indices: ReadonlySet<number>): string {
  if (indices.size === 0) return xml;
  const doc = parseWorkbookXml(xml);
  const section = firstChild(doc.root, doc.root.uri, "definedNames");
  if (section === undefined) return xml;
  const names = childrenNamed(section, doc.root.uri, "definedName");
  const drop = names.filter((n) => {
    const local = attr(n, "localSheetId");
    return local !== undefined && indices.has(Number(local));
  });
  if (drop.length === 0) return xml;
  const splice = new Splice(xml);
  if (drop.length === names.length && section.children.length === names.length) splice.replace(section.start, section.end, "");
  else for (const n of drop) splice.replace(n.start, n.end, "");
  return splice.toString();
}

export function definedNameXml(p: string, n: NewDefinedName): string {
  const hidden = n.hidden ? ' hidden="1"' : "";
  return `<${p}definedName name="${escapeAttr(n.name)}" localSheetId="${n.localSheetId}"${hidden}>${escapeXml(n.formula)}</${p}definedName>`;
}

/**
 * Adds defined names at the end of `<definedNames>`, creating it where the
 * schema wants it (after sheets, functionGroups, externalReferences).
 */
export function addDefinedNames(xml: string, names: readonly NewDefinedName[]): string {
  if (names.length === 0) return xml;
  const doc = parseWorkbookXml(xml);
  const ns = doc.root.uri;
  const splice = new Splice(xml);
  const section = firstChild(doc.root, ns, "definedNames");
  if (section !== undefined) {
    const p = prefixOf(qualify(section, ns, "definedName", section.prefix));
    appendInside(doc, splice, section, names.map((n) => definedNameXml(p, n)).join(""));
    return splice.toString();
  }
  let after: XmlNode | undefined;
  for (const before of ["externalReferences", "functionGroups", "sheets"]) {
    after = firstChild(doc.root, ns, before);
    if (after !== undefined) break;
  }
  if (after === undefined) throw new Error("workbook.xml has no <sheets>");
  const q = qualify(doc.root, ns, "definedNames", doc.root.prefix);
  const p = prefixOf(q);
  const added = names.map((n) => definedNameXml(p, n)).join("");
  splice.insert(after.end, `<${q.name}${q.declare}>${added}</${q.name}>`);
  return splice.toString();
}
