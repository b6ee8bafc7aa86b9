/**
 * A package whose checker takes parts to check elsewhere (part-check.ts; the
 * command line's worker thread): readers read the parts ahead, and settle()
 * gives the verdict. Held here to the inline check: the same XlsxError (code,
 * part, line) as the inline check for damaged and sound sheets; over 2,000
 * mutated sheets, reading ahead never runs away nor fails in any way but an
 * XlsxError, and ends exactly as reading with the inline check does.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { createWorkbook, openPackage, readGrid, XlsxError } from "../../../src/workbook/xlsx";
import { PENDING, type PartChecker, type PartFault } from "../../../src/workbook/xlsx/part-check";
import { checkXml } from "../../../src/workbook/xlsx/xml-check";

const SHEET = "xl/worksheets/sheet1.xml";
const SST = "xl/sharedStrings.xml";

/** Takes every part (as the worker would), and checks them when settled. */
class DeferringChecker implements PartChecker {
  readonly taken: { part: string; text: string }[] = [];
  check(part: string, text: string): typeof PENDING {
    this.taken.push({ part, text });
    return PENDING;
  }
  settle(): Promise<PartFault | null> {
    for (const t of this.taken) {
      const fault = checkXml(t.text);
      if (fault !== null) return Promise.resolve({ part: t.part, fault });
    }
    return Promise.resolve(null);
  }
}

/** A one-sheet workbook whose sheet part is `sheet(xml)` of a three-row register with shared strings. */
function workbook(edit: (sheet: string) => string = (s) => s): Uint8Array {
  const files = unzipSync(createWorkbook([{ name: "取組一覧", rows: [["No", "項目名", "実績値"], [1, "市民課", 71], [2, "秘書広報課", 2225188]] }]));
  files[SHEET] = strToU8(edit(strFromU8(files[SHEET]).replace(/<sheetData>/, "\n<sheetData>\n")));
  return zipSync(files);
}

/** What reading `bytes` does with each checker: the grid's values, or the error's code and detail. */
function outcome(e: unknown): unknown {
  if (e instanceof XlsxError) return { code: e.code, sheet: e.sheet, detail: e.detail };
  throw e;
}

function readInline(bytes: Uint8Array): unknown {
  try {
    return readGrid(openPackage(bytes), "取組一覧").values;
  } catch (e) {
    return outcome(e);
  }
}

async function readAhead(bytes: Uint8Array): Promise<unknown> {
  const pkg = openPackage(bytes, undefined, new DeferringChecker());
  let read: unknown;
  let failed: unknown = null;
  try {
    read = readGrid(pkg, "取組一覧").values;
  } catch (e) {
    failed = e;
  }
  try {
    await pkg.settle();
  } catch (e) {
    return outcome(e);
  }
  return failed === null ? read : outcome(failed);
}

const ROW1 = '<row r="1"><c r="A1"><v>1</v></c></row>';

describe("a package read ahead gives what the inline check gives", () => {
  it.each([
    ["sound", (s: string) => s],
    ["a part ending in </", (s: string) => s.slice(0, s.indexOf("</sheetData>")) + "</"],
    ["an unquoted row attribute", (s: string) => s.replace('<row r="2"', "<row r=2")],
    ["an unquoted cell attribute", (s: string) => s.replace('<c r="A2"', "<c r=A2")],
    ["an unclosed comment inside sheetData", (s: string) => s.replace('<row r="2"', '<!-- <row r="2"')],
    ["a cell without its end tag", (s: string) => s.replace("</c></row>", "</row>")],
    ["sheetData without its end tag", (s: string) => s.replace("</sheetData>", "")],
    ["a DTD", (s: string) => s.replace("<worksheet", "<!DOCTYPE x><worksheet")],
    ["an unbound prefix", (s: string) => s.replace('<c r="A2"', '<c x:y="1" r="A2"')],
    ["a cell past XFD (well-formed)", (s: string) => s.replace('r="A2"', 'r="XFE2"')],
    ["a row of its own", (s: string) => s.replace("\n<sheetData>\n", "\n<sheetData>\n" + ROW1)],
  ])("%s", async (_what, edit) => {
    const bytes = workbook(edit);
    expect(await readAhead(bytes)).toEqual(readInline(bytes));
  });

  it("settle() resolves for a package checked inline, and for a sound one read ahead", async () => {
    await expect(openPackage(workbook()).settle()).resolves.toBeUndefined();
    const checker = new DeferringChecker();
    const pkg = openPackage(workbook(), undefined, checker);
    expect(checker.taken.map((t) => t.part)).toContain("xl/workbook.xml"); // opening reads it through the checker
    await expect(pkg.settle()).resolves.toBeUndefined();
  });
});

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sheet with one to three characters dropped, doubled or replaced by markup characters. */
function mutate(sheet: string, next: () => number): string {
  let s = sheet;
  const marks = ['"', "'", "<", ">", "/", "=", " ", "&", "!", "-", "?", "]"];
  const from = s.indexOf("<sheetData>");
  for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
    const at = from + Math.floor(next() * (s.length - from));
    const op = Math.floor(next() * 3);
    if (op === 0) s = s.slice(0, at) + s.slice(at + 1);
    else if (op === 1) s = s.slice(0, at) + s[at] + s.slice(at);
    else s = s.slice(0, at) + marks[Math.floor(next() * marks.length)] + s.slice(at + 1);
  }
  return s;
}

describe("reading ahead never runs away on a damaged sheet, and ends as the inline check does", () => {
  it("2,000 mutated sheets", async () => {
    const next = random(9);
    const base = strFromU8(unzipSync(workbook())[SHEET]);
    let refused = 0;
    for (let n = 0; n < 2000; n++) {
      const sheet = mutate(base, next);
      const bytes = workbook(() => sheet);
      const pkg = openPackage(bytes, undefined, new DeferringChecker());
      try {
        readGrid(pkg, "取組一覧");
      } catch (e) {
        if (!(e instanceof XlsxError)) throw new Error(`not an XlsxError on ${JSON.stringify(sheet)}: ${String(e)}`);
      }
      const inline = readInline(bytes);
      expect(await readAhead(bytes)).toEqual(inline);
      if (!Array.isArray(inline)) refused++;
    }
    expect(refused).toBeGreaterThan(1000); // most mutations break the part; some leave it sound
  });
});

it("a shared-string table read ahead: its fault is the package's, as inline", async () => {
  const files = unzipSync(workbook((s) => s.replace(/<sheetData>[^]*<\/sheetData>/, '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>')));
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  files[SST] = strToU8(`<sst xmlns="${ns}">\n<si><t>市民課&#1;</t></si></sst>`);
  const rels = "xl/_rels/workbook.xml.rels";
  const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
  files[rels] = strToU8(strFromU8(files[rels]).replace("</Relationships>", `<Relationship Id="rIdS" Type="${type}" Target="sharedStrings.xml"/></Relationships>`));
  const bytes = zipSync(files);
  expect(readInline(bytes)).toMatchObject({ code: "damaged-part", detail: { part: SST, line: 2 } });
  expect(await readAhead(bytes)).toEqual(readInline(bytes));
});
