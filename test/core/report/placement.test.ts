import { placeReportSheets } from "../../../src/core/report/placement";
import type { ReportModel, ReportSheet } from "../../../src/core/report/model";

function model(...names: string[]): ReportModel {
  return { sheets: names.map((name) => ({ key: "summary", name }) as unknown as ReportSheet) };
}

describe("where report sheets go", () => {
  it("replaces a marked sheet of the same name and adds new names", () => {
    const p = placeReportSheets([{ name: "取組一覧", generated: false }, { name: "進捗集計", generated: true }], model("進捗集計", "検証結果"));
    expect(p.map((x) => [x.name, x.replaces])).toEqual([["進捗集計", "進捗集計"], ["検証結果", null]]);
  });

  it("never takes a user's sheet's name (compared case-insensitively): the first free suffixed name", () => {
    const p = placeReportSheets(
      [{ name: "進捗集計", generated: false }, { name: "進捗集計 (2)", generated: false }, { name: "SUMMARY", generated: false }],
      model("進捗集計", "Summary"),
    );
    expect(p.map((x) => [x.name, x.replaces])).toEqual([["進捗集計 (3)", null], ["Summary (2)", null]]);
  });

  it("on a rerun replaces its own marked suffixed sheet instead of piling up (3), (4), ...", () => {
    const p = placeReportSheets([{ name: "進捗集計", generated: false }, { name: "進捗集計 (2)", generated: true }], model("進捗集計"));
    expect(p.map((x) => [x.name, x.replaces])).toEqual([["進捗集計 (2)", "進捗集計 (2)"]]);
  });

  it("keeps suffixed names within Excel's 31 characters", () => {
    const long = "あ".repeat(31);
    const p = placeReportSheets([{ name: long, generated: false }], model(long));
    expect(p[0].name.length).toBeLessThanOrEqual(31);
    expect(p[0].name.endsWith(" (2)")).toBe(true);
  });
});
