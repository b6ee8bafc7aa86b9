/**
 * checkXml held to saxes (the strict SAX parser exceljs relies on), the
 * reference for "well-formed, namespace-well-formed XML 1.0": on every XML
 * part of the 203 producer workbooks and on thousands of generated and
 * mutated parts, both give the same verdict (accepted / refused, a DTD
 * counting as refused) and, when both accept, the same events: elements
 * with their attributes (names and decoded values), end tags, and the text
 * between them (references decoded, line ends normalised).
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { checkXml, type XmlVisitor } from "../../../src/workbook/xlsx/xml-check";
import { decodeXml } from "../../../src/workbook/xlsx/xml";

const ROOT = path.join(__dirname, "..", "..", "..");
const PRODUCERS = path.join(ROOT, "..", "shared", "fixtures", "producers");

type Event = string;

interface Verdict {
  readonly ok: boolean;
  readonly events: readonly Event[];
  readonly why: string;
}

/** Adjacent text events as one; empty text and text outside the root dropped (saxes and we split text differently). */
class Events {
  readonly list: Event[] = [];
  private text = "";
  depth = 0;
  add(e: Event): void {
    if (this.text !== "") this.list.push("text " + JSON.stringify(this.text));
    this.text = "";
    this.list.push(e);
  }
  addText(t: string): void {
    if (this.depth > 0) this.text += t;
  }
}

function bySaxes(xml: string): Verdict {
  const parser = new SaxesParser({ xmlns: true });
  const ev = new Events();
  let why = "";
  parser.on("error", (e) => {
    if (why === "") why = e.message;
  });
  parser.on("doctype", () => {
    if (why === "") why = "doctype";
  });
  parser.on("opentag", (tag) => {
    const attrs = Object.values(tag.attributes).map((a) => [a.name, a.value]);
    ev.add("open " + tag.name + " " + JSON.stringify(attrs));
    ev.depth++;
  });
  parser.on("closetag", (tag) => {
    ev.depth--;
    ev.add("close " + tag.name);
  });
  parser.on("text", (t) => ev.addText(t));
  parser.on("cdata", (t) => ev.addText(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    if (why === "") why = String(e);
  }
  return { ok: why === "", events: ev.list, why };
}

const eol = (s: string) => s.replace(/\r\n?/g, "\n");
/** Attribute-value normalisation (XML 1.0 §3.3.3): literal white space becomes a space, references are decoded after. */
const attrValue = (raw: string) => decodeXml(eol(raw).replace(/[\t\n]/g, " "));

function byCheck(xml: string): Verdict {
  const ev = new Events();
  const visitor: XmlVisitor = {
    open(name, attributes) {
      ev.add("open " + name + " " + JSON.stringify(attributes.map(([n, v]) => [n, attrValue(v)])));
      ev.depth++;
    },
    close(name) {
      ev.depth--;
      ev.add("close " + name);
    },
    text(raw, cdata) {
      ev.addText(cdata ? eol(raw) : decodeXml(eol(raw)));
    },
  };
  const fault = checkXml(xml, visitor);
  return { ok: fault === null, events: ev.list, why: fault === null ? "" : fault.what };
}

/** Verdicts seen, so that a generator that makes only good (or only bad) parts is noticed. */
const seen = { ok: 0, refused: 0 };

function agree(xml: string): void {
  const a = bySaxes(xml);
  seen[a.ok ? "ok" : "refused"]++;
  const b = byCheck(xml);
  const got = { xml: xml.slice(0, 3000), ok: b.ok, why: b.why };
  expect(got).toEqual({ ...got, ok: a.ok, why: a.ok === b.ok ? b.why : "saxes: " + a.why });
  if (a.ok) expect({ xml: xml.slice(0, 3000), events: b.events }).toEqual({ xml: xml.slice(0, 3000), events: a.events });
}

function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

const producerFiles = fs.existsSync(PRODUCERS) ? fs.readdirSync(PRODUCERS).filter((f) => /\.xls[xm]$/i.test(f)).sort() : [];

describe("checkXml agrees with saxes on every XML part of the producer corpus", () => {
  it("the corpus is there (../shared/fixtures/producers)", () => {
    expect(producerFiles.length).toBeGreaterThanOrEqual(200);
  });

  it.each(producerFiles)("%s", (file) => {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(new Uint8Array(fs.readFileSync(path.join(PRODUCERS, file))));
    } catch {
      return; // not a zip fflate reads: the zip layer's corpus, not this one
    }
    const parts = Object.keys(entries).filter((p) => /\.(xml|rels|vml)$/i.test(p));
    for (const p of parts) agree(decodePart(entries[p]));
  });
});

