/** §4 Targets: the kind from the target-type column, or from the target text as staff write it. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { addressAt, registerOf } from "../../helpers/register";
import { findingOf, one, seedSettings } from "./support";

describe("target type column (§4 targetType words)", () => {
  test.each([
    ["以上", "atLeast", false],
    ["以下", "atMost", false],
    ["未満", "atMost", true],
    ["前年比", "growth", false],
    ["増加率", "growth", false],
    ["維持", "maintain", false],
    ["達成", "milestone", false],
    ["策定", "milestone", false],
    ["完了", "milestone", false],
  ] as const)("%s → %s", (word, kind, strict) => {
    const r = one({ indicator: "指標", targetType: word, target: "10", actual: "10", prior: "9" });
    expect(r.indicator.target?.kind).toBe(kind);
    expect(r.indicator.target?.strict).toBe(strict);
  });

  test("the type column wins over the words of the target text", () => {
    const r = one({ targetType: "以下", target: "3件以上", actual: "2件" });
    expect(r.indicator.target).toMatchObject({ kind: "atMost", value: 3 });
    expect(r.indicator.status).not.toBe("missed");
  });

  test("a type that cannot be read is an unreadable-target-type warning on that cell, and not measured", () => {
    const r = one({ targetType: "ほどほど", target: "10", actual: "12" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "unreadable-target-type")).toMatchObject({
      severity: "warning",
      cell: addressAt("targetType", 2),
      params: { value: "ほどほど" },
    });
    expect(r.item.computed).toBe("A");
  });
});

describe("target text (§4 target text examples)", () => {
  test.each([
    ["99団体以上", "atLeast", 99, "団体"],
    ["220万件以上／年", "atLeast", 2_200_000, "件"],
    ["年間１００人以上", "atLeast", 100, "人"],
    ["95%", "atLeast", 95, "%"],
    ["95％", "atLeast", 95, "%"],
    ["120", "atLeast", 120, null],
    ["3件以下", "atMost", 3, "件"],
    ["1,000万円未満", "atMost", 10_000_000, "円"],
    ["前年比5％以上", "growth", 5, "%"],
    ["前年度比10%増", "growth", 10, "%"],
  ] as const)("%s → %s %d %s", (text, kind, value, unit) => {
    const r = one({ indicator: "指標", target: text, actual: "1", prior: "1" });
    expect(r.indicator.target).toMatchObject({ kind, value, unit, text });
    expect(r.codes).not.toContain("unreadable-target-type");
    expect(r.codes).not.toContain("unreadable-number");
  });

  test("未満 is strict: actual equal to the target misses", () => {
    expect(one({ target: "1,000万円未満", actual: "1,000万円" }).indicator.status).toBe("missed");
    expect(one({ target: "1,000万円以下", actual: "1,000万円" }).indicator.status).toBe("met");
  });

  test("超 (more than) is a strict atLeast: reaching the number exactly misses", () => {
    expect(one({ target: "100件超", actual: "100件" }).indicator.status).toBe("missed");
    expect(one({ target: "100件超", actual: "101件" }).indicator).toMatchObject({ status: "met", target: { kind: "atLeast", strict: true } });
  });

  test("a unit longer than a listed one is read whole (100事業者以上 is 事業者, not 事業): no false unit mismatch", () => {
    const r = one({ target: "100事業者以上", actual: "104事業者" });
    expect(r.indicator.target).toMatchObject({ kind: "atLeast", value: 100, unit: "事業者" });
    expect(r.findings.map((f) => f.code)).not.toContain("unit-mismatch");
  });

  test("a unit the number reader does not list is still taken from the target text (50コマ以上)", () => {
    expect(one({ target: "50コマ以上", actual: "55コマ" }).indicator.target).toMatchObject({ kind: "atLeast", value: 50, unit: "コマ" });
  });

  test("a plain number cell is an atLeast target", () => {
    expect(one({ target: 50, actual: 50 }).indicator.target).toMatchObject({ kind: "atLeast", value: 50 });
  });

  test.each(["前年度末の加入率を維持", "維持", "前年度実績以上", "前年度並み"])("%s → maintain", (text) => {
    expect(one({ target: text, actual: "41%", prior: "40%" }).indicator.target).toMatchObject({ kind: "maintain", value: null });
  });

  test.each([
    ["27年度末までに策定", 2015],
    ["令和7年度末までに策定", 2025],
    ["（目標）（27年度末までに）策定", 2015],
    ["平成28年度までに完了", 2016],
    ["令和元年度末までに策定", 2019],
    ["2015年度末までに策定", 2015],
    ["FY2015までに策定", 2015],
  ] as const)("%s → milestone due FY%d", (text, year) => {
    const r = one({ target: text, actual: "未策定" });
    expect(r.indicator.target).toMatchObject({ kind: "milestone", value: null, dueFiscalYear: year });
  });

  test("策定 alone is a milestone due now (no due year)", () => {
    expect(one({ target: "策定", actual: "策定済" }).indicator.target).toMatchObject({ kind: "milestone", dueFiscalYear: null });
  });

  test("an era-less year is read in the era of the report's fiscal year (令和 when the report is 令和6年度)", () => {
    const r = one({ target: "7年度末までに策定", actual: "未策定" }, {}, { fiscalYear: 2024 });
    expect(r.indicator.target?.dueFiscalYear).toBe(2025);
  });

  test("a text that names no kind is an unreadable-target-type warning", () => {
    const r = one({ target: "がんばる", actual: "10" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "unreadable-target-type")).toMatchObject({ cell: addressAt("target", 2), params: { value: "がんばる" } });
  });

  test("a reduction against the prior year (前年比5%削減) is not a kind of §4: unreadable-target-type, not a silent growth", () => {
    const r = one({ target: "前年比5%削減", actual: "90", prior: "100" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(r.codes).toContain("unreadable-target-type");
  });

  test("unit: from the target text, else the unit column", () => {
    expect(one({ target: "99団体以上", unit: "人", actual: "100" }).indicator.target?.unit).toBe("団体");
    expect(one({ target: "99", unit: "団体", actual: "100" }).indicator.target?.unit).toBe("団体");
  });

  test("a unit column with a scale (千円) scales bare numbers, so they compare with written amounts", () => {
    const r = one({ target: "1,000万円未満", unit: "千円", actual: 9500 });
    expect(r.indicator.actual).toBe(9_500_000);
    expect(r.indicator.status).toBe("met");
    expect(r.codes).not.toContain("unit-mismatch");
  });
});

describe("missing target", () => {
  test("an indicator without a target is a missing-target warning and not measured", () => {
    const r = one({ indicator: "参加者数", actual: "120人" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "missing-target")).toMatchObject({
      severity: "warning",
      cell: addressAt("target", 2),
      params: { indicator: "参加者数" },
    });
    expect(r.codes).not.toContain("not-measured");
  });

  test("a numeric type (以上) with a blank target is missing-target", () => {
    expect(one({ indicator: "件数", targetType: "以上", actual: "5" }).codes).toContain("missing-target");
  });

  test("maintain and milestone types need no target value", () => {
    expect(one({ indicator: "加入率", targetType: "維持", actual: "41%", prior: "40%" }).indicator.status).toBe("met");
    expect(one({ indicator: "方針", targetType: "策定", actual: "策定済" }).indicator.status).toBe("met");
  });
});

describe("targets read once per distinct cells", () => {
  test("the same target text with another unit column, or the same number with a % format, reads differently", () => {
    const e = evaluate(
      registerOf([
        {
          no: "1",
          area: "Ⅰ",
          name: "a",
          schedule: "順調",
          indicators: [
            { target: "1,000", unit: "千円", actual: "900千円" },
            { target: "1,000", unit: "円", actual: "900円" },
            { target: "1,000", actual: "900" },
            { target: { value: 0.95, format: "0%" }, actual: "90%" },
            { target: 0.95, actual: 0.9 },
          ],
        },
      ]),
      seedSettings(),
    );
    expect(e.items[0].indicators.map((i) => [i.target?.value, i.target?.unit])).toEqual([
      [1_000_000, "円"],
      [1000, "円"],
      [1000, null],
      [95, "%"],
      [0.95, null],
    ]);
  });

  test("a finding from a cached target still points at its own row", () => {
    const e = evaluate(
      registerOf([
        { no: "1", area: "Ⅰ", name: "a", schedule: "順調", indicators: [{ indicator: "x", target: "がんばる" }, { indicator: "y", target: "がんばる" }] },
      ]),
      seedSettings(),
    );
    expect(e.findings.map((f) => f.cell)).toEqual([addressAt("target", 2), addressAt("target", 3)]);
  });
});
