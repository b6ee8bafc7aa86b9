/**
 * What the reader needs from styles.xml: the number format code of each
 * cell style (cellXfs index → code, null for General), so that the engine can
 * tell a date or a percentage from a plain number.
 */
import { BUILTIN_FORMATS } from "./builtin-formats";
import type { XlsxPackage } from "./package";
import { workbookOf } from "./workbook";
import { attr, descendants, firstChild, parseXml, type XmlDoc, type XmlNode } from "./xml-tree";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The records of a styles.xml section (`fonts` → its `<font>`s) in index
 * order. A record wrapped in `mc:AlternateContent` (Choice and Fallback, as
 * Hancell writes fonts) is one record: the AlternateContent is listed.
 */
export function styleRecords(doc: XmlDoc, section: string, child: string): XmlNode[] {
  const root = doc.root;
  const el = firstChild(root, root.uri, section);
  if (el === undefined) return [];
  return el.children.filter((c) => (c.uri === root.uri && c.local === child) || (c.uri === MC && c.local === "AlternateContent"));
}

/** The record itself: the first one in an AlternateContent (its Choice), else the element. */
function recordElement(doc: XmlDoc, record: XmlNode, child: string): XmlNode | undefined {
  return record.local === child ? record : descendants(record, doc.root.uri, child)[0];
}

/** Custom formats (`<numFmt numFmtId="164" formatCode="..."/>`): id → code. */
export function customFormats(doc: XmlDoc): Map<number, string> {
  const out = new Map<number, string>();
  const section = firstChild(doc.root, doc.root.uri, "numFmts");
  if (section === undefined) return out;
  for (const el of descendants(section, doc.root.uri, "numFmt")) {
    const id = Number(attr(el, "numFmtId"));
    const code = attr(el, "formatCode");
    if (Number.isInteger(id) && code !== undefined) out.set(id, code);
  }
  return out;
}

/** The format code of a numFmtId; null for General (and unknown built-in ids, which Excel shows as General). */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | null {
  const code = custom.get(id) ?? BUILTIN_FORMATS.get(id);
  if (code === undefined) return null;
  return code === "General" || code === "G/標準" ? null : code;
}

/** cellXfs index → format code (null = General). Empty when the package has no styles part. */
export function cellFormats(pkg: XlsxPackage): readonly (string | null)[] {
  return pkg.memo("cellFormats", () => {
    const path = workbookOf(pkg).stylesPath;
    const xml = path === null ? undefined : pkg.text(path);
    if (xml === undefined) return [];
    const doc = parseXml(xml, path as string);
    const custom = customFormats(doc);
    return styleRecords(doc, "cellXfs", "xf").map((record) => {
      const xf = recordElement(doc, record, "xf");
      return formatCode(Number((xf && attr(xf, "numFmtId")) ?? "0"), custom);
    });
  });
}
