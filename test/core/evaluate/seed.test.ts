/**
 * The seed report (平成26年度末, ../seed/000_e4a2cce3e9b0c4b7.txt): the items
 * it shows in detail, as staff would enter them in the register.
 */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import type { Evaluation, ItemResult } from "../../../src/core/evaluate/types";
import { addressAt, registerOf, type ItemSpec } from "../../helpers/register";
import { seedSettings } from "./support";

const no1: ItemSpec = {
  no: "1",
  area: "Ⅰ 地域協働の推進",
  name: "市民活動支援センターによる市民活動支援の充実",
  department: "市民協働・男女参画推進課",
  schedule: "予定どおり",
  highlight: "○",
  indicators: [
    { indicator: "センター来場者数", target: "前年比5％以上", actual: "９，８５６人", prior: "８，５８８人", statedChange: "約 14.8％増" },
    { indicator: "相談件数", target: "前年比10％以上", actual: "７１件", prior: "４１人", statedChange: "約 42.3％増" },
    { indicator: "あすぴあ登録団体数", target: "99団体以上", actual: "１１３団体", prior: "９７団体" },
  ],
};

const no13: ItemSpec = {
  no: "13",
  area: "Ⅰ 地域協働の推進",
  name: "自治会等に対する支援のあり方の検討",
  schedule: "予定どおり",
  cause: "加入世帯数に大幅な変化はないが、人口増加などにより、相対的に加入率の減少につながったため。",
  nextSteps: "地域連絡会と自治懇談会を継続する。",
  indicators: [{ indicator: "自治会等への加入率", target: "前年度末の加入率を維持", actual: "40.5%", prior: "41.0%", statedChange: "0.5%減" }],
};

const no18: ItemSpec = {
  no: "18",
  area: "Ⅱ 情報の共有と双方向のコミュニケーション",
  name: "ホームページ機能の充実",
  department: "秘書広報課",
  schedule: "予定どおり",
  indicators: [{ indicator: "アクセス件数", target: "220万件以上／年", actual: "2,225,188件", prior: "1,987,838件" }],
};

const no21: ItemSpec = {
  no: "21",
  area: "Ⅲ ＰＤＣＡサイクルの構築",
  name: "組織目標の管理体制の推進",
  schedule: "予定どおり",
  cause: "設定した数値目標に届かなかったことなどによる。",
  nextSteps: "職員に対して、より一層の周知徹底を図る。",
  indicators: [{ indicator: "組織目標の達成率", target: "95%", actual: "９０％" }],
};

const no52: ItemSpec = {
  no: "52",
  area: "Ⅴ 執行体制の再構築",
  name: "公共施設に係る組織横断的なマネジメント体制の構築に向けた検討",
  department: "行政経営課",
  schedule: "予定どおり",
  progress: "当初予定どおり、「小平市公共施設白書」を作成、発行した。",
  indicators: [{ indicator: "「（仮称）公共施設マネジメント基本方針」の策定", target: "（目標）（27年度末までに）策定", actual: "未策定" }],
};

let e: Evaluation;
beforeAll(() => {
  e = evaluate(registerOf([no1, no13, no18, no21, no52]), seedSettings());
});
const item = (no: number): ItemResult => e.items.find((i) => i.no === no)!;

