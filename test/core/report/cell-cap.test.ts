/**
 * Excel's 32,767 characters per cell: a generated text longer than that is
 * cut with a visible marker, and the cut is a finding at the report cell
 * that reaches the evaluation (--json) and 検証結果.
 */
import { findingMessage } from "../../../src/core/i18n";
import { capText, MAX_CELL_CHARS } from "../../../src/core/report/cell-cap";
import { rowsToArray } from "../../../src/core/report/model";
import { runEngine } from "../../../src/core/run";
import type { Lang } from "../../../src/core/settings";
import { gridFromRows } from "../../helpers/grid";

const LONG = 30_000;

function run(lang: Lang, cause = "要".repeat(LONG), nextSteps = "対".repeat(LONG)) {
  const grid = gridFromRows("取組一覧", [
    ["No", "分野", "項目名", "スケジュール", "要因", "今後の対応"],
    [1, "Ⅰ 協働", "取組", "遅れ", cause, nextSteps],
  ]);
  return runEngine({ register: grid, settingsSheet: null, overrides: { fiscalYear: 2014, lang } });
}

describe("capText", () => {
  it("leaves a text of the limit as it is and cuts a longer one to the limit, ending with the marker", () => {
    const exact = "a".repeat(MAX_CELL_CHARS);
    expect(capText(exact, "…（以下省略）")).toBe(exact);
    const cut = capText(exact + "b", "…（以下省略）");
    expect(cut.length).toBe(MAX_CELL_CHARS);
    expect(cut.endsWith("…（以下省略）")).toBe(true);
  });

  it("never cuts between the two halves of a character outside the BMP", () => {
    const marker = "…（以下省略）";
    const text = "a".repeat(MAX_CELL_CHARS - marker.length - 1) + "😀".repeat(10);
    const cut = capText(text, marker);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(cut).toBe("a".repeat(MAX_CELL_CHARS - marker.length - 1) + marker);
  });
});

describe("遅延取組一覧 joining a 30,000-character 要因 and 今後の対応", () => {
  it("writes the cell cut to 32,767 characters with …（以下省略）", () => {
    const r = run("ja");
    const delayed = r.report?.sheets.find((s) => s.key === "delayed");
    const rows = rowsToArray(delayed!.rows);
    const cell = rows[2][3] as string;
    expect(cell.length).toBe(MAX_CELL_CHARS);
    expect(cell.startsWith("【要因】\n要要要")).toBe(true);
    expect(cell.endsWith("…（以下省略）")).toBe(true);
    for (const sheet of r.report!.sheets) {
      for (const row of rowsToArray(sheet.rows)) for (const v of row) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    }
  });

  it("is a text-truncated warning at the report cell, in the evaluation and in 検証結果", () => {
    const r = run("ja");
    const cut = r.evaluation.findings.filter((f) => f.code === "text-truncated");
    expect(cut).toEqual([
      {
        severity: "warning",
        code: "text-truncated",
        cell: "遅延取組一覧!D3",
        params: { sheet: "遅延取組一覧", cell: "遅延取組一覧!D3", length: LONG * 2 + "【要因】\n\n\n【今後の対応】\n".length, limit: MAX_CELL_CHARS },
      },
    ]);
    const message = findingMessage(cut[0], "ja");
    expect(message).toContain("32767");
    expect(message).toContain("…（以下省略）");
    const findingsSheet = r.report!.sheets.find((s) => s.key === "findings")!;
    const listed = rowsToArray(findingsSheet.rows).find((row) => row[1] === "text-truncated");
    expect(listed).toEqual(["警告", "text-truncated", "遅延取組一覧!D3", message]);
    expect(findingsSheet.links.some((l) => l.target === "遅延取組一覧!D3")).toBe(true);
  });

  it("in English: the English marker and message", () => {
    const r = run("en");
    const delayed = r.report!.sheets.find((s) => s.key === "delayed")!;
    expect((rowsToArray(delayed.rows)[2][3] as string).endsWith("… (truncated)")).toBe(true);
    const cut = r.evaluation.findings.find((f) => f.code === "text-truncated")!;
    expect(findingMessage(cut, "en")).toMatch(/more than Excel's 32767 per cell/);
  });

  it("texts within the limit: no cut, no finding", () => {
    const r = run("ja", "要".repeat(10_000), "対".repeat(10_000));
    expect(r.evaluation.findings.some((f) => f.code === "text-truncated")).toBe(false);
    const delayed = r.report!.sheets.find((s) => s.key === "delayed")!;
    expect((rowsToArray(delayed.rows)[2][3] as string).endsWith("対")).toBe(true);
  });
});