// ------------------------------------------------------------------ generated parts

/** Pieces XML allows, and pieces it does not; a generated part mostly draws good ones, so that both verdicts come often. */
const NAMES = ["c", "row", "v", "x:c", "r:id", "a", "b:c", "sheetData", "t", "_x", "é", "ns1:a", "a.b-c", "xml:space", "日本"];
const BAD_NAMES = ["1a", "a:b:c", ":a", "a:", "z:a", "xmlns:a", "-a", "a\u00D7"];
const TEXTS = ["", "1", " ", "a&amp;b", "&lt;&gt;", "&#x41;", "&#12354;", "]]", "x\r\ny", "\t", "日本語", ">", "😀", "&#x10FFFF;", "&quot;&apos;", "a\rb"];
const BAD_TEXTS = ["]]>", "&", "&#1;", "&#0;", "&nope;", "\u0001", "\uFFFE", "&#xD800;", "&#x110000;", "&#;", "&amp"];
const VALUES = ['"1"', "'a'", '"a&amp;b"', '"&#9;x"', '"x\ny"', "'\"'", '"\'"', '""', '"&#60;"', '"x\r\n\ty"', '"&#10;"'];
const BAD_VALUES = ['"<"', "1", '"a&b"', '"&#1;"', '"x', "'a\""];
const DECLS = [
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
  'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:b="urn:b"',
  'xmlns:ns1="urn:b"',
  'xmlns=""',
  'xmlns:xml="http://www.w3.org/XML/1998/namespace"',
];
const BAD_DECLS = ['xmlns:b=""', 'xmlns:xml="urn:other"', 'xmlns:xmlns="urn:x"', 'xmlns:q="http://www.w3.org/2000/xmlns/"', 'xmlns:q="http://www.w3.org/XML/1998/namespace"'];
const PROLOGS = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "", "<?xml version='1.0'?>", "<!-- c -->", "<?pi data?>", " ", '<?xml version="1.0" standalone="no" ?>'];
const BAD_PROLOGS = ['<?xml version="2.0"?>', "<!DOCTYPE a>", '<?xml encoding="UTF-8"?>', ' <?xml version="1.0"?>', '<?xml version="1.0" standalone="maybe"?>'];
const MISC = ["<!-- note -->", "<!---->", "<![CDATA[<x>&]]>", "<?pi x?>", "<![CDATA[]]>", "<?pi?>"];
const BAD_MISC = ["<!-- a--b -->", "<?xml x?>", "<!-->", "<!--->", "<?x:y z?>", "<!DOCTYPE a>", "<![CDATA[x]>"];

/** Mostly good, sometimes bad. */
function pick(good: readonly string[], bad: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 40 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
}

const element: fc.Memo<string> = fc.memo((n) =>
  fc
    .record({
      name: pick(NAMES, BAD_NAMES),
      attrs: fc.uniqueArray(fc.tuple(pick(NAMES, BAD_NAMES), pick(VALUES, BAD_VALUES)), { maxLength: 3, selector: ([k]) => k }),
      dupe: fc.nat({ max: 60 }),
      decls: fc.uniqueArray(pick(DECLS, BAD_DECLS), { maxLength: 2, selector: (d) => d.split("=")[0] }),
      children: n > 1 ? fc.array(fc.oneof(element(), text(), misc()), { maxLength: 4 }) : fc.array(text(), { maxLength: 2 }),
      selfClosing: fc.boolean(),
    })
    .map(({ name, attrs, dupe, decls, children, selfClosing }) => {
      const list = attrs.map(([k, v]) => `${k}=${v}`);
      if (dupe === 0 && list.length > 0) list.push(list[0]); // now and then a duplicate attribute
      const a = [...decls, ...list].map((x) => " " + x).join("");
      return selfClosing && children.length === 0 ? `<${name}${a}/>` : `<${name}${a}>${children.join("")}</${name}>`;
    }),
);
function text(): fc.Arbitrary<string> {
  return fc.array(pick(TEXTS, BAD_TEXTS), { maxLength: 3 }).map((t) => t.join(""));
}
function misc(): fc.Arbitrary<string> {
  return pick(MISC, BAD_MISC);
}

