import { rowsToArray } from "../../../src/core/report/model";
import { buildHighlights, changeText, indicatorLine } from "../../../src/core/report/highlights";
import { reportLabels } from "../../../src/core/report/labels";
import { evaluation, indicator, item, SEED_NO1, seedEvaluation } from "../../helpers/evaluation";
import { covered, sheetProblems, styleAt } from "./sheet-shape";

// The values work owns formatFiscalYear; here it is a stand-in good for Heisei years, so these tests pin what
// the builder asks for (the western start year and the report's language) without depending on that module.
jest.mock("../../../src/core/values/fiscal-year", () => ({
  formatFiscalYear: jest.fn((year: number, lang: string) => (lang === "ja" ? `平成${year - 1988}年度` : `FY${year}`)),
}));

const sheet = buildHighlights(seedEvaluation());
const ja = reportLabels("ja");

describe("事例 (highlights sheet)", () => {
  it("is titled 【参考１】着実に進んでいる主な取組（例示）", () => {
    expect(sheet.name).toBe("事例");
    expect(sheet.rows.row(0)[0]).toBe("【参考１】着実に進んでいる主な取組（例示）");
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 1 });
  });

  it("makes one card per highlighted entry, headed 「No.1 name 【department】」, a blank row before each", () => {
    const heads = rowsToArray(sheet.rows).flatMap((r, i) => (typeof r[0] === "string" && r[0].startsWith("No.") ? [i] : []));
    expect(heads.map((i) => sheet.rows.row(i)[0])).toEqual([
      "No.1 市民活動支援センターによる市民活動支援の充実 【市民協働・男女参画推進課】",
      "No.18 取組18 【担当課】",
      "No.52 取組52 【担当課】",
    ]);
    for (const h of heads) {
      expect(sheet.rows.row(h - 1)).toEqual([]);
      expect(sheet.merges).toContainEqual({ top: h, left: 0, bottom: h, right: 1 });
    }
  });

  it("gives each card the rows 取組の概要 / 年度計画 / 進捗状況 / 成果指標の達成状況", () => {
    expect(rowsToArray(sheet.rows).slice(3, 7)).toEqual([
      ["取組の概要", SEED_NO1.overview],
      ["平成26年度の年度計画", SEED_NO1.plan],
      ["平成26年度末の進捗状況", SEED_NO1.progress],
      [
        "成果指標の達成状況",
        [
          "・センター来場者数：目標 前年比5％以上／実績 ９，８５６人／前年度 ８，５８８人（約14.8%増）",
          "・相談件数：目標 前年比10％以上／実績 ７１件／前年度 ４１人（約73.2%増）",
          "・あすぴあ登録団体数：目標 99団体以上／実績 １１３団体／前年度 ９７団体（約16.5%増）",
        ].join("\n"),
      ],
    ]);
  });

  it("fills and borders the label column, wraps the bordered value column, and sizes rows for their text", () => {
    expect(styleAt(sheet, 3, 0)).toMatchObject({ fill: "F2F2F2", border: true, bold: true });
    expect(styleAt(sheet, 6, 1)).toMatchObject({ border: true, wrap: true, vAlign: "top" });
    expect(covered(sheet, { top: 3, left: 0, bottom: 6, right: 1 }, (s) => s.border === true)).toBe(true);
    expect(sheet.rowHeights.at(6)).toBeGreaterThanOrEqual(3 * 15);
    expect(sheet.columnWidths[0]).toBeLessThan(sheet.columnWidths[1]);
  });

  it("prints portrait on A4 with every structure inside the sheet", () => {
    expect(sheet.print).toEqual({ orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: null });
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it("writes the change as the seed does: rounded to 0.1, 増 or 減, 前年度と同じ at zero, nothing without one", () => {
    const L = ja.highlights;
    expect(changeText(14.765, L)).toBe("（約14.8%増）");
    expect(changeText(-0.5, L)).toBe("（約0.5%減）");
    expect(changeText(0.04, L)).toBe("（前年度と同じ）");
    expect(changeText(null, L)).toBe("");
    expect(changeText(Infinity, L)).toBe("");
  });

  it("writes only the parts an indicator has; a missing actual reads 未測定", () => {
    expect(indicatorLine(indicator({ name: "", display: { target: "策定", actual: "策定済", prior: "" }, change: 3 }), ja)).toBe(
      "・目標 策定／実績 策定済",
    );
    expect(
      indicatorLine(indicator({ name: "利用者数", status: "notMeasured", display: { target: "100人以上", actual: "", prior: "" } }), ja),
    ).toBe("・利用者数：目標 100人以上／実績 未測定");
    expect(indicatorLine(indicator({ name: " ", display: { target: "", actual: "", prior: "" } }), ja)).toBe("");
  });

  it("omits the department brackets and the year words when they are not known", () => {
    const ev = evaluation([item({ no: 3, name: "取組", highlight: true })], { settings: { fiscalYear: null } });
    const s = buildHighlights(ev);
    expect(s.rows.row(2)[0]).toBe("No.3 取組");
    expect(rowsToArray(s.rows).slice(3, 7).map((r) => r[0])).toEqual(["取組の概要", "年度計画", "進捗状況", "成果指標の達成状況"]);
  });

  it("says so when no entry is highlighted", () => {
    const s = buildHighlights(evaluation([item()]));
    expect(s.rows.row(2)[0]).toBe("事例として掲載する取組はありません。");
    expect(sheetProblems(s)).toEqual([]);
  });

  it("writes English labels when lang = en", () => {
    const en = buildHighlights(seedEvaluation({ settings: { lang: "en" } }));
    expect(en.name).toBe("Highlights");
    expect(en.rows.row(0)[0]).toBe("Reference 1 Examples of items progressing steadily");
    expect(en.rows.row(2)[0]).toBe("No.1 市民活動支援センターによる市民活動支援の充実 [市民協働・男女参画推進課]");
    expect(rowsToArray(en.rows).slice(3, 7).map((r) => r[0])).toEqual(["Overview", "Plan for FY2014", "Progress at FY2014 year end", "Indicators"]);
    expect(String(en.rows.row(6)[1]).split("\n")[0]).toBe(
      "• センター来場者数: target 前年比5％以上 / actual ９，８５６人 / prior year ８，５８８人 (up about 14.8%)",
    );
  });
});
