import { runEngine } from "../../../src/core/run";
import { gridFromRows } from "../../helpers/grid";
import { one } from "./support";

describe("a milestone due in an ended era's counted-on year (issue 11: 平成32年度)", () => {
  test("due 平成32年度末 in the FY2014 report is not yet due, and its item is not rated B", () => {
    const r = one({ indicator: "計画の策定", target: "平成32年度末までに策定", actual: "未策定" }, { schedule: "予定どおり" });
    expect(r.indicator.status).toBe("notYetDue");
    expect(r.item.computed).toBe("A");
  });

  test("due 32年度末 (era left out) in the FY2014 report is FY2020 too, not 昭和32", () => {
    const r = one({ indicator: "計画の策定", target: "32年度末までに策定", actual: "未策定" }, { schedule: "予定どおり" });
    expect(r.indicator.status).toBe("notYetDue");
  });

  test("in a 令和2年度 report the same milestone, still not done, is missed", () => {
    const r = one({ indicator: "計画の策定", target: "平成32年度末までに策定", actual: "未策定" }, { schedule: "予定どおり" }, { fiscalYear: 2020 });
    expect(r.indicator.status).toBe("missed");
    expect(r.item.computed).toBe("B");
  });
});

describe("a deliberate 'not measured' mark (issue 11)", () => {
  test.each(["−", "評価せず", "―"])("actual %s: not measured, no unreadable-number warning", (mark) => {
    const r = one({ indicator: "来場者数", target: "100人以上", actual: mark }, { schedule: "予定以上" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(r.codes).toContain("not-measured");
    expect(r.codes).not.toContain("unreadable-number");
    expect(r.item.computed).toBe("A");
  });

  test("an unreadable actual still is one", () => {
    expect(one({ indicator: "来場者数", target: "100人以上", actual: "多数" }).codes).toContain("unreadable-number");
  });
});


describe("参考２ follows the register's heading (issue 11)", () => {
  test("a register headed 今後の対策 gets 【今後の対策】 in the written 遅延取組一覧", () => {
    const grid = gridFromRows("取組一覧", [
      ["No", "分野", "項目名", "スケジュール", "要因", "今後の対策"],
      [1, "Ⅰ 協働", "取組", "遅れ", "人手不足", "体制を見直す"],
    ]);
    const r = runEngine({ register: grid, settingsSheet: null, overrides: { fiscalYear: 2014 } });
    const delayed = r.report?.sheets.find((s) => s.key === "delayed");
    expect(delayed?.rows.row(2)[3]).toBe("【要因】\n人手不足\n\n【今後の対策】\n体制を見直す");
  });
});

describe("an item marked for 参考１ but rated behind (issue 11)", () => {
  test("is a warning at its 事例掲載 cell; a highlighted item on track is none", () => {
    const grid = gridFromRows("取組一覧", [
      ["No", "分野", "項目名", "スケジュール", "要因", "今後の対応", "事例掲載"],
      [1, "Ⅰ 協働", "遅れた取組", "遅れ", "人手不足", "見直す", "○"],
      [2, "Ⅰ 協働", "順調な取組", "予定どおり", null, null, "○"],
    ]);
    const r = runEngine({ register: grid, settingsSheet: null, overrides: { fiscalYear: 2014 } });
    const found = r.evaluation.findings.filter((f) => f.code === "highlight-behind");
    expect(found).toEqual([{ severity: "warning", code: "highlight-behind", cell: "取組一覧!G2", params: { no: 1 } }]);
    expect(r.report).not.toBeNull();
  });
});

describe("基準日 in the 参考１ cards (issue 11)", () => {
  test("the actual carries 「（３月末現在）」 from the indicator's 基準日; without one, nothing is added", () => {
    const grid = gridFromRows("取組一覧", [
      ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "基準日", "事例掲載"],
      [1, "Ⅰ 協働", "センター", "予定どおり", "センター来場者", "9,000人以上", "９，８５６人", "３月末", "○"],
      [null, null, null, null, "相談件数", "50件以上", "７１件", "3月末現在", null],
      [null, null, null, null, "登録団体", "100団体以上", "１１３団体", null, null],
    ]);
    const r = runEngine({ register: grid, settingsSheet: null, overrides: { fiscalYear: 2014 } });
    const cards = r.report?.sheets.find((s) => s.key === "highlights");
    const lines = String(cards?.rows.row(6)[1]).split("\n");
    expect(lines[0]).toContain("実績 ９，８５６人（３月末現在）");
    expect(lines[1]).toContain("実績 ７１件（3月末現在）");
    expect(lines[2]).toContain("実績 １１３団体");
    expect(lines[2]).not.toContain("現在");
  });
});
