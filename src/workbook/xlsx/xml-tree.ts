/**
 * A small namespace-aware tree over a package part, for the parts the writer
 * edits (workbook.xml, relationships, content types, styles.xml, app.xml).
 *
 * Parsed with saxes (the strict, namespace-aware SAX parser exceljs relies
 * on): every element knows its namespace URI and the prefixes in scope where
 * it stands, and its offsets in the source text. Edits are spliced into the
 * original text (`Splice`), so everything the writer does not touch — other
 * elements, attribute order, quoting, whitespace, comments — stays as
 * written. Names are matched by namespace URI and local name, never by the
 * prefix a producer happened to use (`x:sheet`, `s:sheet`, `sheet`).
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { XlsxError } from "./errors";
import { escapeAttr } from "./xml";

export interface XmlAttr {
  /** Name as written: `r:id`. */
  readonly qname: string;
  readonly local: string;
  /** Namespace URI ("" for an unprefixed attribute). */
  readonly uri: string;
  /** Decoded value. */
  readonly value: string;
}

export interface XmlNode {
  readonly qname: string;
  readonly prefix: string;
  readonly local: string;
  readonly uri: string;
  readonly attrs: readonly XmlAttr[];
  /** Index of `<` of the start tag. */
  readonly start: number;
  /** Index just past the start tag's `>`. */
  readonly openEnd: number;
  /** Index just past the element (its end tag; `openEnd` when self-closing). */
  end: number;
  readonly selfClosing: boolean;
  readonly parent: XmlNode | null;
  readonly children: XmlNode[];
  /** Prefix → URI in scope at this element ("" = the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
}

export interface XmlDoc {
  readonly text: string;
  readonly root: XmlNode;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([["xml", XML_NS]]);

/** Parses a part; throws XlsxError (not-a-package) naming the part when it is not well-formed. */
export function parseXml(text: string, partName = "part"): XmlDoc {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  let failure: string | null = null;
  parser.on("error", (e) => {
    if (failure === null) failure = e.message;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const parent = stack.length > 0 ? stack[stack.length - 1] : null;
    const openEnd = parser.position;
    const declared = Object.keys(tag.ns);
    let scope = parent === null ? ROOT_SCOPE : parent.scope;
    if (declared.length > 0) {
      const m = new Map(scope);
      for (const p of declared) m.set(p, tag.ns[p]);
      scope = m;
    }
    const attrs: XmlAttr[] = [];
    for (const a of Object.values(tag.attributes)) attrs.push({ qname: a.name, local: a.local, uri: a.uri, value: a.value });
    const node: XmlNode = {
      qname: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attrs,
      start: text.lastIndexOf("<", openEnd - 1),
      openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
      parent,
      children: [],
      scope,
    };
    if (parent !== null) parent.children.push(node);
    else root ??= node;
    stack.push(node);
  });
  parser.on("closetag", () => {
    const node = stack.pop();
    if (node !== undefined) node.end = parser.position;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    failure ??= e instanceof Error ? e.message : String(e);
  }
  if (failure !== null || root === null) {
    throw new XlsxError("not-a-package", `${partName} is not well-formed XML: ${failure ?? "no root element"}`);
  }
  return { text, root };
}

/** An attribute's value by namespace and local name (`uri` "" = unprefixed). */
export function attr(node: XmlNode, local: string, uri = ""): string | undefined {
  for (const a of node.attrs) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** The attribute itself (for its name as written). */
export function attrNode(node: XmlNode, local: string, uri = ""): XmlAttr | undefined {
  return node.attrs.find((a) => a.local === local && a.uri === uri);
}

/** Direct children with this namespace and local name. */
export function childrenNamed(node: XmlNode, uri: string, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local && c.uri === uri);
}

export function firstChild(node: XmlNode, uri: string, local: string): XmlNode | undefined {
  return node.children.find((c) => c.local === local && c.uri === uri);
}

/** Every element below `node` (depth first, in document order) with this namespace and local name. */
export function descendants(node: XmlNode, uri: string, local: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.local === local && c.uri === uri) out.push(c);
    descendants(c, uri, local, out);
  }
  return out;
}

/** Text between start and end tag, as written ("" when self-closing). */
export function innerText(doc: XmlDoc, node: XmlNode): string {
  return node.selfClosing ? "" : doc.text.slice(node.openEnd, closeTagStart(doc, node));
}

