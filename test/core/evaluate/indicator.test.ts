/** §5 Per indicator: met, exceeded, missed, not yet due, not measured — and the row's findings of §6. */
import { addressAt } from "../../helpers/register";
import { findingOf, one } from "./support";

describe("atLeast", () => {
  test("atLeast target: met when actual ≥ target", () => {
    expect(one({ target: "100人以上", actual: "100人" }).indicator.status).toBe("met");
    expect(one({ target: "100人以上", actual: "99人" }).indicator.status).toBe("missed");
  });

  test("atLeast achievement = actual / target", () => {
    expect(one({ target: "100人以上", actual: "110人" }).indicator.achievement).toBeCloseTo(1.1, 12);
  });

  test("exceeded when met with achievement ≥ 1 + S margin (0.2 by default)", () => {
    expect(one({ target: "100人以上", actual: "120人" }).indicator.status).toBe("exceeded");
    expect(one({ target: "100人以上", actual: "119人" }).indicator.status).toBe("met");
  });

  test("the S margin is a setting: 1.15 is exceeded at 0.1, met at 0.2", () => {
    expect(one({ target: "100", actual: "115" }, {}, { sMargin: 0.1 }).indicator.status).toBe("exceeded");
    expect(one({ target: "100", actual: "115" }, {}, { sMargin: 0.2 }).indicator.status).toBe("met");
  });

  test("percentages: 90% typed in Excel (0.9 with a % format) reads as 90 points", () => {
    const r = one({ target: "95%", actual: { value: 0.9, format: "0%" } });
    expect(r.indicator.actual).toBe(90);
    expect(r.indicator.status).toBe("missed");
    expect(r.indicator.display.actual).toBe("90%");
  });
});

describe("atMost", () => {
  test("atMost target: met when actual ≤ target; achievement = target / actual", () => {
    const r = one({ target: "3件以下", actual: "2件" });
    expect(r.indicator.status).toBe("exceeded");
    expect(r.indicator.achievement).toBeCloseTo(1.5, 12);
    expect(one({ target: "3件以下", actual: "3件" }).indicator.status).toBe("met");
    expect(one({ target: "3件以下", actual: "4件" }).indicator.status).toBe("missed");
  });

  test("atMost with actual 0: achievement is Infinity, so exceeded (nothing at all is as far under a ceiling as it gets)", () => {
    const r = one({ target: "3件以下", actual: "0件" });
    expect(r.indicator.achievement).toBe(Infinity);
    expect(r.indicator.status).toBe("exceeded");
  });

  test("atMost 0 with actual 0: exactly the target, met", () => {
    const r = one({ target: "0件以下", actual: "0件" });
    expect(r.indicator.achievement).toBe(1);
    expect(r.indicator.status).toBe("met");
  });
});

describe("growth", () => {
  test("growth target: (actual/prior − 1) × 100 ≥ target points", () => {
    expect(one({ target: "前年比5％以上", actual: "105", prior: "100" }).indicator.status).toBe("met");
    expect(one({ target: "前年比5％以上", actual: "104", prior: "100" }).indicator.status).toBe("missed");
  });

  test("growth achievement = growth / target; exceeded at 1 + margin", () => {
    const r = one({ target: "前年比5％以上", actual: "106", prior: "100" });
    expect(r.indicator.change).toBeCloseTo(6, 12);
    expect(r.indicator.achievement).toBeCloseTo(1.2, 12);
    expect(r.indicator.status).toBe("exceeded");
  });

  test("growth without prior is a missing-prior warning and not measured", () => {
    const r = one({ indicator: "来場者数", target: "前年比5％以上", actual: "9,856人" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "missing-prior")).toMatchObject({
      severity: "warning",
      cell: addressAt("prior", 2),
      params: { indicator: "来場者数" },
    });
  });

  test("growth from a prior of 0: any rise is unbounded (exceeded), the change itself is not a number", () => {
    const r = one({ target: "前年比5％以上", actual: "3", prior: "0" });
    expect(r.indicator.status).toBe("exceeded");
    expect(r.indicator.change).toBeNull();
  });
});

