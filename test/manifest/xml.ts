/**
 * A small, strict XML 1.0 reader for the manifest test: enough to prove the
 * manifest well-formed (offline, no XSD available, no dependency) and to query it.
 *
 * Checks: one root element; tags balanced and matching; attributes quoted,
 * not repeated, free of `<`; every `&` a known entity or character reference;
 * comments without `--`; no `]]>` in text; the XML declaration only at the
 * very start; every namespace prefix (element or attribute) declared in scope.
 * Not supported (the manifest needs none): DOCTYPE and custom entities.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Text directly inside this element (entities decoded, CDATA included), untrimmed. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
}

export class XmlError extends Error {}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]+/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

interface Mutable {
  name: string;
  attrs: Record<string, string>;
  children: Mutable[];
  text: string;
  line: number;
}

export function parseXml(source: string): XmlElement {
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;

  const lineAt = (at: number): number => source.slice(0, at).split("\n").length;
  const fail = (message: string, at: number = pos): never => {
    throw new XmlError(`${message} (line ${lineAt(at)})`);
  };
  const startsWith = (s: string): boolean => source.startsWith(s, pos);
  const skipSpace = (): boolean => {
    SPACE.lastIndex = pos;
    if (SPACE.exec(source) === null) return false;
    pos = SPACE.lastIndex;
    return true;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(source);
    if (m === null) return fail("name expected");
    pos = NAME.lastIndex;
    return m[0];
  };

  /** Decodes entity and character references; `&` must start one. */
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(";")) return fail(`bare '&' (write &amp;)`, at);
      if (ref in PREDEFINED) return PREDEFINED[ref];
      const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (num === null) return fail(`unknown entity &${ref};`, at);
      const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
      if (code === 0 || code > 0x10ffff) return fail(`invalid character reference &${ref};`, at);
      return String.fromCodePoint(code);
    });

  const comment = (): void => {
    const end = source.indexOf("-->", pos + 4);
    if (end < 0) fail("unterminated comment");
    const body = source.slice(pos + 4, end);
    if (body.includes("--") || body.endsWith("-")) fail("'--' inside a comment");
    pos = end + 3;
  };
  const processingInstruction = (): void => {
    const at = pos;
    pos += 2;
    const target = name();
    if (target.toLowerCase() === "xml") fail("XML declaration not at the start of the document", at);
    const end = source.indexOf("?>", pos);
    if (end < 0) fail("unterminated processing instruction", at);
    pos = end + 2;
  };
  /** Comments, processing instructions and space between top-level items. */
  const misc = (): void => {
    for (;;) {
      skipSpace();
      if (startsWith("<!--")) comment();
      else if (startsWith("<?")) processingInstruction();
      else return;
    }
  };

  if (startsWith("<?xml")) {
    const end = source.indexOf("?>", pos);
    if (end < 0) fail("unterminated XML declaration");
    const decl = source.slice(pos + 5, end);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(decl)) {
      fail("malformed XML declaration");
    }
    pos = end + 2;
  }
  misc();
  if (startsWith("<!DOCTYPE")) fail("DOCTYPE is not supported");
  if (!startsWith("<")) fail("root element expected");

  /** Namespace prefixes in scope, innermost last. */
  const scopes: Set<string>[] = [new Set(["xml", "xmlns"])];
  const declared = (prefix: string): boolean => scopes.some((s) => s.has(prefix));
  const checkPrefix = (qname: string, at: number): void => {
    const parts = qname.split(":");
    if (parts.length > 2 || parts.some((p) => p === "")) fail(`bad qualified name ${qname}`, at);
    if (parts.length === 2 && !declared(parts[0])) fail(`undeclared namespace prefix '${parts[0]}' in ${qname}`, at);
  };

  const element = (): Mutable => {
    const start = pos;
    pos += 1;
    const tag = name();
    const el: Mutable = { name: tag, attrs: {}, children: [], text: "", line: lineAt(start) };
    for (;;) {
      const spaced = skipSpace();
      if (startsWith("/>") || startsWith(">")) break;
      if (!spaced) fail(`space expected between attributes of <${tag}>`);
      const attrAt = pos;
      const attr = name();
      skipSpace();
      if (source[pos] !== "=") fail(`'=' expected after ${attr}`);
      pos += 1;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`quoted value expected for ${attr}`);
      const end = source.indexOf(quote, pos + 1);
      if (end < 0) fail(`unterminated value of ${attr}`);
      const raw = source.slice(pos + 1, end);
      if (raw.includes("<")) fail(`'<' in the value of ${attr}`, attrAt);
      if (attr in el.attrs) fail(`attribute ${attr} repeated`, attrAt);
      el.attrs[attr] = decode(raw, attrAt);
      pos = end + 1;
    }
    const scope = new Set<string>();
    for (const attr of Object.keys(el.attrs)) {
      if (attr.startsWith("xmlns:")) scope.add(attr.slice(6));
    }
    scopes.push(scope);
    checkPrefix(tag, start);
    for (const attr of Object.keys(el.attrs)) {
      if (attr !== "xmlns" && !attr.startsWith("xmlns:")) checkPrefix(attr, start);
    }
    if (startsWith("/>")) {
      pos += 2;
      scopes.pop();
      return el;
    }
    pos += 1; // '>'
    for (;;) {
      const lt = source.indexOf("<", pos);
      if (lt < 0) fail(`<${tag}> is never closed`, start);
      const raw = source.slice(pos, lt);
      if (raw.includes("]]>")) fail("']]>' in text");
      el.text += decode(raw, pos);
      pos = lt;
      if (startsWith("</")) {
        pos += 2;
        const closing = name();
        skipSpace();
        if (source[pos] !== ">") fail(`'>' expected to close </${closing}`);
        pos += 1;
        if (closing !== tag) fail(`</${closing}> closes <${tag}> (opened on line ${lineAt(start)})`);
        scopes.pop();
        return el;
      }
      if (startsWith("<!--")) comment();
      else if (startsWith("<![CDATA[")) {
        const end = source.indexOf("]]>", pos);
        if (end < 0) fail("unterminated CDATA section");
        el.text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (startsWith("<?")) processingInstruction();
      else if (startsWith("<!")) fail("unexpected markup declaration");
      else el.children.push(element());
    }
  };

  const root = element();
  misc();
  if (pos < source.length) fail("content after the root element");
  return root;
}

/** Children with this name (qualified name as written). */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The one child with this name; throws when there are none or several. */
export function child(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

/** Every element of the tree, document order. */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}
