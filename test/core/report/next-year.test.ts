import { rowsToArray } from "../../../src/core/report/model";
import { formatFiscalYear } from "../../../src/core/values/fiscal-year";
import { buildNextYear, compareNo, nextYearEntries } from "../../../src/core/report/next-year";
import { evaluation, item, SEED_NEXT_YEAR, seedEvaluation } from "../../helpers/evaluation";
import { covered, sheetProblems, styleAt } from "./sheet-shape";

// See highlights.test.ts: a stand-in for the values work's formatFiscalYear, good for Heisei years.
jest.mock("../../../src/core/values/fiscal-year", () => ({
  formatFiscalYear: jest.fn((year: number, lang: string) => (lang === "ja" ? `平成${year - 1988}年度` : `FY${year}`)),
}));

describe("次年度新規 (next-year sheet)", () => {
  const sheet = buildNextYear(seedEvaluation());

  it("is titled with the next fiscal year and the count, like the seed", () => {
    expect(sheet.name).toBe("次年度新規");
    expect(sheet.rows.row(0)[0]).toBe("【参考】平成27年度に新規の取組を予定しているプログラム（8項目）");
    expect(formatFiscalYear).toHaveBeenCalledWith(2015, "ja");
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 2 });
  });

  it("has the header No | 項目名 | {next FY}新規事項", () => {
    expect(sheet.rows.row(1)).toEqual(["No", "項目名", "平成27年度新規事項"]);
    expect(styleAt(sheet, 1, 1)).toMatchObject({ bold: true, fill: "D9D9D9", border: true });
  });

  it("lists the entries with a next-year text, in No. order, with that text", () => {
    expect(rowsToArray(sheet.rows).slice(2).map((r) => r[0])).toEqual([...SEED_NEXT_YEAR.keys()]);
    expect(sheet.rows.row(2)).toEqual([7, "取組7", SEED_NEXT_YEAR.get(7)]);
    expect(sheet.rows.row(4)[2]).toBe("ごみ分別スマートフォンアプリケーションの構築");
  });

  it("borders the table, repeats and freezes its header, prints portrait", () => {
    expect(covered(sheet, { top: 1, left: 0, bottom: sheet.rows.length - 1, right: 2 }, (s) => s.border === true)).toBe(true);
    expect(sheet.print).toEqual({ orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: { top: 1, bottom: 1 } });
    expect(sheet.freezeRows).toBe(2);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it("sorts by No. as people read it, whatever the report order", () => {
    const ev = evaluation([
      item({ no: 10, text: { nextYear: "c" } }),
      item({ no: "3-1", text: { nextYear: "b" } }),
      item({ no: 2, text: { nextYear: "a" } }),
      item({ no: 3, text: { nextYear: "b0" } }),
      item({ no: 4, text: { nextYear: "  " } }),
    ]);
    expect(rowsToArray(buildNextYear(ev).rows).slice(2).map((r) => r[0])).toEqual([2, 3, "3-1", 10]);
    expect(compareNo("B", 5)).toBeGreaterThan(0);
  });

  it("lists a re-listed programme once", () => {
    const entries = nextYearEntries([
      item({ no: 5, text: { nextYear: "新規" } }),
      item({ no: 62, relistOf: 5, text: { nextYear: "新規" } }),
      item({ no: 63, relistOf: 40, text: { nextYear: "別の新規" } }),
    ]);
    expect(entries.map((e) => e.no)).toEqual([5, 63]);
  });

  it("omits the year words when no fiscal year is set", () => {
    const s = buildNextYear(evaluation([item({ text: { nextYear: "x" } })], { settings: { fiscalYear: null } }));
    expect(s.rows.row(0)[0]).toBe("【参考】次年度に新規の取組を予定しているプログラム（1項目）");
    expect(s.rows.row(1)[2]).toBe("次年度新規事項");
  });

  it("says so when no programme plans anything new", () => {
    const s = buildNextYear(evaluation([item()]));
    expect(s.rows.row(0)[0]).toBe("【参考】平成27年度に新規の取組を予定しているプログラム（0項目）");
    expect(s.rows.row(2)[0]).toBe("次年度に新規の取組を予定しているプログラムはありません。");
    expect(sheetProblems(s)).toEqual([]);
  });

  it("writes English labels when lang = en", () => {
    const en = buildNextYear(seedEvaluation({ settings: { lang: "en" } }));
    expect(en.name).toBe("Next year");
    expect(en.rows.row(0)[0]).toBe("Reference Programmes with new initiatives planned for FY2015 (8 items)");
    expect(en.rows.row(1)).toEqual(["No", "Item", "New in FY2015"]);
  });
});
