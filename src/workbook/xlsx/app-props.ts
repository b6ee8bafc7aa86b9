/**
 * docProps/app.xml keeps a list of the workbook's sheets (TitlesOfParts,
 * counted by group in HeadingPairs: "Worksheets" / "ワークシート" / ...).
 * When the writer adds or renames sheets, the worksheet group is brought up
 * to date: new names at its end (new sheets go after the existing ones),
 * renamed ones in place, the group's count and the vector's size updated.
 * The group is the one whose titles are exactly the workbook's worksheets
 * before the edit; when no group is (a list already stale), the part is left
 * alone — Excel and LibreOffice rebuild it on save and never read it back.
 */
import type { PackageEditor, XlsxPackage } from "./package";
import { relKind } from "./namespaces";
import { parseRelationships } from "./relationships";
import { escapeXml } from "./xml";
import {
  asUtf8Text,
  attr,
  childrenNamed,
  closeTagStart,
  firstChild,
  innerText,
  parseXml,
  qualify,
  Splice,
  startTagWith,
  type XmlDoc,
  type XmlNode,
} from "./xml-tree";
import { decodeXml } from "./xml";

const EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

export interface SheetListChange {
  /** Worksheet names in tab order before the edit. */
  readonly before: readonly string[];
  /** Old name → new name of sheets the writer renamed. */
  readonly renamed: ReadonlyMap<string, string>;
  /** Names of the sheets added, in tab order. */
  readonly added: readonly string[];
}

function vectorOf(doc: XmlDoc, name: string): XmlNode | undefined {
  const el = firstChild(doc.root, EP, name);
  return el === undefined ? undefined : firstChild(el, VT, "vector");
}

/** HeadingPairs as (count element, count) per group, in order. */
function groups(doc: XmlDoc, pairs: XmlNode): { count: XmlNode; n: number }[] {
  const out: { count: XmlNode; n: number }[] = [];
  const variants = childrenNamed(pairs, VT, "variant");
  for (let i = 1; i < variants.length; i += 2) {
    const count = firstChild(variants[i], VT, "i4") ?? firstChild(variants[i], VT, "int");
    if (count === undefined) return [];
    out.push({ count, n: Number(decodeXml(innerText(doc, count)).trim()) });
  }
  return out;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** app.xml with the worksheet group brought up to date; the text unchanged when nothing can be matched. */
export function updateAppSheetList(xml: string, change: SheetListChange): string {
  if (change.added.length === 0 && change.renamed.size === 0) return xml;
  const doc = parseXml(xml, "docProps/app.xml");
  const pairs = vectorOf(doc, "HeadingPairs");
  const titles = vectorOf(doc, "TitlesOfParts");
  if (pairs === undefined || titles === undefined) return xml;
  const items = childrenNamed(titles, VT, "lpstr");
  const texts = items.map((el) => decodeXml(innerText(doc, el)));
  let from = 0;
  for (const g of groups(doc, pairs)) {
    if (!Number.isInteger(g.n) || g.n <= 0 || from + g.n > items.length) return xml;
    if (same(texts.slice(from, from + g.n), change.before)) return edit(doc, titles, items.slice(from, from + g.n), g.count, change);
    from += g.n;
  }
  return xml;
}

function edit(doc: XmlDoc, titles: XmlNode, group: readonly XmlNode[], count: XmlNode, change: SheetListChange): string {
  const splice = new Splice(doc.text);
  for (const el of group) {
    const now = change.renamed.get(decodeXml(innerText(doc, el)));
    if (now !== undefined) splice.replace(el.openEnd, closeTagStart(doc, el), escapeXml(now));
  }
  if (change.added.length > 0) {
    const q = qualify(titles, VT, "lpstr", "vt");
    splice.insert(group[group.length - 1].end, change.added.map((n) => `<${q.name}${q.declare}>${escapeXml(n)}</${q.name}>`).join(""));
    splice.replace(count.openEnd, closeTagStart(doc, count), String(group.length + change.added.length));
    const size = Number(attr(titles, "size") ?? "NaN");
    if (Number.isInteger(size)) splice.replace(titles.start, titles.openEnd, startTagWith(doc, titles, "size", String(size + change.added.length)));
  }
  return splice.toString();
}

/** The package's extended-properties part (docProps/app.xml) by `_rels/.rels`, or null. */
function appPropsPath(pkg: XlsxPackage): string | null {
  const rel = parseRelationships("", pkg.text("_rels/.rels")).find((r) => relKind(r.type) === "extended-properties" && r.path !== null);
  return rel?.path != null ? (pkg.resolve(rel.path) ?? null) : null;
}

/** Brings app.xml's sheet list up to date in the editor; an app.xml that cannot be read is left as it is. */
export function updateAppProps(pkg: XlsxPackage, editor: PackageEditor, change: SheetListChange): void {
  const path = appPropsPath(pkg);
  const xml = path === null ? undefined : pkg.text(path);
  if (path === null || xml === undefined) return;
  let updated: string;
  try {
    updated = updateAppSheetList(xml, change);
  } catch {
    return; // only a list Excel rebuilds on save: never a reason to refuse the report
  }
  if (updated !== xml) editor.set(path, asUtf8Text(updated));
}
