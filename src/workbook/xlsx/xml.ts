/**
 * Just enough XML for package parts: decoding and escaping text, reading a
 * start tag's attributes, finding and removing elements by qualified name.
 * No DOM and no tree — parts are patched as text so that everything the
 * adapter does not understand stays exactly as it was.
 *
 * Qualified names: SpreadsheetML parts are usually written with a default
 * namespace (`<sheet>`), but some writers prefix it (`<x:sheet>`); callers
 * find the prefix of the root with `prefixOf` and pass `prefix + localName`.
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** OOXML's escape for characters XML cannot hold (`_x000D_` = CR); `_x005F_` escapes the `_` itself. */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(_m: string, e: string): string {
  if (e.charCodeAt(0) !== 35 /* # */) return NAMED[e];
  const code = e.charCodeAt(1) === 120 /* x */ ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
}

/**
 * Character data or an attribute value as written → the text it stands for
 * (line ends normalised as XML does). CDATA sections (`<![CDATA[No]]>`, which
 * some writers put in `<t>`) are taken literally.
 */
export function decodeXml(raw: string): string {
  let s = raw;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  const cdata = s.indexOf("<![CDATA[");
  if (cdata >= 0) return decodeWithCdata(s, cdata);
  return s.indexOf("&") >= 0 ? s.replace(ENTITY, entity) : s;
}

function decodeWithCdata(s: string, first: number): string {
  let out = "";
  let i = 0;
  for (let open = first; open >= 0; open = s.indexOf("<![CDATA[", i)) {
    out += s.slice(i, open).replace(ENTITY, entity);
    const close = s.indexOf("]]>", open + 9);
    if (close < 0) return out + s.slice(open + 9);
    out += s.slice(open + 9, close);
    i = close + 3;
  }
  return out + s.slice(i).replace(ENTITY, entity);
}

/** Text of a SpreadsheetML string (`<t>`, `<v>`): XML decoding plus OOXML's `_xHHHH_` escapes. */
export function decodeOoxmlString(raw: string): string {
  const s = decodeXml(raw);
  return s.indexOf("_x") >= 0 ? s.replace(OOXML_ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference
 * (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates): a
 * sheet name read from a damaged file must not make the output damaged too.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_FORBIDDEN = new RegExp(XML_FORBIDDEN.source);

/** What a forbidden character becomes: the replacement character, visible and valid. */
function withoutForbidden(s: string): string {
  return HAS_FORBIDDEN.test(s) ? s.replace(XML_FORBIDDEN, "\uFFFD") : s;
}

/** Escapes character data. */
export function escapeXml(s: string): string {
  return withoutForbidden(s).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Escapes an attribute value (double-quoted); tabs and line ends as character references so they survive. */
export function escapeAttr(s: string): string {
  return withoutForbidden(s).replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&#" + c.charCodeAt(0) + ";";
    }
  });
}

/**
 * Control characters XML 1.0 cannot hold, CR (an XML parser would turn it
 * into LF), lone surrogates, and text that already looks like an `_xHHHH_`
 * escape (its `_` must itself be escaped, or a reader would decode it).
 */
const NEEDS_OOXML_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/**
 * String.prototype.charCodeAt, called as `charCodeAt.call(s, i)` in loops over texts of many origins. Report
 * texts reach the writer in many of V8's string representations (flat or concatenated, sliced, internalised,
 * one- or two-byte), and `s.charCodeAt(i)` on all of them makes the method's lookup megamorphic: a generic
 * lookup per character. Called through this constant, the optimising compiler reads the character directly
 * (4× faster on such a mix). A module's own constant, never an imported one: an import is a property of
 * another module's exports, which the compiler does not take as constant (the call then stays generic).
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * A character escapeOoxmlString leaves as it is, and that needs no look at its neighbours: not a control
 * character but tab and line feed, not `&<>`, not `_` (it may start an `_xHHHH_`), no surrogate (even of a
 * valid pair), not U+FFFE/U+FFFF.
 */
function isPlainChar(c: number): boolean {
  if (c < 0x20) return c === 9 || c === 10;
  return c !== 38 && c !== 60 && c !== 62 && c !== 95 && (c < 0xd800 || c > 0xdfff) && c < 0xfffe;
}

/** Text for a SpreadsheetML `<t>`: OOXML escapes for what XML cannot carry, then XML escaping. */
export function escapeOoxmlString(s: string): string {
  // Most report texts have nothing to escape: one loop over them is much cheaper than the three regular expressions.
  const n = s.length;
  let i = 0;
  while (i < n && isPlainChar(charCodeAt.call(s, i))) i++;
  if (i === n) return s;
  const escaped = s.replace(NEEDS_OOXML_ESCAPE, (m) => {
    if (m.length > 1) return "_x005F_" + m.slice(1); // a literal `_xHHHH_`
    const code = m.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return "\uFFFD"; // cannot be written in UTF-8
    return "_x" + hex4(code) + "_";
  });
  return escapeXml(escaped);
}

/** Index just past the `>` that ends the tag opening at `lt`, skipping quoted attribute values. -1 when unterminated. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62 /* > */) return i + 1;
  }
  return -1;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag (`<sheet name="a" r:id="rId1"/>`), values decoded, names as written. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m !== null; m = ATTRIBUTE.exec(tag)) {
    out.set(m[1], decodeXml(m[2] !== undefined ? m[2] : m[3]));
  }
  return out;
}

