// The report with the values module's real formatFiscalYear (the other report tests use a stand-in).
import { buildReport } from "../../../src/core/report/build-report";
import { seedEvaluation } from "../../helpers/evaluation";

describe("report years through formatFiscalYear", () => {
  it("names the next fiscal year in 次年度新規 and the plan's year in 事例, in era years", () => {
    const [highlights, nextYear] = buildReport(seedEvaluation(), { sheets: ["highlights", "nextYear"] }).sheets;
    expect(nextYear.rows.row(0)[0]).toBe("【参考】平成27年度に新規の取組を予定しているプログラム（8項目）");
    expect(nextYear.rows.row(1)[2]).toBe("平成27年度新規事項");
    expect(highlights.rows.row(4)[0]).toBe("平成26年度の年度計画");
  });

  it("crosses into Reiwa for the year after 平成30年度", () => {
    const [nextYear] = buildReport(seedEvaluation({ settings: { fiscalYear: 2018 } }), { sheets: ["nextYear"] }).sheets;
    expect(nextYear.rows.row(1)[2]).toBe("令和元年度新規事項");
  });

  it("writes FY years in English", () => {
    const [nextYear] = buildReport(seedEvaluation({ settings: { lang: "en" } }), { sheets: ["nextYear"] }).sheets;
    expect(nextYear.rows.row(1)[2]).toBe("New in FY2015");
  });
});
