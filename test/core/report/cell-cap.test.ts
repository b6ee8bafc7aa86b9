/**
 * Excel's 32,767 characters per cell: a generated text longer than that is
 * cut with a visible marker, and the cut is a finding at the report cell
 * that reaches the evaluation (--json) and 検証結果.
 */
import { findingMessage } from "../../../src/core/i18n";
import { cellAddress, longestTextOf } from "../../../src/core/grid";
import { cycleEn } from "../../../src/core/i18n/en/cycle";
import { findingsEn } from "../../../src/core/i18n/en/findings";
import { reportEn } from "../../../src/core/i18n/en/report";
import { cycleJa } from "../../../src/core/i18n/ja/cycle";
import { findingsJa } from "../../../src/core/i18n/ja/findings";
import { reportJa } from "../../../src/core/i18n/ja/report";
import { buildReport } from "../../../src/core/report/build-report";
import { capSheet, capText, LABEL_CHARS, MAX_CELL_CHARS } from "../../../src/core/report/cell-cap";
import { REPORT_SHEET_KEYS, rowsToArray } from "../../../src/core/report/model";
import { printSetup, SheetDraft } from "../../../src/core/report/sheet-draft";
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

describe("which rows the check looks at", () => {
  const TEXT_COLUMNS = ["項目名", "担当課", "成果指標", "目標値", "実績値", "要因", "今後の対応", "次年度新規"] as const;

  /** Every cell over the limit in the report as built (nothing cut), found by building every row of every sheet. */
  function overLongCells(lengths: readonly number[]): string[] {
    const r = runWith(lengths);
    const plain = buildReport(r.evaluation, { sheets: REPORT_SHEET_KEYS.filter((k) => k !== "findings") });
    const cells: string[] = [];
    for (const sheet of plain.sheets) {
      rowsToArray(sheet.rows).forEach((row, i) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && v.length > MAX_CELL_CHARS) cells.push(cellAddress(sheet.name, i, c));
        }),
      );
    }
    return cells.sort();
  }

  function runWith(lengths: readonly number[]) {
    const text = (k: number, ch: string) => ch.repeat(lengths[k % lengths.length]);
    const grid = gridFromRows("取組一覧", [
      ["No", "分野", ...TEXT_COLUMNS, "スケジュール"],
      [1, "Ⅰ 協働", ...TEXT_COLUMNS.map((_, k) => text(k, "あ")), "遅れ"],
      [2, "Ⅰ 協働", ...TEXT_COLUMNS.map((_, k) => text(k + 3, "い")), "予定どおり"],
    ]);
    return runEngine({ register: grid, settingsSheet: null, overrides: { fiscalYear: 2014 } });
  }

  it.each([
    [[100, 16_000, 20_000], false],
    [[40_000, 10], true],
    [[17_000], true],
    [[9_000, 12_000, 33_000, 5], true],
  ])("finds every over-long cell that building every row finds (text lengths %j)", (lengths, some) => {
    const cut = runWith(lengths)
      .evaluation.findings.filter((f) => f.code === "text-truncated")
      .map((f) => f.cell as string)
      .sort();
    const expected = overLongCells(lengths);
    expect(expected.length > 0).toBe(some);
    expect(cut).toEqual(expected);
  });

  it("trusts a grid's own longestText as the bound, and finds the same cuts as with a scan", () => {
    const lengths = [40_000, 10];
    const scanned = runWith(lengths).evaluation.findings.filter((f) => f.code === "text-truncated");
    expect(scanned.length).toBeGreaterThan(0);
    const text = (k: number, ch: string) => ch.repeat(lengths[k % lengths.length]);
    const values = [
      ["No", "分野", ...TEXT_COLUMNS, "スケジュール"],
      [1, "Ⅰ 協働", ...TEXT_COLUMNS.map((_, k) => text(k, "あ")), "遅れ"],
      [2, "Ⅰ 協働", ...TEXT_COLUMNS.map((_, k) => text(k + 3, "い")), "予定どおり"],
    ];
    const given = (longest: number) =>
      runEngine({ register: { ...gridFromRows("取組一覧", values), longestText: longest }, settingsSheet: null, overrides: { fiscalYear: 2014 } })
        .evaluation.findings.filter((f) => f.code === "text-truncated");
    expect(given(longestTextOf(values))).toEqual(scanned);
    // A grid that says its texts are short is believed: only kept rows (titles, tables) are still looked at, so the
    // cuts in the lists are not found (hosts must not under-state it).
    const believed = given(10);
    expect(believed.length).toBeLessThan(scanned.length);
    for (const f of believed) expect(scanned).toContainEqual(f);
  });

  it("builds no row of a list whose cells cannot reach the limit", () => {
    const d = new SheetDraft();
    let built = 0;
    d.addRow(["title"]);
    d.addRowsOf({ count: 1000, width: 2, make: (k) => (built++, [k, "x"]), heightOf: () => null, textsPerCell: 3 });
    const sheet = d.finish({ key: "ratings", name: "評価結果", columnWidths: [], print: printSetup("portrait", null), freezeRows: 0 });
    expect(capSheet(sheet, "…", 9_000).findings).toEqual([]);
    expect(built).toBe(0);
    // Three texts of 10,000 characters could reach it: then every row is looked at.
    capSheet(sheet, "…", 10_000);
    expect(built).toBe(1000);
  });

  it("labels leave room: every label is shorter than an eighth of LABEL_CHARS", () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (v !== null && typeof v === "object") for (const x of Object.values(v)) walk(x);
    };
    for (const table of [reportJa, reportEn, findingsJa, findingsEn, cycleJa, cycleEn]) walk(table);
    expect(strings.length).toBeGreaterThan(100);
    expect(Math.max(...strings.map((s) => s.length))).toBeLessThan(LABEL_CHARS / 8);
  });
});
