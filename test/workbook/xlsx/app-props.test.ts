/**
 * docProps/app.xml's sheet list (TitlesOfParts, counted in HeadingPairs)
 * follows the sheets writeReport adds or renames, whatever the group is
 * called and whatever prefixes the part uses; a list already stale is left
 * alone.
 */
import { openPackage, writeReport } from "../../../src/workbook/xlsx";
import { updateAppSheetList } from "../../../src/workbook/xlsx/app-props";
import { attrOf, kids, parseDom, type El } from "../../corpus/producers";
import { entryText, fixture, patchPackage } from "./helpers";
import { MODEL } from "./sample-model";

const EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

function appXml(groups: readonly [string, readonly string[]][], prefix = "vt"): string {
  const v = prefix + ":";
  const decl = ` xmlns:${prefix}="${VT}"`;
  const pairs = groups.map(([label, names]) => `<${v}variant><${v}lpstr>${label}</${v}lpstr></${v}variant><${v}variant><${v}i4>${names.length}</${v}i4></${v}variant>`).join("");
  const titles = groups.flatMap(([, names]) => names).map((n) => `<${v}lpstr>${n}</${v}lpstr>`).join("");
  const total = groups.reduce((s, [, n]) => s + n.length, 0);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${EP}"${decl}><Application>Microsoft Excel</Application>` +
    `<HeadingPairs><${v}vector size="${groups.length * 2}" baseType="variant">${pairs}</${v}vector></HeadingPairs>` +
    `<TitlesOfParts><${v}vector size="${total}" baseType="lpstr">${titles}</${v}vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`
  );
}

/** [group label, count] pairs and the titles, as a reader of app.xml sees them. */
function sheetList(xml: string): { groups: [string, number][]; titles: string[]; size: string | undefined } {
  const root = parseDom(xml);
  const pairs = kids(kids(root, "HeadingPairs")[0], "vector")[0];
  const variants = kids(pairs, "variant");
  const groups: [string, number][] = [];
  for (let i = 0; i + 1 < variants.length; i += 2) groups.push([variants[i].children[0].text, Number(variants[i + 1].children[0].text)]);
  const vector = kids(kids(root, "TitlesOfParts")[0], "vector")[0] as El;
  expect(vector.children.every((c) => c.uri === VT)).toBe(true);
  return { groups, titles: kids(vector, "lpstr").map((t) => t.text), size: attrOf(vector, "size") };
}

describe("docProps/app.xml after writeReport", () => {
  const base = fixture("english-headers.xlsx");

  it("lists the new sheets at the end of the worksheet group (Japanese Excel's ワークシート), counts and size updated", () => {
    const input = patchPackage(base, { "docProps/app.xml": appXml([["ワークシート", ["Programmes"]], ["名前付き範囲", ["Programmes!Print_Titles"]]]) });
    const out = writeReport(openPackage(input), MODEL);
    expect(sheetList(entryText(out.bytes, "docProps/app.xml"))).toEqual({
      groups: [["ワークシート", 3], ["名前付き範囲", 1]],
      titles: ["Programmes", "進捗集計", "検証結果", "Programmes!Print_Titles"],
      size: "4",
    });
  });

  it("renames a replaced sheet in place on a rerun; nothing is added", () => {
    const input = patchPackage(base, { "docProps/app.xml": appXml([["Worksheets", ["Programmes"]]]) });
    const first = writeReport(openPackage(input), { sheets: [{ ...MODEL.sheets[0], name: "Summary" }, MODEL.sheets[1]] });
    // the rerun replaces the marked Summary in place (same tab), under the name in other case
    const again = writeReport(openPackage(first.bytes), { sheets: [{ ...MODEL.sheets[0], name: "SUMMARY" }, MODEL.sheets[1]] });
    const list = sheetList(entryText(again.bytes, "docProps/app.xml"));
    expect(list.titles).toEqual(["Programmes", "SUMMARY", "検証結果"]);
    expect(list.groups).toEqual([["Worksheets", 3]]);
  });

  it("leaves a stale list alone (its names are not the workbook's)", () => {
    const stale = appXml([["Worksheets", ["Sheet1", "Sheet2"]]]);
    expect(updateAppSheetList(stale, { before: ["Programmes"], renamed: new Map(), added: ["進捗集計"] })).toBe(stale);
  });

  it("escapes names and declares the vt: prefix when the part binds it elsewhere only", () => {
    const xml =
      `<Properties xmlns="${EP}"><HeadingPairs><vt:vector xmlns:vt="${VT}" size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector xmlns:vt="${VT}" size="1" baseType="lpstr"><vt:lpstr>A&amp;B</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
    const out = updateAppSheetList(xml, { before: ["A&B"], renamed: new Map(), added: ["C<D"] });
    expect(sheetList(out).titles).toEqual(["A&B", "C<D"]);
  });
});
