/**
 * Is a package part well-formed, namespace-well-formed XML 1.0 without a DTD?
 * One pass over the whole text, before any reader looks at it: the readers
 * (read-grid, shared-strings, workbook, ...) scan parts with indexOf and
 * would read a damaged part half, or loop on it. A part that fails is
 * refused whole (XlsxError damaged-part, with its line).
 *
 * Held to the strict SAX parser `saxes` (what exceljs relies on) by a
 * differential test (test/workbook/xlsx/xml-check.test.ts): the same verdict
 * and the same element, attribute and text events on every part of the
 * producer corpus and on thousands of generated and mutated parts. The hand
 * code exists for speed: see docs/xlsx-package.md for saxes against this on
 * the 60 k-row register's sheet.
 *
 * How it stays linear: the next `&`, the next `]]>` and the next character
 * XML forbids are each found once with one search from where the last one
 * was, and text between tags is judged against those positions (no scan of
 * the text itself). Only tags, names and attribute values are walked.
 */

/** Where and why a part is not well-formed. */
export interface XmlFault {
  /** Offset in the text (UTF-16 units) where the fault was found. */
  readonly offset: number;
  /** For developers (the user's message is worded from `dtd` by the CLI). */
  readonly what: string;
  /** The part holds a DTD (`<!DOCTYPE`): refused by policy, not as malformed. */
  readonly dtd: boolean;
}

/** Events for the differential test; production runs without them. */
export interface XmlVisitor {
  open(name: string, attributes: readonly (readonly [string, string])[]): void;
  close(name: string): void;
  /** Raw character data between markup (references not decoded), or a CDATA section's content (cdata true). */
  text(raw: string, cdata: boolean): void;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/**
 * Characters XML 1.0 does not allow anywhere (Char production): C0 controls
 * but tab, LF and CR; U+FFFE, U+FFFF; and surrogates, which are let through
 * when they form a pair (see nextBad). Unpaired ones cannot come from UTF-8
 * (the decoder makes U+FFFD of broken sequences), only from a broken UTF-16
 * part. saxes is no reference there: it accepts `\uD800<!--` but loses the
 * `<` of `\uD800</c>`; the differential test leaves them out.
 */
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** XML 1.0 (5th ed.) NameStartChar / NameChar beyond ASCII. */
const NAME_START_RANGES = /[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD:]/;
const NAME_RANGES = /[-.0-9\u00B7\u0300-\u036F\u203F-\u2040]/;

function isNameStart(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
  if (c >= 0xd800 && c <= 0xdbff) return (s.codePointAt(i) as number) <= 0xeffff; // U+10000–U+EFFFF
  if (c >= 0xdc00 && c <= 0xdfff) return true; // second half of a pair already judged
  return NAME_START_RANGES.test(s[i]);
}

function isNameChar(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45 || c === 46;
  return isNameStart(c, s, i) || NAME_RANGES.test(s[i]);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isXmlChar(n: number): boolean {
  return n === 9 || n === 10 || n === 13 || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly what: string,
    readonly dtd = false,
  ) {
    super(what);
  }
}

/** A namespace binding in scope: prefix ("" for the default) → URI, declared at element depth `depth`. */
interface Binding {
  readonly prefix: string;
  readonly uri: string;
  readonly depth: number;
}

/** One attribute of the start tag being read: name region and decoded-on-demand value region. */
interface Attr {
  nameStart: number;
  nameEnd: number;
  colon: number;
  valueStart: number;
  valueEnd: number;
}

class Checker {
  private readonly s: string;
  private readonly n: number;
  private readonly visit: XmlVisitor | undefined;
  /** Next `&`, `]]>` and forbidden character at or after the last position asked for (n when none). */
  private amp = -1;
  private cdataEnd = -1;
  private bad = -1;
  /** Open elements: start offset and length of each name. */
  private stackStart = new Int32Array(64);
  private stackLen = new Int32Array(64);
  private depth = 0;
  /** Next `<` at or after the last position asked for (n when none): one search serves a tag's attribute values and the next tag. */
  private lt = -1;
  private bindings: Binding[] = [
    { prefix: "xml", uri: XML_NS, depth: -1 },
    { prefix: "xmlns", uri: XMLNS_NS, depth: -1 },
  ];
  private readonly attrs: Attr[] = [];
  private attrCount = 0;