/** Index of `</` of the element's end tag (its start tag's `<` when self-closing). */
export function closeTagStart(doc: XmlDoc, node: XmlNode): number {
  return node.selfClosing ? node.start : doc.text.lastIndexOf("<", node.end - 1);
}

/** The source text of an element. */
export function outerXml(doc: XmlDoc, node: XmlNode): string {
  return doc.text.slice(node.start, node.end);
}

/**
 * How to write a name in `uri` on an element placed as a child of `parent`:
 * the name, plus a namespace declaration to put on that element when no
 * prefix for `uri` is in scope there (openpyxl declares `xmlns:r` on each
 * `<sheet>`, not on the root). Attributes never take the default namespace.
 */
export function qualify(
  parent: XmlNode,
  uri: string,
  local: string,
  preferred: string,
  forAttribute = false,
): { name: string; declare: string } {
  if (uri === "") return { name: local, declare: "" };
  if (!forAttribute && parent.scope.get("") === uri) return { name: local, declare: "" };
  for (const [prefix, bound] of parent.scope) {
    if (prefix !== "" && bound === uri) return { name: prefix + ":" + local, declare: "" };
  }
  if (!forAttribute && preferred === "") return { name: local, declare: ` xmlns="${escapeAttr(uri)}"` };
  return { name: preferred + ":" + local, declare: ` xmlns:${preferred}="${escapeAttr(uri)}"` };
}

/** The prefix (with colon, or "") for new children of `parent` in its own namespace. */
export function childPrefix(parent: XmlNode): string {
  return parent.prefix === "" ? "" : parent.prefix + ":";
}

/** Edits to a text by offsets in the original, applied all at once (offsets never shift). */
export class Splice {
  private readonly edits: { from: number; to: number; text: string; order: number }[] = [];
  constructor(readonly source: string) {}

  replace(from: number, to: number, text: string): this {
    this.edits.push({ from, to, text, order: this.edits.length });
    return this;
  }

  insert(at: number, text: string): this {
    return this.replace(at, at, text);
  }

  get size(): number {
    return this.edits.length;
  }

  toString(): string {
    if (this.edits.length === 0) return this.source;
    const sorted = [...this.edits].sort((a, b) => a.from - b.from || a.to - b.to || a.order - b.order);
    let out = "";
    let last = 0;
    for (const e of sorted) {
      if (e.from < last) throw new Error("overlapping edits");
      out += this.source.slice(last, e.from) + e.text;
      last = e.to;
    }
    return out + this.source.slice(last);
  }
}

/**
 * Appends children at the end of an element; a self-closing element is
 * opened (`<sheets/>` → `<sheets>…</sheets>`).
 */
export function appendInside(doc: XmlDoc, splice: Splice, node: XmlNode, xml: string): void {
  if (xml === "") return;
  if (node.selfClosing) {
    const tag = doc.text.slice(node.start, node.openEnd).replace(/\s*\/>$/, ">");
    splice.replace(node.start, node.openEnd, tag + xml + `</${node.qname}>`);
  } else {
    splice.insert(closeTagStart(doc, node), xml);
  }
}

/** A start tag with one attribute set (replaced in place, or added before the tag's end). */
export function startTagWith(doc: XmlDoc, node: XmlNode, qname: string, value: string): string {
  const tag = doc.text.slice(node.start, node.openEnd);
  const re = new RegExp("(\\s" + qname.replace(/[.:-]/g, "\\$&") + "\\s*=\\s*)(?:\"[^\"]*\"|'[^']*')");
  const quoted = '"' + escapeAttr(value) + '"';
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => head + quoted);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return tag.slice(0, close) + " " + qname + "=" + quoted + tag.slice(close);
}

/**
 * A part's text made ready to be stored as UTF-8: a declaration naming
 * another encoding (`encoding="UTF-16BE"`, from a part read as UTF-16) is
 * changed to UTF-8, and a byte-order mark dropped.
 */
export function asUtf8Text(xml: string): string {
  const s = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const m = /^<\?xml[^?]*?\sencoding\s*=\s*(["'])([^"']*)\1/.exec(s);
  if (m === null || /^utf-?8$/i.test(m[2])) return s;
  const at = m.index + m[0].length - m[2].length - 1;
  return s.slice(0, at) + "UTF-8" + s.slice(at + m[2].length);
}