/** An attribute by local name, whatever its prefix (`r:id`, `rel:id` → `id`). Unprefixed names match only unprefixed. */
export function prefixedAttribute(attrs: Map<string, string>, localName: string): string | undefined {
  for (const [name, value] of attrs) {
    const colon = name.indexOf(":");
    if (colon >= 0 && name.slice(colon + 1) === localName && !name.startsWith("xmlns")) return value;
  }
  return undefined;
}

/** Prefix (with its colon, or "") of the first element with this local name: `x:` for `<x:worksheet ...>`. */
export function prefixOf(xml: string, localName: string): string {
  const m = new RegExp("<([A-Za-z_][\\w.-]*:)?" + localName + "[\\s/>]").exec(xml);
  return m !== null && m[1] !== undefined ? m[1] : "";
}

/** The namespace prefix bound to a URI on the root element (`r` for xmlns:r="..."), or null. */
export function prefixForNamespace(xml: string, uri: string): string | null {
  const re = /xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if ((m[2] ?? m[3]) === uri) return m[1];
  }
  return null;
}

export interface Element {
  /** Index of `<`. */
  readonly start: number;
  /** Index just past the start tag's `>`. */
  readonly openEnd: number;
  /** Index just past the whole element (its end tag, or the start tag when self-closing). */
  readonly end: number;
  /** The start tag as written. */
  readonly tag: string;
  readonly selfClosing: boolean;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** Index of the next start tag of `qname` at or after `from`, or -1. */
export function findStartTag(xml: string, qname: string, from = 0, to = xml.length): number {
  const open = "<" + qname;
  for (let i = xml.indexOf(open, from); i >= 0 && i < to; i = xml.indexOf(open, i + 1)) {
    if (isNameEnd(xml.charCodeAt(i + open.length))) return i;
  }
  return -1;
}

/**
 * The element starting at `start` (a start tag of `qname`), with its extent.
 * Nested elements of the same name are counted, so an `<extLst>` holding an
 * `<extLst>` ends at the right end tag.
 */
export function elementAt(xml: string, start: number, qname: string): Element {
  const openEnd = tagEnd(xml, start);
  if (openEnd < 0) throw new Error("unterminated tag <" + qname);
  const tag = xml.slice(start, openEnd);
  if (xml.charCodeAt(openEnd - 2) === 47 /* / */) return { start, openEnd, end: openEnd, tag, selfClosing: true };
  const close = "</" + qname + ">";
  let depth = 1;
  let i = openEnd;
  for (;;) {
    const nextClose = xml.indexOf(close, i);
    if (nextClose < 0) throw new Error("missing </" + qname + ">");
    const nextOpen = findStartTag(xml, qname, i, nextClose);
    if (nextOpen >= 0) {
      const innerEnd = tagEnd(xml, nextOpen);
      if (xml.charCodeAt(innerEnd - 2) !== 47) depth++;
      i = innerEnd;
      continue;
    }
    if (--depth === 0) return { start, openEnd, end: nextClose + close.length, tag, selfClosing: false };
    i = nextClose + close.length;
  }
}

/** Every element named `qname` between `from` and `to` (not descending into matches). */
export function elements(xml: string, qname: string, from = 0, to = xml.length): Element[] {
  const out: Element[] = [];
  for (let i = findStartTag(xml, qname, from, to); i >= 0; i = findStartTag(xml, qname, i, to)) {
    const el = elementAt(xml, i, qname);
    out.push(el);
    i = el.end;
  }
  return out;
}

/** The first element named `qname`, or null. */
export function firstElement(xml: string, qname: string, from = 0, to = xml.length): Element | null {
  const i = findStartTag(xml, qname, from, to);
  return i < 0 ? null : elementAt(xml, i, qname);
}

/** Inner text (between start and end tag) of an element; "" when self-closing. */
export function innerOf(xml: string, el: Element, qname: string): string {
  return el.selfClosing ? "" : xml.slice(el.openEnd, el.end - qname.length - 3);
}

/** The text with every element named `qname` removed (between `from` and `to` only). */
export function removeElements(xml: string, qname: string, from = 0, to = xml.length): string {
  const found = elements(xml, qname, from, to);
  if (found.length === 0) return xml;
  let out = "";
  let last = 0;
  for (const el of found) {
    out += xml.slice(last, el.start);
    last = el.end;
  }
  return out + xml.slice(last);
}

/** Replaces an attribute's value in a start tag, or adds the attribute before the tag's end. */
export function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp("(\\s" + name.replace(/[.:]/g, "\\$&") + "\\s*=\\s*)(?:\"[^\"]*\"|'[^']*')");
  const quoted = '"' + escapeAttr(value) + '"';
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => head + quoted);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return tag.slice(0, close) + " " + name + "=" + quoted + tag.slice(close);
}

/** Removes an attribute from a start tag. */
export function removeAttribute(tag: string, name: string): string {
  const re = new RegExp("\\s" + name.replace(/[.:]/g, "\\$&") + "\\s*=\\s*(?:\"[^\"]*\"|'[^']*')", "g");
  return tag.replace(re, "");
}