  constructor(s: string, visit: XmlVisitor | undefined) {
    this.s = s;
    this.n = s.length;
    this.visit = visit;
  }

  private nextLt(from: number): number {
    if (this.lt < from) {
      const i = this.s.indexOf("<", from);
      this.lt = i < 0 ? this.n : i;
    }
    return this.lt;
  }

  private nextAmp(from: number): number {
    if (this.amp < from) {
      const i = this.s.indexOf("&", from);
      this.amp = i < 0 ? this.n : i;
    }
    return this.amp;
  }

  private nextCdataEnd(from: number): number {
    if (this.cdataEnd < from) {
      const i = this.s.indexOf("]]>", from);
      this.cdataEnd = i < 0 ? this.n : i;
    }
    return this.cdataEnd;
  }

  private nextBad(from: number): number {
    if (this.bad < from) {
      BAD_CHAR.lastIndex = from;
      for (;;) {
        const m = BAD_CHAR.exec(this.s);
        if (m === null) {
          this.bad = this.n;
          break;
        }
        const c = this.s.charCodeAt(m.index);
        const next = this.s.charCodeAt(m.index + 1);
        if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          BAD_CHAR.lastIndex = m.index + 2; // a pair: a character beyond U+FFFF
          continue;
        }
        this.bad = m.index;
        break;
      }
    }
    return this.bad;
  }

  /** No forbidden character in [from, to). */
  private chars(from: number, to: number): void {
    const b = this.nextBad(from);
    if (b < to) throw new Fault(b, "a character XML does not allow (U+" + this.s.charCodeAt(b).toString(16).toUpperCase().padStart(4, "0") + ")");
  }

  /** Every `&` in [from, to) starts a reference to one of XML's five entities or to a character XML allows. */
  private references(from: number, to: number): void {
    for (let a = this.nextAmp(from); a < to; a = this.nextAmp(a + 1)) {
      const semi = this.s.indexOf(";", a + 1);
      if (semi < 0 || semi >= to) throw new Fault(a, "an & that starts no reference");
      const body = this.s.slice(a + 1, semi);
      if (body.charCodeAt(0) === 35) {
        const num = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
        if (!isXmlChar(num)) throw new Fault(a, "a reference to a character XML does not allow: &" + body + ";");
      } else if (body !== "amp" && body !== "lt" && body !== "gt" && body !== "quot" && body !== "apos") {
        throw new Fault(a, "a reference to an undeclared entity: &" + body + ";");
      }
    }
  }

  /** Character data [from, to) between markup, inside the root element. */
  private text(from: number, to: number): void {
    if (from >= to) return;
    this.chars(from, to);
    this.references(from, to);
    const e = this.nextCdataEnd(from);
    if (e + 3 <= to) throw new Fault(e, "]]> in character data");
    if (this.visit) this.visit.text(this.s.slice(from, to), false);
  }

  /** Outside the root element only white space may stand between markup. */
  private outside(from: number, to: number): void {
    for (let i = from; i < to; i++) if (!isSpace(this.s.charCodeAt(i))) throw new Fault(i, "text outside the root element");
  }

  /** Set by name(): the offset of the name's first colon (-1 none) and how many it has. */
  private colon = -1;
  private colons = 0;