describe("seed No.1 (three indicators)", () => {
  test("来場者 9,856 against 8,588 is 14.8% growth against 5 → exceeded", () => {
    const ind = item(1).indicators[0];
    expect(ind.change).toBeCloseTo(14.765, 3);
    expect(ind.achievement).toBeCloseTo(14.765 / 5, 3);
    expect(ind.status).toBe("exceeded");
    expect(ind.unit).toBe("人");
  });

  test("相談件数 71件 against 41人: unit-mismatch and stated-change-mismatch (42.3 stated, 73.2 computed)", () => {
    const ind = item(1).indicators[1];
    expect(ind.status).toBe("exceeded");
    const row3 = e.findings.filter((f) => f.cell === addressAt("actual", 3) || f.cell === addressAt("statedChange", 3));
    expect(row3).toEqual([
      { severity: "warning", code: "unit-mismatch", cell: addressAt("actual", 3), params: { actualUnit: "件", otherUnit: "人", field: "prior" } },
      { severity: "warning", code: "stated-change-mismatch", cell: addressAt("statedChange", 3), params: { stated: 42.3, computed: 73.2 } },
    ]);
  });

  test("113団体 against 99団体以上 → met, not exceeded (1.14 < 1.2)", () => {
    const ind = item(1).indicators[2];
    expect(ind.achievement).toBeCloseTo(113 / 99, 9);
    expect(ind.status).toBe("met");
  });

  test("on schedule with one indicator only met → A; with an S margin of 0.1 every indicator is exceeded → S", () => {
    expect(item(1).computed).toBe("A");
    const loose = evaluate(registerOf([no1]), seedSettings({ sMargin: 0.1 }));
    expect(loose.items[0].indicators.map((i) => i.status)).toEqual(["exceeded", "exceeded", "exceeded"]);
    expect(loose.items[0].computed).toBe("S");
  });

  test("item fields carried to the result", () => {
    expect(item(1)).toMatchObject({
      area: "Ⅰ 地域協働の推進",
      department: "市民協働・男女参画推進課",
      schedule: "on",
      highlight: true,
    });
    expect(item(1).indicators.map((i) => i.display.actual)).toEqual(["９，８５６人", "７１件", "１１３団体"]);
  });
});

describe("seed No.18", () => {
  test("2,225,188件 against 220万件以上／年 → met (1.011), item A", () => {
    const ind = item(18).indicators[0];
    expect(ind.target).toMatchObject({ kind: "atLeast", value: 2_200_000, unit: "件" });
    expect(ind.achievement).toBeCloseTo(1.0114, 4);
    expect(ind.status).toBe("met");
    expect(item(18).computed).toBe("A");
  });
});

describe("seed No.52", () => {
  test("27年度末までに策定, not done, at the end of FY2014 → not yet due; the item is rated by its schedule (A)", () => {
    const ind = item(52).indicators[0];
    expect(ind.target).toMatchObject({ kind: "milestone", dueFiscalYear: 2015 });
    expect(ind.status).toBe("notYetDue");
    expect(item(52).computed).toBe("A");
  });

  test("a year later (平成27年度末) and still not done → missed, B", () => {
    const later = evaluate(registerOf([no52]), seedSettings({ fiscalYear: 2015 }));
    expect(later.items[0].indicators[0].status).toBe("missed");
    expect(later.items[0].computed).toBe("B");
  });
});

describe("seed No.13 and No.21 (in 【参考２】)", () => {
  test("No.13: 加入率 not maintained (41.0% → 40.5%) → missed → B", () => {
    expect(item(13).indicators[0].status).toBe("missed");
    expect(item(13).computed).toBe("B");
  });

  test("No.21: 90% against a 95% target → missed → B", () => {
    const ind = item(21).indicators[0];
    expect(ind.achievement).toBeCloseTo(90 / 95, 9);
    expect(ind.status).toBe("missed");
    expect(item(21).computed).toBe("B");
  });

  test("both are on the delayed list, in report order, with no b-without-cause (they give cause and next steps)", () => {
    expect(e.delayed.map((i) => i.no)).toEqual([13, 21]);
    expect(e.findings.map((f) => f.code)).not.toContain("b-without-cause");
  });
});

test("the whole run: only No.1's two warnings, not blocked, 平成26年度末", () => {
  expect(e.findings.map((f) => f.code)).toEqual(["unit-mismatch", "stated-change-mismatch"]);
  expect(e.blocked).toBe(false);
  expect(e.period).toBe("平成26年度末");
  expect(e.tally.map((t) => t.area)).toEqual([
    "Ⅰ 地域協働の推進",
    "Ⅱ 情報の共有と双方向のコミュニケーション",
    "Ⅲ ＰＤＣＡサイクルの構築",
    "Ⅴ 執行体制の再構築",
  ]);
  expect(e.totals).toEqual({ S: 0, A: 3, B: 2 });
});
