import { rowsToArray } from "../../../src/core/report/model";
import { finding } from "../../../src/core/findings/finding";
import { findingMessage } from "../../../src/core/i18n";
import { buildFindings } from "../../../src/core/report/findings";
import { evaluation, item } from "../../helpers/evaluation";
import { covered, sheetProblems, styleAt } from "./sheet-shape";

const findings = [
  finding("unit-mismatch", "取組一覧!H12", { actualUnit: "件", otherUnit: "人", field: "prior" }),
  finding("override-applied", null, { no: 13, final: "A", computed: "B", reason: "委員会の判断" }),
  finding("unknown-schedule", "'My sheet'!F7", { value: "たぶん" }),
  finding("not-measured", "取組一覧!I20", { indicator: "相談件数" }),
];
const ev = evaluation([item()], { findings });
const sheet = buildFindings(ev);

describe("検証結果 (findings sheet)", () => {
  it("counts errors, warnings and info in the top line", () => {
    expect(sheet.name).toBe("検証結果");
    expect(sheet.rows.row(0)[0]).toBe("エラー 1 件、警告 2 件、情報 1 件");
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 3 });
  });

  it("has the header 重要度 | コード | セル | 内容", () => {
    expect(sheet.rows.row(1)).toEqual(["重要度", "コード", "セル", "内容"]);
    expect(styleAt(sheet, 1, 3)).toMatchObject({ bold: true, fill: "D9D9D9", border: true });
  });

  it("writes one row per finding, errors first, with its message in the report's language", () => {
    expect(rowsToArray(sheet.rows).slice(2)).toEqual([
      ["エラー", "unknown-schedule", "'My sheet'!F7", findingMessage(ev.findings[0], "ja")],
      ["警告", "unit-mismatch", "取組一覧!H12", findingMessage(ev.findings[1], "ja")],
      ["警告", "not-measured", "取組一覧!I20", findingMessage(ev.findings[2], "ja")],
      ["情報", "override-applied", "", findingMessage(ev.findings[3], "ja")],
    ]);
    expect(sheet.rows.row(3)[3]).toBe("実績値の単位「件」が前年度実績の単位「人」と異なります。");
  });

  it("links the cell column to each finding's cell, and nothing for a finding without one", () => {
    expect(sheet.links).toEqual([
      { row: 2, col: 2, target: "'My sheet'!F7" },
      { row: 3, col: 2, target: "取組一覧!H12" },
      { row: 4, col: 2, target: "取組一覧!I20" },
    ]);
    expect(styleAt(sheet, 3, 2).color).toBe("0563C1");
    expect(styleAt(sheet, 5, 2).color).toBeUndefined();
  });

  it("tints rows by severity: light red errors, light yellow warnings, no fill for info", () => {
    expect(styleAt(sheet, 2, 0).fill).toBe("FFC7CE");
    expect(styleAt(sheet, 2, 3).fill).toBe("FFC7CE");
    expect(styleAt(sheet, 3, 1).fill).toBe("FFEB9C");
    expect(styleAt(sheet, 4, 3).fill).toBe("FFEB9C");
    expect(styleAt(sheet, 5, 0).fill).toBeUndefined();
  });

  it("borders every table cell, repeats and freezes the header, prints landscape", () => {
    expect(covered(sheet, { top: 1, left: 0, bottom: 5, right: 3 }, (s) => s.border === true)).toBe(true);
    expect(sheet.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: 1, bottom: 1 } });
    expect(sheet.freezeRows).toBe(2);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it("says so when there are no findings", () => {
    const s = buildFindings(evaluation([item()]));
    expect(s.rows.row(0)[0]).toBe("エラー 0 件、警告 0 件、情報 0 件");
    expect(s.rows.row(2)[0]).toBe("指摘事項はありません。");
    expect(s.links).toEqual([]);
    expect(sheetProblems(s)).toEqual([]);
  });

  it("writes English labels and messages when lang = en", () => {
    const enEv = evaluation([item()], { findings, settings: { lang: "en" } });
    const en = buildFindings(enEv);
    expect(en.name).toBe("Findings");
    expect(en.rows.row(0)[0]).toBe("Errors: 1, warnings: 2, info: 1");
    expect(en.rows.row(1)).toEqual(["Severity", "Code", "Cell", "Message"]);
    expect(en.rows.row(2)[0]).toBe("Error");
    expect(en.rows.row(3)[3]).toBe(findingMessage(enEv.findings[1], "en"));
    expect(en.rows.row(5)[0]).toBe("Info");
  });
});
