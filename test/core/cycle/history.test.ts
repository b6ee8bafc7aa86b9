/**
 * 評価履歴 (contract §10): the sheet written from blocks reads back as the
 * same blocks in either language; the earlier period is the latest block
 * before this one; a re-report replaces only its own period's block.
 * And 前回比較 / 評価履歴 pass the checks every generated sheet passes.
 */
import { comparePeriods } from "../../../src/core/cycle/compare";
import { blockOf, MAX_ACTUALS_CHARS, mergeHistory, periodOfLabel, previousBlock, type HistoryBlock } from "../../../src/core/cycle/history-block";
import { readHistory } from "../../../src/core/cycle/read-history";
import type { PeriodItem } from "../../../src/core/cycle/types";
import type { CellValue } from "../../../src/core/grid";
import { buildReport } from "../../../src/core/report/build-report";
import { buildHistory } from "../../../src/core/report/history-sheet";
import { rowsToArray } from "../../../src/core/report/model";
import { FOUR_LEVELS } from "../../../src/core/settings/scale";
import { evaluation, indicator, item as itemResult, seedEvaluation } from "../../helpers/evaluation";
import { gridFromRows } from "../../helpers/grid";
import { sheetProblems } from "../report/sheet-shape";

function block(period: string, items: PeriodItem[], actuals: string[] = []): HistoryBlock {
  return { period, items, ...periodOfLabel(period), actuals: (k) => actuals[k] ?? "" };
}

const item = (no: string, level: string | null, relistOf: string | null = null): PeriodItem => ({ no, name: `取組${no}`, area: "Ⅰ 協働", level, relistOf });

function plain(b: HistoryBlock) {
  return { period: b.period, fiscalYear: b.fiscalYear, point: b.point, items: b.items, actuals: b.items.map((_, k) => b.actuals(k)) };
}

describe("periods of the history", () => {
  test("labels read as year and point, in both languages", () => {
    expect(periodOfLabel("平成26年度末")).toEqual({ fiscalYear: 2014, point: "yearEnd" });
    expect(periodOfLabel("令和2年度上半期末")).toEqual({ fiscalYear: 2020, point: "half" });
    expect(periodOfLabel("令和元年度末")).toEqual({ fiscalYear: 2019, point: "yearEnd" });
    expect(periodOfLabel("FY2014 first half")).toEqual({ fiscalYear: 2014, point: "half" });
    expect(periodOfLabel("前回")).toEqual({ fiscalYear: null, point: null });
  });

  test("the earlier period is the latest block before this one (a first half before its year end)", () => {
    const blocks = [block("平成26年度末", []), block("平成27年度上半期末", []), block("平成28年度末", []), block("メモ", [])];
    expect(previousBlock(blocks, block("平成27年度末", []))?.period).toBe("平成27年度上半期末");
    expect(previousBlock(blocks, block("平成27年度上半期末", []))?.period).toBe("平成26年度末");
    expect(previousBlock(blocks, block("平成26年度末", []))).toBeNull();
  });

  test("a re-report replaces only its own block; periods in time order; --previous's block only where none is", () => {
    const old = [block("平成27年度末", [item("1", "B")]), block("平成26年度末", [item("1", "C")])];
    const merged = mergeHistory(old, block("平成27年度末", [item("1", "A")]), [block("平成26年度末", [item("1", "D")]), block("平成25年度末", [])]);
    expect(merged.map((b) => [b.period, b.items[0]?.level ?? null])).toEqual([
      ["平成25年度末", null],
      ["平成26年度末", "C"],
      ["平成27年度末", "A"],
    ]);
  });
});

describe("the 評価履歴 sheet reads back as it was written", () => {
  const blocks = [
    block("令和元年度末", [item("1", "A"), item("R1-1", null), item("1", "A", "1")], ["件数：120件\n率：50%", "", ""]),
    block("令和2年度末", [item("1", "S"), item("R2-1", "B")], ["件数：130件"]),
  ];

  test.each(["ja", "en"] as const)("in %s", (lang) => {
    const ev = seedEvaluation({ settings: { lang } });
    const sheet = buildHistory(ev, blocks);
    expect(sheetProblems(sheet)).toEqual([]);
    const grid = gridFromRows(sheet.name, rowsToArray(sheet.rows).map((r) => [...r] as CellValue[]));
    expect(readHistory(grid).map(plain)).toEqual(blocks.map(plain));
  });

  test("rows without a No. are skipped, a block's rows end at a blank row, other text on the sheet is ignored", () => {
    const grid = gridFromRows("評価履歴", [
      ["評価履歴"],
      ["メモ", "No"],
      [],
      ["時点", "No", "分野", "項目名", "評価", "対象外・未評価"],
      ["平成26年度末", 1, "Ⅰ", "a", "A", null],
      ["平成26年度末", null, "Ⅰ", "b", "B", null],
      ["平成26年度末", 3, "Ⅰ", "c", "B", "○"],
      [],
      ["平成26年度末", 4, "Ⅰ", "d", "A", null],
    ]);
    const [b] = readHistory(grid);
    expect(b.items.map((i) => [i.no, i.level])).toEqual([
      ["1", "A"],
      ["3", null],
    ]);
    expect(readHistory(null)).toEqual([]);
  });
});

test("前回比較 and 評価履歴 are built in order, print-ready like every generated sheet", () => {
  const before = block("令和元年度末", [item("1", "A"), item("2", "B"), item("9", "C")]);
  const now = block("令和2年度末", [item("1", "S"), item("2", null), item("R2-1", "A")]);
  const comparison = comparePeriods({ levels: FOUR_LEVELS }, now, before);
  const model = buildReport(seedEvaluation(), { comparison, history: [before, now] });
  expect(model.sheets.map((s) => s.name)).toEqual(["進捗集計", "前回比較", "遅延取組一覧", "評価結果", "検証結果", "事例", "次年度新規", "評価履歴"]);
  // Four levels and 対象外・未評価, each 今回 / 前回 / 増減.
  const table = rowsToArray(model.sheets[1].rows);
  expect(model.sheets[1].columnWidths).toHaveLength(16);
  expect(table.find((r) => r[0] === "計")).toEqual(["計", 1, 0, 1, 1, 1, 0, 0, 1, -1, 0, 1, -1, 1, 0, 1]);
  for (const sheet of model.sheets) expect({ sheet: sheet.key, problems: sheetProblems(sheet) }).toEqual({ sheet: sheet.key, problems: [] });
});

test("an entry's actuals: 「指標名：実績」 a line, blank actuals left out, capped at MAX_ACTUALS_CHARS with …", () => {
  const long = "x".repeat(600);
  const ev = evaluation([
    itemResult({ no: 1, indicators: [indicator({ name: "件数", display: { target: "", actual: "120件", prior: "" } }), indicator({ name: "率", display: { target: "", actual: " ", prior: "" } }), indicator({ name: "", display: { target: "", actual: "策定済", prior: "" } })] }),
    itemResult({ no: 2, indicators: [indicator({ name: "a", display: { target: "", actual: long, prior: "" } }), indicator({ name: "b", display: { target: "", actual: long, prior: "" } })] }),
  ]);
  const b = blockOf(ev, "：");
  expect(b.actuals(0)).toBe("件数：120件\n策定済");
  expect(b.actuals(1)).toHaveLength(MAX_ACTUALS_CHARS);
  expect(b.actuals(1).endsWith("…")).toBe(true);
});