const document = fc
  .tuple(pick(PROLOGS, BAD_PROLOGS), element(4), pick(["", "\n", "<!-- end -->", "<?pi?>"], [" x", "<a/>", "&amp;"]))
  .map(([prolog, root, tail]) => prolog + root.replace(/^<([^ />]+)/, '<$1 xmlns:x="urn:x" xmlns:r="urn:r" xmlns:b="urn:b2" xmlns:ns1="urn:n"') + tail);

const TOKENS = ["<", ">", "&", '"', "'", "/", "=", " ", "</", "<!--", "-->", "]]>", "&#1;", "<!DOCTYPE x>", ":", "xmlns:z=\"\"", "\u0000", "?>"];

const mutated = fc
  .tuple(document, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 3 }))
  .map(([doc, edits]) => {
    let s = doc;
    for (const [at, kind, token] of edits) {
      const i = at % (s.length + 1);
      if (kind === 0) s = s.slice(0, i) + s.slice(i + 1); // delete a character
      else if (kind === 1) s = s.slice(0, i) + token + s.slice(i); // insert a token
      else if (kind === 2) s = s.slice(0, i); // truncate
      else s = s.slice(0, i) + s.slice(i, i + 8) + s.slice(i); // repeat a stretch
    }
    return s;
  });

describe("checkXml agrees with saxes on generated and mutated parts", () => {
  it("generated documents (elements, namespaces, references, comments, CDATA, PIs, prologs)", () => {
    seen.ok = seen.refused = 0;
    fc.assert(fc.property(document, (xml) => agree(xml)), { numRuns: 4000, seed: 9 });
    // Both verdicts in good number: the generator makes good parts as well as subtly bad ones.
    expect(Math.min(seen.ok, seen.refused)).toBeGreaterThan(800);
  });

  it("the same documents damaged: characters deleted, tokens inserted, truncated, stretches repeated", () => {
    seen.ok = seen.refused = 0;
    fc.assert(fc.property(mutated, (xml) => agree(xml)), { numRuns: 6000, seed: 10 });
    expect(seen.refused).toBeGreaterThan(3000);
    expect(seen.ok).toBeGreaterThan(100); // most damage breaks a part; some (a space, a repeated text) does not
  });

  it("unpaired surrogates are refused (XML's Char production; saxes is inconsistent there, so no differential)", () => {
    expect(byCheck("<a>\uD800</a>").ok).toBe(false);
    expect(byCheck("<a>x\uDC00</a>").ok).toBe(false);
    expect(byCheck("<a>\uD83D\uDE00</a>").ok).toBe(true);
  });

  it("the hostile corpus's kinds of damage are refused by both", () => {
    const sheet = (data: string) => `<?xml version="1.0"?><worksheet xmlns="urn:s"><sheetData>${data}</sheetData></worksheet>`;
    for (const bad of [
      sheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -"sheetData></worksheet>".length),
      sheet('<row r=2><c r="A2"><v>1</v></c></row>'),
      sheet('<row r="2"><c r=A2><v>1</v></c></row>'),
      sheet('<row r="1"><c r="A1"><v>1</v></c></row><!-- <row r="2">'),
      sheet('<row r="1"><c r="A1><v>1</v></c></row>'),
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&#1;</t></is></c></row>'),
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet xmlns="urn:s">&lol;</worksheet>',
    ]) {
      expect(bySaxes(bad).ok).toBe(false);
      expect(byCheck(bad).ok).toBe(false);
    }
  });
});
