/** The small XML toolkit the adapter patches parts with. */
import fc from "fast-check";
import {
  attributes,
  decodeOoxmlString,
  decodeXml,
  elementAt,
  escapeAttr,
  escapeOoxmlString,
  removeElements,
  tagEnd,
} from "../../../src/workbook/xlsx/xml";

describe("escaping", () => {
  it("any string survives escapeOoxmlString → decodeOoxmlString (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(decodeOoxmlString(escapeOoxmlString(s))).toBe(s);
      }),
      { numRuns: 500 },
    );
    for (const s of ["_x000D_", "_x005F_", "a\rb", "\u0000\u001F", "\uFFFE"]) expect(decodeOoxmlString(escapeOoxmlString(s))).toBe(s);
  });

  it("lone surrogates (not writable in UTF-8) become U+FFFD", () => {
    expect(decodeOoxmlString(escapeOoxmlString("a\uD800b"))).toBe("a\uFFFDb");
  });

  it("attribute values keep quotes, tabs and line ends", () => {
    const v = 'say "hi"\tand\nbye & <go>';
    expect(attributes(`<a v="${escapeAttr(v)}"/>`).get("v")).toBe(v);
  });

  it("decodes named and numeric references, and CRLF as XML does", () => {
    expect(decodeXml("&lt;&amp;&gt;&quot;&apos;&#10;&#x1F600;a\r\nb")).toBe("<&>\"'\n😀a\nb");
  });
});

describe("CDATA sections", () => {
  it("are taken literally, entities around them decoded, OOXML escapes applied to the whole", () => {
    expect(decodeXml("<![CDATA[No]]>")).toBe("No");
    expect(decodeXml("a&amp;<![CDATA[&amp; <b>]]>&lt;<![CDATA[]]>z")).toBe("a&&amp; <b><z");
    expect(decodeXml("<![CDATA[x\r\ny")).toBe("x\ny"); // unterminated: the rest is the text
    expect(decodeOoxmlString("<![CDATA[a_x000D_b]]>")).toBe("a\rb");
  });
});

describe("elements", () => {
  it("a tag ends at the first > outside quotes", () => {
    const xml = '<numFmt formatCode="[>=100]0" id="1"/><x/>';
    expect(xml.slice(0, tagEnd(xml, 0))).toBe('<numFmt formatCode="[>=100]0" id="1"/>');
  });

  it("nested elements of the same name end at the matching end tag", () => {
    const xml = "<a><extLst><ext><extLst><x/></extLst><extLst/></ext></extLst><b/></a>";
    const el = elementAt(xml, 3, "extLst");
    expect(xml.slice(el.start, el.end)).toBe("<extLst><ext><extLst><x/></extLst><extLst/></ext></extLst>");
    expect(removeElements(xml, "extLst")).toBe("<a><b/></a>");
  });

  it("names are matched whole: <sheet> is not <sheets>", () => {
    expect(removeElements("<sheets><sheet a='1'/><sheet/></sheets>", "sheet")).toBe("<sheets></sheets>");
  });
});
