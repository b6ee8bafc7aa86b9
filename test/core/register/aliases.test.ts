import { acceptedHeaders, COLUMNS, INDICATOR_COLUMNS, ITEM_COLUMNS, matchHeader, REQUIRED_COLUMNS } from "../../../src/core/register/aliases";
import { normalizeLabel } from "../../../src/core/register/label";
import type { ColumnKey } from "../../../src/core/register/types";

/** Contract §2's table, restated: column → headers accepted. */
const CONTRACT: Record<ColumnKey, string[]> = {
  no: ["No", "番号", "項番", "項目番号"],
  area: ["分野", "Area"],
  name: ["項目名", "取組名", "取組項目", "Item", "Programme"],
  department: ["担当課", "所管課", "担当", "Department"],
  overview: ["取組の概要", "概要", "Overview"],
  plan: ["年度計画", "計画", "Plan"],
  progress: ["進捗状況", "年度末の進捗状況", "上半期末の進捗状況", "Progress"],
  schedule: ["スケジュール", "スケジュール進捗", "進捗区分", "Schedule"],
  indicator: ["成果指標", "指標", "指標名", "Indicator"],
  targetType: ["目標種別", "判定方法", "Target type"],
  target: ["目標値", "目標", "Target"],
  actual: ["実績値", "実績", "Actual"],
  prior: ["前年度実績", "前年度", "前年実績", "Prior"],
  unit: ["単位", "Unit"],
  statedChange: ["増減率", "前年比(記載)", "Stated change"],
  asOf: ["基準日", "時点", "As of"],
  threshold: ["判定基準", "達成基準", "Threshold"],
  // contract §10 (進捗率): the baseline with its year and the final-year target
  baseline: ["基準値", "現状値", "Baseline"],
  baselineYear: ["基準年度", "基準値の年度", "基準年", "Baseline year"],
  finalTarget: ["最終目標値", "最終目標", "目標値(最終年度)", "Final target"],
  targetYear: ["目標年度", "最終年度", "目標年", "Target year"],
  cause: ["要因", "Cause"],
  nextSteps: ["今後の対応", "今後の対策", "Next steps"],
  relistOf: ["再掲", "再掲元", "Re-listed from"],
  selfRating: ["自己評価", "Self rating"],
  finalRating: ["評価(確定)", "確定評価", "Final rating"],
  overrideReason: ["上書き理由", "確定理由", "Override reason"],
  highlight: ["事例掲載", "掲載", "Highlight"],
  nextYear: ["次年度新規事項", "新規事項", "New next year"],
  rated: ["評価対象", "評価対象区分", "Rated"],
};

const ALL = (Object.keys(CONTRACT) as ColumnKey[]).flatMap((key) => CONTRACT[key].map((alias) => [alias, key] as const));

describe("header aliases (contract §2)", () => {
  test.each(ALL)("%s → %s", (alias, key) => {
    expect(matchHeader(alias)).toEqual({ key, exact: true });
  });

  test.each(ALL)("%s in upper case, with a trailing ： and spaces around still → %s", (alias, key) => {
    expect(matchHeader(` ${alias.toUpperCase()}：`)?.key).toBe(key);
  });

  test("the table holds exactly the contract's columns and headers", () => {
    const table = Object.fromEntries(COLUMNS.map((c) => [c.key, [...c.aliases]]));
    expect(table).toEqual(CONTRACT);
  });

  test("required columns are No, area, name and schedule", () => {
    expect([...REQUIRED_COLUMNS].sort()).toEqual(["area", "name", "no", "schedule"]);
  });

  test("levels follow the contract: thirteen indicator columns (§2's eight, §9's 判定基準, §10's 基準値 / 基準年度 / 最終目標値 / 目標年度), the rest item columns", () => {
    expect(INDICATOR_COLUMNS).toEqual(["indicator", "targetType", "target", "actual", "prior", "unit", "statedChange", "asOf", "threshold", "baseline", "baselineYear", "finalTarget", "targetYear"]);
    expect(ITEM_COLUMNS).toHaveLength(17);
  });

  test("no two columns share a header after normalisation", () => {
    const owner = new Map<string, ColumnKey>();
    for (const [alias, key] of ALL) {
      const label = normalizeLabel(alias);
      expect(owner.get(label) ?? key).toBe(key);
      owner.set(label, key);
    }
  });

  test("the missing-column message lists a column's headers", () => {
    expect(acceptedHeaders("no")).toBe("No / 番号 / 項番 / 項目番号");
  });
});

describe("header spelling variants", () => {
  test.each([
    ["No.", "no"],
    ["Ｎｏ．", "no"],
    ["ＮＯ", "no"],
    ["№", "no"],
    ["no:", "no"],
    ["番号。", "no"],
    ["分　野", "area"],
    ["分 野", "area"],
    ["分野：", "area"],
    ["項目\n名", "name"],
    ["スケジュール．", "schedule"],
    ["評価（確定）", "finalRating"],
    ["評価(確定)", "finalRating"],
    ["前年比（記載）", "statedChange"],
    ["ＴＡＲＧＥＴ　ＴＹＰＥ", "targetType"],
    ["as  of", "asOf"],
    ["AsOf", "asOf"],
  ])("%j → %s (exact)", (text, key) => {
    expect(matchHeader(text)).toEqual({ key, exact: true });
  });
});

describe("fallback: a header that ends with an alias", () => {
  test.each([
    ["平成26年度末\n進捗状況", "progress"],
    ["26年度末の進捗状況", "progress"],
    ["26年度実績", "actual"],
    ["平成２６年度\n実績", "actual"],
    ["26年度の\n年度計画", "plan"],
    ["27年度当初計画", "plan"],
    ["26年度の前年度実績", "prior"], // the longer alias 前年度実績 wins over 実績
    ["平成25年度 前年実績", "prior"],
    ["取組No.", "no"],
    ["Item No.", "no"],
    ["主な成果指標", "indicator"],
    ["成果指標の目標", "target"],
    ["政策分野", "area"],
    ["実績値（3月末現在）", "actual"],
    ["目標値 (27年度)", "target"],
    ["Annual plan", "plan"],
    ["FY2014 target type", "targetType"],
  ])("%j → %s (not exact)", (text, key) => {
    expect(matchHeader(text)).toEqual({ key, exact: false });
  });

  test.each(["備考", "", "   ", "Casino", "ItemNo", "Remarks", "（3月末現在）", "評価"])("%j is no column", (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});