describe("maintain", () => {
  test("maintain target: met when actual ≥ prior; achievement = actual / prior", () => {
    const r = one({ target: "維持", actual: "41.0%", prior: "41.0%" });
    expect(r.indicator.status).toBe("met");
    expect(r.indicator.achievement).toBe(1);
    expect(one({ target: "維持", actual: "40.5%", prior: "41.0%" }).indicator.status).toBe("missed");
  });

  test("maintain without prior is a missing-prior warning and not measured", () => {
    const r = one({ target: "維持", actual: "41%" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(r.codes).toContain("missing-prior");
  });
});

describe("milestone", () => {
  test("milestone: met when the actual reads as done, never exceeded", () => {
    const r = one({ target: "策定", actual: "策定済" });
    expect(r.indicator.status).toBe("met");
    expect(r.indicator.actual).toBe("done");
    expect(r.indicator.achievement).toBeNull();
  });

  test("milestone due now and not done is missed", () => {
    expect(one({ target: "策定", actual: "未策定" }).indicator.status).toBe("missed");
    expect(one({ target: "26年度末までに策定", actual: "検討中" }).indicator.status).toBe("missed");
  });

  test("a blank milestone actual is not done, not 'not measured'", () => {
    const r = one({ indicator: "方針の策定", target: "26年度末までに策定" });
    expect(r.indicator.actual).toBe("notDone");
    expect(r.indicator.status).toBe("missed");
    expect(r.codes).not.toContain("not-measured");
  });

  test("milestone due later than the report period and not done is not yet due, not missed", () => {
    expect(one({ target: "27年度末までに策定", actual: "未策定" }).indicator.status).toBe("notYetDue");
  });

  test("a milestone due at year end is not yet due at the first half of the same year, due at its end", () => {
    expect(one({ target: "26年度末までに策定", actual: "未策定" }, {}, { point: "half" }).indicator.status).toBe("notYetDue");
    expect(one({ target: "26年度末までに策定", actual: "未策定" }, {}, { point: "yearEnd" }).indicator.status).toBe("missed");
  });

  test("a milestone due at the first half is due at the first half of that year", () => {
    expect(one({ target: "26年度上半期末までに策定", actual: "未策定" }, {}, { point: "half" }).indicator.status).toBe("missed");
  });

  test("a milestone already done before its due year is met", () => {
    expect(one({ target: "27年度末までに策定", actual: "策定済" }).indicator.status).toBe("met");
  });

  test("a milestone actual that is neither done nor not done is unreadable: warning, not measured", () => {
    const r = one({ target: "策定", actual: "白書を作成" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "unreadable-number")).toMatchObject({ cell: addressAt("actual", 2), params: { field: "actual" } });
  });
});

describe("not measured", () => {
  test("no actual: not-measured warning on the actual cell, and the item is rated at most A", () => {
    const r = one({ indicator: "参加者数", target: "100人以上" }, { schedule: "予定以上" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "not-measured")).toMatchObject({
      severity: "warning",
      cell: addressAt("actual", 2),
      params: { indicator: "参加者数" },
    });
    expect(r.item.computed).toBe("A");
  });

  test("an unreadable actual is an unreadable-number warning and not measured", () => {
    const r = one({ target: "100人以上", actual: "集計中" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "unreadable-number")).toMatchObject({
      cell: addressAt("actual", 2),
      params: { field: "actual", value: "集計中" },
    });
  });

  test("an Excel error value is an excel-error warning with the cell address, never a silent zero", () => {
    const r = one({ target: "100人以上", actual: { error: "#N/A" } });
    expect(r.indicator.status).toBe("notMeasured");
    expect(r.indicator.actual).toBeNull();
    expect(findingOf(r, "excel-error")).toMatchObject({
      severity: "warning",
      cell: addressAt("actual", 2),
      params: { field: "actual", value: "#N/A" },
    });
  });

  test("an Excel error as the target is an excel-error warning on the target", () => {
    const r = one({ target: { error: "#REF!" }, actual: "10" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(r.codes).toEqual(["excel-error"]);
    expect(findingOf(r, "excel-error")).toMatchObject({ cell: addressAt("target", 2), params: { field: "target", value: "#REF!" } });
  });

  test("an unreadable target number is an unreadable-number warning on the target", () => {
    const r = one({ targetType: "以上", target: "たくさん", actual: "10" });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "unreadable-number")).toMatchObject({ cell: addressAt("target", 2), params: { field: "target" } });
  });

  test("an unreadable prior makes the indicator not measured (§6: actual, target or prior)", () => {
    const r = one({ target: "100人以上", actual: "150人", prior: { error: "#DIV/0!" } });
    expect(r.indicator.status).toBe("notMeasured");
    expect(findingOf(r, "excel-error")).toMatchObject({ cell: addressAt("prior", 2), params: { field: "prior" } });
  });
});

describe("unit check", () => {
  test("unit of actual different from unit of target is a unit-mismatch warning (field target)", () => {
    const r = one({ target: "99団体以上", actual: "113人" });
    expect(findingOf(r, "unit-mismatch")).toMatchObject({
      severity: "warning",
      cell: addressAt("actual", 2),
      params: { actualUnit: "人", otherUnit: "団体", field: "target" },
    });
    expect(r.indicator.status).toBe("met");
  });

  test("unit of actual different from unit of prior is a unit-mismatch warning (field prior); the rating is unchanged", () => {
    const r = one({ target: "前年比10％以上", actual: "71件", prior: "41人" });
    expect(findingOf(r, "unit-mismatch")).toMatchObject({ params: { actualUnit: "件", otherUnit: "人", field: "prior" } });
    expect(r.indicator.status).toBe("exceeded");
  });

  test.each([
    ["a missing unit on one side", "100", "90人"],
    ["千円 against 円 (both scaled to 円)", "1,200千円", "1,000,000円"],
    ["% against ポイント", "50%", "40ポイント"],
    ["件 against 件／年", "100件", "90件/年"],
  ])("no unit-mismatch for %s", (_label, actual, prior) => {
    // No finding at all: both read, and the units count as the same.
    expect(one({ target: "維持", actual, prior }).codes).toEqual([]);
  });

  test("a growth target's points are not compared with the actual's unit", () => {
    expect(one({ target: "前年比5％以上", actual: "9,856人", prior: "8,588人" }).codes).not.toContain("unit-mismatch");
  });
});

describe("stated change", () => {
  test("stated change that differs from the computed change by more than 0.1 points is a stated-change-mismatch warning", () => {
    const r = one({ target: "前年比10％以上", actual: "71", prior: "41", statedChange: "約 42.3％増" });
    expect(findingOf(r, "stated-change-mismatch")).toMatchObject({
      severity: "warning",
      cell: addressAt("statedChange", 2),
      params: { stated: 42.3, computed: 73.2 },
    });
  });

  test("within 0.1 points is no finding (約14.8% for 8,588 → 9,856 is 14.76%)", () => {
    expect(one({ target: "前年比5％以上", actual: "9,856", prior: "8,588", statedChange: "約 14.8％増" }).codes).toEqual([]);
    expect(one({ target: "前年比5％以上", actual: "110", prior: "100", statedChange: "10.1%" }).codes).toEqual([]);
    expect(one({ target: "前年比5％以上", actual: "110", prior: "100", statedChange: "10.2%" }).codes).toEqual([
      "stated-change-mismatch",
    ]);
  });

  test("減 and ▲ state a decrease", () => {
    const withCause = { cause: "要因", nextSteps: "対応" }; // missed → B; keep b-without-cause out of the way
    expect(one({ target: "維持", actual: "95", prior: "100", statedChange: "5%減" }, withCause).codes).toEqual([]);
    expect(one({ target: "維持", actual: "95", prior: "100", statedChange: "▲5%" }, withCause).codes).toEqual([]);
    expect(one({ target: "維持", actual: "95", prior: "100", statedChange: "5%増" }, withCause).codes).toEqual(["stated-change-mismatch"]);
  });

  test("a stated change as a percentage-formatted number (0.148) reads as 14.8 points", () => {
    expect(
      one({ target: "前年比5％以上", actual: "9,856", prior: "8,588", statedChange: { value: 0.148, format: "0.0%" } }).codes,
    ).toEqual([]);
  });

  test("a stated change that cannot be read is reported but changes no status", () => {
    const r = one({ target: "前年比5％以上", actual: "110", prior: "100", statedChange: "大幅増" });
    expect(findingOf(r, "unreadable-number")).toMatchObject({ params: { field: "statedChange" } });
    expect(r.indicator.status).toBe("exceeded");
  });
});

describe("stated change of a rate", () => {
  test("for a percentage indicator the change may be stated in points (41.0% → 40.5%: 0.5%減) or as a ratio (1.2%減)", () => {
    const withCause = { cause: "要因", nextSteps: "対応" };
    expect(one({ target: "維持", actual: "40.5%", prior: "41.0%", statedChange: "0.5%減" }, withCause).codes).toEqual([]);
    expect(one({ target: "維持", actual: "40.5%", prior: "41.0%", statedChange: "1.2%減" }, withCause).codes).toEqual([]);
    expect(one({ target: "維持", actual: "40.5%", prior: "41.0%", statedChange: "3%減" }, withCause).codes).toEqual([
      "stated-change-mismatch",
    ]);
  });
});
