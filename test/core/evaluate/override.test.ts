/** §5/§6 確定評価 overrides only with a reason; 自己評価 is only compared. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { addressAt, registerOf, type ItemSpec } from "../../helpers/register";
import { codesOf, findingOf, seedSettings } from "./support";

/** On track with one met indicator: computed A. */
const onTrack: ItemSpec = {
  no: "7",
  area: "Ⅰ 地域協働の推進",
  name: "協働事業の推進",
  schedule: "予定どおり",
  indicators: [{ indicator: "参加者数", target: "100人以上", actual: "105人" }],
};

function run(extra: Partial<ItemSpec>) {
  return evaluate(registerOf([{ ...onTrack, ...extra }]), seedSettings());
}

describe("final rating (確定評価)", () => {
  test("a final rating that differs, with an override reason, replaces the computed rating (override-applied info)", () => {
    const e = run({ finalRating: "S", overrideReason: "委員会の判断による" });
    const item = e.items[0];
    expect(item.computed).toBe("A");
    expect(item.finalRating).toBe("S");
    expect(item.rating).toBe("S");
    expect(item.overridden).toBe(true);
    expect(item.overrideReason).toBe("委員会の判断による");
    expect(e.overrides).toEqual([item]);
    expect(e.totals).toEqual({ S: 1, A: 0, B: 0 });
    expect(findingOf(e, "override-applied")).toMatchObject({
      severity: "info",
      cell: addressAt("finalRating", 2),
      params: { no: "7", final: "S", computed: "A", reason: "委員会の判断による" },
    });
    expect(e.blocked).toBe(false);
  });

  test("a final rating that differs without a reason is an override-without-reason error; the computed rating stands", () => {
    const e = run({ finalRating: "B" });
    expect(findingOf(e, "override-without-reason")).toMatchObject({
      severity: "error",
      cell: addressAt("finalRating", 2),
      params: { no: "7", final: "B", computed: "A" },
    });
    expect(e.items[0].rating).toBe("A");
    expect(e.items[0].overridden).toBe(false);
    expect(e.blocked).toBe(true);
  });

  test("a final rating equal to the computed one changes nothing and says nothing", () => {
    const e = run({ finalRating: "Ａ" });
    expect(e.items[0].finalRating).toBe("A");
    expect(e.items[0].overridden).toBe(false);
    expect(e.findings).toEqual([]);
  });

  test("full-width and lower-case letters read after NFKC (Ｓ, s)", () => {
    expect(run({ finalRating: "Ｓ", overrideReason: "理由" }).items[0].rating).toBe("S");
    expect(run({ finalRating: "s", overrideReason: "理由" }).items[0].rating).toBe("S");
  });

  test("a final rating that is not S, A or B is an invalid-rating warning and is ignored", () => {
    const e = run({ finalRating: "C", overrideReason: "理由" });
    expect(findingOf(e, "invalid-rating")).toMatchObject({
      severity: "warning",
      cell: addressAt("finalRating", 2),
      params: { field: "finalRating", value: "C" },
    });
    expect(e.items[0].rating).toBe("A");
    expect(e.items[0].finalRating).toBeNull();
  });

  test("a re-listing takes its original's override", () => {
    const e = evaluate(
      registerOf([
        { ...onTrack, finalRating: "S", overrideReason: "理由" },
        { no: "40", area: "Ⅳ 財政", name: "再掲", relistOf: "7" },
      ]),
      seedSettings(),
    );
    expect(e.items.map((i) => [i.no, i.computed, i.rating])).toEqual([
      [7, "A", "S"],
      [40, "A", "S"],
    ]);
    expect(codesOf(e)).toEqual(["override-applied"]);
  });
});

describe("self rating (自己評価)", () => {
  test("selfRating ≠ computed rating is a self-rating-mismatch warning, not an override", () => {
    const e = run({ selfRating: "S" });
    expect(findingOf(e, "self-rating-mismatch")).toMatchObject({
      severity: "warning",
      cell: addressAt("selfRating", 2),
      params: { no: "7", self: "S", computed: "A" },
    });
    expect(e.items[0].rating).toBe("A");
    expect(e.items[0].selfRating).toBe("S");
  });

  test("a self rating equal to the computed one is no finding", () => {
    expect(run({ selfRating: "A" }).findings).toEqual([]);
  });

  test("a self rating that is not S, A or B is an invalid-rating warning", () => {
    expect(findingOf(run({ selfRating: "◎" }), "invalid-rating")).toMatchObject({ params: { field: "selfRating", value: "◎" } });
  });
});

describe("B item without cause or next steps (§6)", () => {
  const behind: ItemSpec = { no: "2", area: "Ⅰ 地域", name: "取組", schedule: "遅れ" };

  test("B entry without cause and next steps is a b-without-cause warning naming both", () => {
    expect(findingOf(evaluate(registerOf([behind]), seedSettings()), "b-without-cause")).toMatchObject({
      severity: "warning",
      cell: addressAt("cause", 2),
      params: { no: "2", missing: "cause,nextSteps" },
    });
  });

  test("naming the one missing", () => {
    const onlyCause = evaluate(registerOf([{ ...behind, cause: "要因" }]), seedSettings());
    expect(findingOf(onlyCause, "b-without-cause")).toMatchObject({ cell: addressAt("nextSteps", 2), params: { missing: "nextSteps" } });
    const onlySteps = evaluate(registerOf([{ ...behind, nextSteps: "対応" }]), seedSettings());
    expect(findingOf(onlySteps, "b-without-cause")).toMatchObject({ params: { missing: "cause" } });
  });

  test("a B entry with both is no finding; the rating is unchanged either way", () => {
    const e = evaluate(registerOf([{ ...behind, cause: "要因", nextSteps: "対応" }]), seedSettings());
    expect(e.findings).toEqual([]);
    expect(e.items[0].rating).toBe("B");
  });

  test("an entry overridden to B needs them too; one overridden away from B does not", () => {
    const toB = evaluate(registerOf([{ ...onTrack, finalRating: "B", overrideReason: "理由" }]), seedSettings());
    expect(codesOf(toB)).toContain("b-without-cause");
    const fromB = evaluate(registerOf([{ ...behind, finalRating: "A", overrideReason: "理由" }]), seedSettings());
    expect(codesOf(fromB)).not.toContain("b-without-cause");
  });
});