  /** A Name starting at `i`; returns its end (ASCII inline: names in parts are ASCII but for the odd one). */
  private name(i: number, what: string): number {
    const s = this.s;
    const n = this.n;
    const c0 = s.charCodeAt(i);
    if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || c0 === 95) && (i >= n || !isNameStart(c0, s, i))) {
      throw new Fault(i, "a " + what + " that is no XML name");
    }
    let colon = c0 === 58 ? i : -1;
    let colons = c0 === 58 ? 1 : 0;
    let j = i + 1;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46) continue;
      if (c === 58) {
        if (colons++ === 0) colon = j;
        continue;
      }
      if (c < 128 || !isNameChar(c, s, j)) break;
    }
    this.colon = colon;
    this.colons = colons;
    return j;
  }

  /** QName rule of XML Namespaces for the name just read by name(): at most one colon, not first, not last. */
  private qname(start: number, end: number): number {
    const colon = this.colon;
    if (colon >= 0 && (this.colons > 1 || colon === start || colon === end - 1)) {
      throw new Fault(start, "a malformed qualified name " + this.s.slice(start, end));
    }
    return colon;
  }

  private skipSpace(i: number): number {
    while (i < this.n && isSpace(this.s.charCodeAt(i))) i++;
    return i;
  }

  run(): void {
    const s = this.s;
    let i = 0;
    if (s.startsWith("<?xml", 0) && (isSpace(s.charCodeAt(5)) || s.charCodeAt(5) === 63)) i = this.declaration();
    let root = false;
    let done = false;
    for (;;) {
      const next = this.nextLt(i);
      const lt = next === this.n ? -1 : next;
      const end = next;
      if (this.depth > 0) this.text(i, end);
      else {
        this.chars(i, end);
        this.outside(i, end);
      }
      if (lt < 0) break;
      const c = s.charCodeAt(lt + 1);
      if (c === 33) i = this.bang(lt, root);
      else if (c === 63) i = this.pi(lt);
      else if (c === 47) {
        if (this.depth === 0) throw new Fault(lt, "an end tag without its start tag");
        i = this.endTag(lt);
        if (this.depth === 0) done = true;
      } else {
        if (done) throw new Fault(lt, "a second root element");
        if (lt + 1 >= this.n) throw new Fault(lt, "a < at the end of the part");
        i = this.startTag(lt);
        root = true;
        if (this.depth === 0) done = true;
      }
    }
    if (this.depth > 0) {
      const k = this.depth - 1;
      throw new Fault(this.n, "the part ends inside <" + s.substr(this.stackStart[k], this.stackLen[k]) + ">");
    }
    if (!root) throw new Fault(this.n, "no root element");
  }

  /** `<?xml version="1.0" encoding="…" standalone="…"?>` at offset 0; returns the offset after it. */
  private declaration(): number {
    const s = this.s;
    const end = s.indexOf("?>", 5);
    if (end < 0) throw new Fault(0, "an XML declaration that never ends");
    this.chars(0, end);
    const body = s.slice(5, end);
    const m = /^(?:[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"(1\.[0-9]+)"|'(1\.[0-9]+)'))(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*$/.exec(body);
    if (m === null) throw new Fault(0, "a malformed XML declaration");
    return end + 2;
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE` at `lt`. */
  private bang(lt: number, root: boolean): number {
    const s = this.s;
    if (s.startsWith("<!--", lt)) {
      const close = s.indexOf("--", lt + 4);
      if (close < 0) throw new Fault(lt, "a comment that never ends");
      if (s.charCodeAt(close + 2) !== 62) throw new Fault(close, "-- inside a comment");
      this.chars(lt, close);
      return close + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      if (this.depth === 0) throw new Fault(lt, "a CDATA section outside the root element");
      const close = s.indexOf("]]>", lt + 9);
      if (close < 0) throw new Fault(lt, "a CDATA section that never ends");
      this.chars(lt, close);
      if (this.visit) this.visit.text(s.slice(lt + 9, close), true);
      return close + 3;
    }
    if (s.startsWith("<!DOCTYPE", lt)) throw new Fault(lt, root ? "a DTD after the root element" : "a DTD (<!DOCTYPE)", true);
    throw new Fault(lt, "markup <! that is no comment or CDATA section");
  }

  /** `<?target …?>` at `lt` (not the XML declaration, which only stands at offset 0). */
  private pi(lt: number): number {
    const s = this.s;
    const nameEnd = this.name(lt + 2, "processing instruction target");
    const target = s.slice(lt + 2, nameEnd);
    if (target === "xml") throw new Fault(lt, "an XML declaration that is not at the start of the part");
    if (target.indexOf(":") >= 0) throw new Fault(lt, "a colon in a processing instruction target");
    const close = s.indexOf("?>", nameEnd);
    if (close < 0) throw new Fault(lt, "a processing instruction that never ends");
    const after = s.charCodeAt(nameEnd);
    if (after !== 63 && !isSpace(after)) throw new Fault(nameEnd, "a malformed processing instruction target");
    this.chars(lt, close);
    return close + 2;
  }

  private endTag(lt: number): number {
    const s = this.s;
    const k = this.depth - 1;
    const start = this.stackStart[k];
    const len = this.stackLen[k];
    // The end tag must repeat the start tag's name: compared in place, then the name must end there.
    let j = 0;
    while (j < len && s.charCodeAt(lt + 2 + j) === s.charCodeAt(start + j)) j++;
    const nameEnd = lt + 2 + len;
    if (j < len || (nameEnd < this.n && isNameChar(s.charCodeAt(nameEnd), s, nameEnd))) {
      const end = this.name(lt + 2, "end tag name");
      throw new Fault(lt, "</" + s.slice(lt + 2, end) + "> ends <" + s.substr(start, len) + ">");
    }
    const gt = this.skipSpace(nameEnd);
    if (s.charCodeAt(gt) !== 62) throw new Fault(lt, "a malformed end tag");
    this.depth = k;
    this.dropBindings(k);
    if (this.visit) this.visit.close(s.slice(lt + 2, nameEnd));
    return gt + 1;
  }

  private startTag(lt: number): number {
    const s = this.s;
    const nameEnd = this.name(lt + 1, "element name");
    const colon = this.qname(lt + 1, nameEnd);
    this.attrCount = 0;
    let i = nameEnd;
    for (;;) {
      const j = this.skipSpace(i);
      const c = s.charCodeAt(j);
      if (c === 62 || (c === 47 && s.charCodeAt(j + 1) === 62)) {
        const depth = this.depth;
        this.namespaces(lt + 1, colon, depth);
        if (this.visit) this.visitOpen(lt + 1, nameEnd);
        if (c === 62) {
          if (depth === this.stackStart.length) this.growStack();
          this.stackStart[depth] = lt + 1;
          this.stackLen[depth] = nameEnd - lt - 1;
          this.depth = depth + 1;
          return j + 1;
        }
        this.dropBindings(depth);
        if (this.visit) this.visit.close(s.slice(lt + 1, nameEnd));
        return j + 2;
      }
      if (j >= this.n) throw new Fault(lt, "a start tag that never ends");
      if (j === i) throw new Fault(j, "no white space before an attribute");
      i = this.attribute(j);
    }
  }

  private growStack(): void {
    const start = new Int32Array(this.stackStart.length * 2);
    const len = new Int32Array(this.stackLen.length * 2);
    start.set(this.stackStart);
    len.set(this.stackLen);
    this.stackStart = start;
    this.stackLen = len;
  }

  /** `name = "value"` at `i`; returns the offset after the closing quote. */
  private attribute(i: number): number {
    const s = this.s;
    const nameEnd = this.name(i, "attribute name");
    const colon = this.qname(i, nameEnd);
    let j = this.skipSpace(nameEnd);
    if (s.charCodeAt(j) !== 61) throw new Fault(j, "an attribute without a value");
    j = this.skipSpace(j + 1);
    const q = s.charCodeAt(j);
    if (q !== 34 && q !== 39) throw new Fault(j, "an attribute value without quotes");
    const close = s.indexOf(q === 34 ? '"' : "'", j + 1);
    if (close < 0) throw new Fault(j, "an attribute value that never ends");
    const lt = this.nextLt(j + 1);
    if (lt < close) throw new Fault(lt, "a < inside an attribute value");
    this.chars(j + 1, close);
    this.references(j + 1, close);
    for (let k = 0; k < this.attrCount; k++) {
      const a = this.attrs[k];
      if (a.nameEnd - a.nameStart === nameEnd - i && sameChars(s, i, a.nameStart, nameEnd - i)) {
        throw new Fault(i, "a duplicate attribute " + s.slice(i, nameEnd));
      }
    }
    if (this.attrCount === this.attrs.length) this.attrs.push({ nameStart: 0, nameEnd: 0, colon: -1, valueStart: 0, valueEnd: 0 });
    const a = this.attrs[this.attrCount++];
    a.nameStart = i;
    a.nameEnd = nameEnd;
    a.colon = colon;
    a.valueStart = j + 1;
    a.valueEnd = close;
    return close + 1;
  }

  /** Declarations of this start tag first, then its own and its attributes' prefixes must be bound. */
  private namespaces(nameStart: number, colon: number, depth: number): void {
    const s = this.s;
    for (let k = 0; k < this.attrCount; k++) {
      const a = this.attrs[k];
      if (s.startsWith("xmlns", a.nameStart) && (a.nameEnd === a.nameStart + 5 || a.colon === a.nameStart + 5)) {
        const prefix = a.colon < 0 ? "" : s.slice(a.colon + 1, a.nameEnd);
        const uri = decodeValue(s.slice(a.valueStart, a.valueEnd)).trim(); // as saxes compares them
        this.declare(prefix, uri, depth, a.nameStart);
      }
    }
    if (colon >= 0) {
      const prefix = s.slice(nameStart, colon);
      if (prefix === "xmlns") throw new Fault(nameStart, "an element with the prefix xmlns");
      if (this.resolve(prefix) === undefined) throw new Fault(nameStart, "an unbound namespace prefix " + prefix);
    }
    let prefixed = 0;
    for (let k = 0; k < this.attrCount; k++) {
      const a = this.attrs[k];
      if (a.colon < 0) continue;
      prefixed++;
      const prefix = s.slice(a.nameStart, a.colon);
      if (this.resolve(prefix) === undefined) throw new Fault(a.nameStart, "an unbound namespace prefix " + prefix);
    }
    if (prefixed > 1) this.expandedDuplicates();
  }

  /** Two prefixed attributes with the same local name and the same namespace (`a:x`, `b:x`, a and b bound alike). */
  private expandedDuplicates(): void {
    const s = this.s;
    const seen = new Set<string>();
    for (let k = 0; k < this.attrCount; k++) {
      const a = this.attrs[k];
      if (a.colon < 0) continue;
      const key = "{" + this.resolve(s.slice(a.nameStart, a.colon)) + "}" + s.slice(a.colon + 1, a.nameEnd);
      if (seen.has(key)) throw new Fault(a.nameStart, "a duplicate attribute " + key);
      seen.add(key);
    }
  }

  private declare(prefix: string, uri: string, depth: number, at: number): void {
    if (prefix !== "" && uri === "") throw new Fault(at, "xmlns:" + prefix + " undeclared (not allowed in XML 1.0)");
    if (prefix === "xml" && uri !== XML_NS) throw new Fault(at, "the prefix xml bound to another namespace");
    if (prefix === "xmlns") throw new Fault(at, "a declaration of the prefix xmlns");
    if (uri === XMLNS_NS) throw new Fault(at, "a prefix bound to the xmlns namespace");
    if (uri === XML_NS && prefix !== "xml") throw new Fault(at, "the xml namespace bound to another prefix");
    this.bindings.push({ prefix, uri, depth });
  }

  private resolve(prefix: string): string | undefined {
    for (let k = this.bindings.length - 1; k >= 0; k--) {
      const b = this.bindings[k];
      if (b.prefix === prefix) return b.uri === "" ? undefined : b.uri;
    }
    return undefined;
  }

  /** Drops the bindings declared by the element at `depth` (when it ends). */
  private dropBindings(depth: number): void {
    const b = this.bindings;
    while (b.length > 2 && b[b.length - 1].depth >= depth) b.pop();
  }

  private visitOpen(nameStart: number, nameEnd: number): void {
    const s = this.s;
    const list: [string, string][] = [];
    for (let k = 0; k < this.attrCount; k++) {
      const a = this.attrs[k];
      list.push([s.slice(a.nameStart, a.nameEnd), s.slice(a.valueStart, a.valueEnd)]);
    }
    (this.visit as XmlVisitor).open(s.slice(nameStart, nameEnd), list);
  }
}

function sameChars(s: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** An attribute value's text (namespace URIs only: they are compared, so references must be decoded). */
function decodeValue(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The first fault of a part, or null when it is well-formed, namespace-well-formed and has no DTD. */
export function checkXml(text: string, visit?: XmlVisitor): XmlFault | null {
  try {
    new Checker(text, visit).run();
    return null;
  } catch (e) {
    if (e instanceof Fault) return { offset: e.offset, what: e.what, dtd: e.dtd };
    throw e;
  }
}
