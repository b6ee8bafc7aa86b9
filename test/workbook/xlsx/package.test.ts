/** openPackage / savePackage: every part comes back with exactly its content, in its order. */
import * as fs from "fs";
import { strToU8, zipSync } from "fflate";
import { openPackage, savePackage, XlsxError } from "../../../src/workbook/xlsx";
import { FIXTURES, fixture, sameBytes, unzipEntries } from "./helpers";

const ALL = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

function code(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof XlsxError ? e.code : "not an XlsxError";
  }
}

describe("package round trip", () => {
  it.each(ALL)("%s: open then save keeps every part's bytes and the entry order", (name) => {
    const bytes = fixture(name);
    const before = unzipEntries(bytes);
    const after = unzipEntries(savePackage(openPackage(bytes)));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [part, data] of before) expect(sameBytes(after.get(part) as Uint8Array, data)).toBe(true);
  });

  it("edits make a new package; the old one is unchanged", () => {
    const pkg = openPackage(fixture("english-headers.xlsx"));
    const editor = pkg.edit();
    editor.set("xl/new.xml", "<new/>");
    editor.set("XL/WORKBOOK.XML", "<replaced/>"); // part names are case-insensitive
    editor.delete("docProps/app.xml");
    const edited = editor.build();
    expect(pkg.text("xl/new.xml")).toBeUndefined();
    expect(pkg.text("xl/workbook.xml")).toContain("<workbook");
    expect(pkg.has("docProps/app.xml")).toBe(true);
    expect(edited.text("xl/workbook.xml")).toBe("<replaced/>");
    expect(edited.paths.indexOf("xl/workbook.xml")).toBe(pkg.paths.indexOf("xl/workbook.xml"));
    expect(edited.paths[edited.paths.length - 1]).toBe("xl/new.xml");
    expect(edited.has("docProps/app.xml")).toBe(false);
  });

  it("decodes UTF-16 parts (with a byte-order mark) and drops a UTF-8 byte-order mark", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."<a>漢</a>"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const base = unzipEntries(fixture("english-headers.xlsx"));
    const files = Object.fromEntries(base);
    files["x/utf16.xml"] = utf16;
    files["x/bom.xml"] = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8("<b/>")]);
    const pkg = openPackage(zipSync(files));
    expect(pkg.text("x/utf16.xml")).toBe("<a>漢</a>");
    expect(pkg.text("x/bom.xml")).toBe("<b/>");
  });
});

describe("openPackage refuses what is not a workbook, with a code the command line can explain", () => {
  it("not a zip", () => {
    expect(code(() => openPackage(strToU8("No,分野\n1,Ⅰ\n")))).toBe("not-a-package");
  });

  it("an encrypted workbook or a legacy .xls (an OLE compound file)", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(code(() => openPackage(ole))).toBe("encrypted-or-legacy");
  });

  it("a zip without a workbook", () => {
    expect(code(() => openPackage(zipSync({ "word/document.xml": strToU8("<w:document/>") })))).toBe("no-workbook");
  });
});
