/** §5 A re-listed item (再掲) takes the rating of the item it re-lists. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { resolveRelists } from "../../../src/core/evaluate/relist";
import { relistTarget } from "../../../src/core/evaluate/item-no";
import { addressAt, registerOf, type ItemSpec } from "../../helpers/register";
import { codesOf, findingOf, seedSettings } from "./support";

const behindItem: ItemSpec = {
  no: "5",
  area: "Ⅰ 地域協働の推進",
  name: "協働事業の推進",
  schedule: "遅れ",
  cause: "開催日が重なったため。",
  nextSteps: "開催時期を見直す。",
  progress: "参加者数が目標に届かなかった。",
  department: "市民協働課",
};

describe("re-listing", () => {
  test("a re-listed entry takes the computed rating of the item it re-lists; its own indicators are ignored", () => {
    const e = evaluate(
      registerOf([
        behindItem,
        {
          no: "40",
          area: "Ⅳ 財政基盤の強化",
          name: "協働事業の推進（再掲）",
          relistOf: "5",
          schedule: "予定以上",
          indicators: [{ target: "100人以上", actual: "500人" }],
        },
      ]),
      seedSettings(),
    );
    const relisted = e.items.find((i) => i.no === 40)!;
    expect(relisted.computed).toBe("B");
    expect(relisted.rating).toBe("B");
    expect(relisted.relistOf).toBe(5);
    expect(e.relisted).toBe(1);
    expect(e.total).toBe(2);
    expect(e.tally.map((t) => [t.area, t.items, t.B])).toEqual([
      ["Ⅰ 地域協働の推進", 1, 1],
      ["Ⅳ 財政基盤の強化", 1, 1],
    ]);
    // A re-listed B entry appears under its own area too.
    expect(e.delayed.map((i) => i.no)).toEqual([5, 40]);
  });

  test("a re-listing with the same No. as its original (ticked with ○) re-lists that original", () => {
    const e = evaluate(
      registerOf([behindItem, { no: "5", area: "Ⅳ 財政基盤の強化", name: "協働事業の推進", relistOf: "○" }]),
      seedSettings(),
    );
    expect(e.items.map((i) => [i.area, i.rating])).toEqual([
      ["Ⅰ 地域協働の推進", "B"],
      ["Ⅳ 財政基盤の強化", "B"],
    ]);
    expect(e.findings).toEqual([]);
  });

  test("a re-listing without its own texts shows the original's progress, cause and next steps (no b-without-cause)", () => {
    const e = evaluate(registerOf([behindItem, { no: "40", area: "Ⅳ 財政", name: "再掲", relistOf: "No.5" }]), seedSettings());
    const r = e.items[1];
    expect(r.text.cause).toBe(behindItem.cause);
    expect(r.text.nextSteps).toBe(behindItem.nextSteps);
    expect(r.department).toBe("市民協働課");
    expect(r.schedule).toBe("behind");
    expect(codesOf(e)).not.toContain("b-without-cause");
  });

  test("a re-listed item pointing at a missing No. is a relist-missing error on its 再掲 cell", () => {
    const e = evaluate(registerOf([behindItem, { no: "40", area: "Ⅳ 財政", name: "再掲", relistOf: "99" }]), seedSettings());
    expect(findingOf(e, "relist-missing")).toMatchObject({
      severity: "error",
      cell: addressAt("relistOf", 3),
      params: { no: "40", target: "99" },
    });
    expect(e.items[1].computed).toBeNull();
    expect(e.blocked).toBe(true);
  });

  test("a re-listing needs no schedule of its own", () => {
    const e = evaluate(registerOf([behindItem, { no: "40", area: "Ⅳ 財政", name: "再掲", relistOf: "5" }]), seedSettings());
    expect(codesOf(e)).not.toContain("missing-schedule");
  });

  test("re-listing a re-listed item is a relist-chain warning, followed to the original", () => {
    const e = evaluate(
      registerOf([
        behindItem,
        { no: "40", area: "Ⅳ 財政", name: "再掲", relistOf: "5" },
        { no: "50", area: "Ⅴ 執行体制", name: "再々掲", relistOf: "40" },
      ]),
      seedSettings(),
    );
    expect(findingOf(e, "relist-chain")).toMatchObject({
      severity: "warning",
      cell: addressAt("relistOf", 4),
      params: { no: "50", target: "40" },
    });
    expect(e.items[2].computed).toBe("B");
    expect(e.blocked).toBe(false);
  });

  test("a loop of re-listings has no original: relist-missing", () => {
    const r = resolveRelists(["1", "2"], ["2", "1"]);
    expect(r.original).toEqual([-1, -1]);
    expect(r.problems.filter((p) => p.code === "relist-missing").map((p) => p.entry)).toEqual([0, 1]);
  });

  test("30,000 re-listings in reverse order all find their originals", () => {
    function entries(count: number) {
      const nos: string[] = [];
      const relistOf: (string | null)[] = [];
      for (let i = 0; i < count; i++) {
        nos.push(String(i));
        relistOf.push(null);
      }
      for (let i = 0; i < count; i++) {
        nos.push("r" + String(i));
        relistOf.push(String(count - 1 - i));
      }
      return { nos, relistOf };
    }
    const big = entries(30_000);
    const r = resolveRelists(big.nos, big.relistOf);
    expect(r.original[30_000]).toBe(29_999);
    expect(r.original[59_999]).toBe(0);
    expect(r.problems).toEqual([]);
  });
});

describe("the 再掲 cell", () => {
  test.each([
    ["5", "5"],
    ["No.5", "5"],
    ["再掲（No.５）", "5"],
    ["No.5の再掲", "5"],
    ["3-1", "3-1"],
  ])("%s names No.%s", (text, no) => {
    expect(relistTarget(text, "40")).toBe(no);
  });

  test("a mark (○, TRUE, 再掲) names the entry's own No.", () => {
    expect(relistTarget("○", "5")).toBe("5");
    expect(relistTarget(true, "5")).toBe("5");
    expect(relistTarget("再掲", "5")).toBe("5");
    expect(relistTarget(false, "5")).toBeNull();
    expect(relistTarget(5, "40")).toBe("5");
  });
});
