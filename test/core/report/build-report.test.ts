import { buildReport } from "../../../src/core/report/build-report";
import { REPORT_SHEET_KEYS } from "../../../src/core/report/model";
import { seedEvaluation } from "../../helpers/evaluation";
import { sheetProblems } from "./sheet-shape";

jest.mock("../../../src/core/values/fiscal-year", () => ({
  formatFiscalYear: (year: number, lang: string) => (lang === "ja" ? `平成${year - 1988}年度` : `FY${year}`),
}));

describe("buildReport", () => {
  it("builds all six sheets in the contract's order with the Japanese names (前回比較 and 評価履歴 only when given a comparison and a history)", () => {
    const model = buildReport(seedEvaluation());
    expect(model.sheets.map((s) => s.key)).toEqual(REPORT_SHEET_KEYS.filter((k) => k !== "comparison" && k !== "history"));
    expect(model.sheets.map((s) => s.name)).toEqual(["進捗集計", "遅延取組一覧", "評価結果", "検証結果", "事例", "次年度新規"]);
  });

  it("uses the English names when lang = en", () => {
    const model = buildReport(seedEvaluation({ settings: { lang: "en" } }));
    expect(model.sheets.map((s) => s.name)).toEqual(["Summary", "Delayed", "Ratings", "Findings", "Highlights", "Next year"]);
  });

  it("builds only the sheets asked for, still in the contract's order", () => {
    const model = buildReport(seedEvaluation(), { sheets: ["nextYear", "summary"] });
    expect(model.sheets.map((s) => s.key)).toEqual(["summary", "nextYear"]);
    expect(buildReport(seedEvaluation(), { sheets: [] }).sheets).toEqual([]);
  });

  it("makes every sheet print-ready on A4, fit to width, with a width for every column", () => {
    for (const sheet of buildReport(seedEvaluation()).sheets) {
      expect({ sheet: sheet.key, problems: sheetProblems(sheet) }).toEqual({ sheet: sheet.key, problems: [] });
      expect(sheet.print.paper).toBe("A4");
      expect(sheet.print.fitToWidth).toBe(true);
    }
  });

  it("does not change the evaluation it reads", () => {
    const ev = seedEvaluation();
    const before = JSON.stringify(ev);
    buildReport(ev);
    expect(JSON.stringify(ev)).toBe(before);
  });

  // How fast is measured by `npm run bench`, not here: this checks the model is complete at that size.
  it("builds the sheets of 100,000 indicator rows completely", () => {
    const base = seedEvaluation();
    const items = [];
    for (let i = 0; i < 25_000; i++) {
      const src = base.items[0]; // three indicators each
      items.push({ ...src, no: i + 1, indicators: [...src.indicators, src.indicators[0]] });
    }
    const ev = { ...base, items, delayed: items.slice(0, 5000) };
    const model = buildReport(ev, { sheets: ["ratings", "delayed", "highlights", "nextYear"] });
    expect(model.sheets[1].rows.length).toBe(100_001);
    expect(model.sheets[1].rows.row(100_000)[5]).toBe(base.items[0].indicators[0].name);
    expect(model.sheets[0].rows.length).toBe(2 + 5000);
  });
});
