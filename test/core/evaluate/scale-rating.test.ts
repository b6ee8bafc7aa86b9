import fc from "fast-check";
import { rateItem } from "../../../src/core/evaluate/rating";
import { rateOnScale, ratingScale } from "../../../src/core/evaluate/scale-rating";
import type { IndicatorStatus, Schedule } from "../../../src/core/evaluate/types";
import { FOUR_LEVELS, seedLevels, type ScaleLevel } from "../../../src/core/settings/scale";

const seed = ratingScale(seedLevels(0.2));
const four = ratingScale(FOUR_LEVELS);
const nanto = ratingScale([
  { code: "A", label: "前進", threshold: 100, behind: false },
  { code: "B", label: "現状維持", threshold: 50, behind: false },
  { code: "C", label: "後退", threshold: 0, behind: true },
  { code: "D", label: "未着手", threshold: null, behind: true },
]);
const code = (scale: ReturnType<typeof ratingScale>, i: number) => (i < 0 ? null : scale.levels[i].code);

describe("automatic rating on any scale (contract §9)", () => {
  test("four levels: the lowest due achievement picks the level", () => {
    expect(code(four, rateOnScale(four, "on", ["exceeded", "exceeded"], [1.3, 1.25]))).toBe("S");
    expect(code(four, rateOnScale(four, "on", ["exceeded", "met"], [1.3, 1.05]))).toBe("A");
    expect(code(four, rateOnScale(four, "on", ["met", "missed"], [1.0, 0.85]))).toBe("B");
    expect(code(four, rateOnScale(four, "on", ["missed"], [0.5]))).toBe("C");
    expect(code(four, rateOnScale(four, "on", ["missed"], [null]))).toBe("C"); // a missed milestone is 0
  });

  test("the schedule moves it: behind → at best the first behind level; ahead with nothing below 100 % → top; nothing due → on plan", () => {
    expect(code(four, rateOnScale(four, "behind", ["exceeded"], [1.5]))).toBe("C");
    expect(code(four, rateOnScale(four, "ahead", ["met"], [1.0]))).toBe("S");
    expect(code(four, rateOnScale(four, "ahead", ["missed"], [0.9]))).toBe("B");
    expect(code(four, rateOnScale(four, "on", [], []))).toBe("A");
    expect(code(four, rateOnScale(four, "on", ["notYetDue"], [null]))).toBe("A");
    expect(code(four, rateOnScale(four, null, [], []))).toBeNull();
    expect(code(nanto, rateOnScale(nanto, "behind", ["met"], [1]))).toBe("C");
    expect(code(nanto, rateOnScale(nanto, "on", ["missed"], [0.6]))).toBe("B");
  });

  test("an indicator not measured caps the item at the on-plan level", () => {
    expect(code(four, rateOnScale(four, "ahead", ["notMeasured", "exceeded"], [null, 2]))).toBe("A");
    expect(code(four, rateOnScale(four, "on", ["notMeasured", "missed"], [null, 0.5]))).toBe("C");
  });

  test("a missed indicator never reaches 100 %, even at the target with 未満", () => {
    expect(code(four, rateOnScale(four, "on", ["missed"], [1.0]))).toBe("B");
    expect(code(seed, rateOnScale(seed, "on", ["missed"], [1.0]))).toBe("B");
  });

  const status = fc.constantFrom<IndicatorStatus>("exceeded", "met", "missed", "notYetDue", "notMeasured");
  const schedule = fc.constantFrom<Schedule | null>("ahead", "on", "behind", null);

  test("with the seed's scale it is §5's rule exactly, for any margin", () => {
    fc.assert(
      fc.property(
        schedule,
        // Margins finer than the comparison's tolerance leave no room for "met": not a setting anyone writes.
        fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1, noNaN: true })),
        fc.array(fc.tuple(status, fc.double({ min: 0, max: 3, noNaN: true })), { maxLength: 5 }),
        (sch, margin, inds) => {
          // Achievements consistent with the statuses, as the evaluation makes them.
          // (With margin 0 every met indicator is exceeded.)
          const statuses: IndicatorStatus[] = inds.map(([s, a]) =>
            s === "exceeded" || s === "met" ? (a >= 1 + margin || margin === 0 ? "exceeded" : "met") : s,
          );
          const achievements = inds.map(([s, a], k) =>
            statuses[k] === "missed" ? Math.min(a, 0.99) : statuses[k] === "met" ? Math.min(Math.max(a, 1), 1 + margin - 1e-6) : statuses[k] === "exceeded" ? Math.max(a, 1 + margin) : s === "notYetDue" || s === "notMeasured" ? null : a,
          );
          const scale = ratingScale(seedLevels(margin));
          expect(code(scale, rateOnScale(scale, sch, statuses, achievements))).toBe(rateItem(sch, statuses));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("a better achievement never earns a worse level, on any valid scale", () => {
    const scales: ScaleLevel[][] = [seedLevels(0.2), [...FOUR_LEVELS], [...nanto.levels]];
    fc.assert(
      fc.property(fc.constantFrom(...scales), schedule, fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (levels, sch, a, b) => {
        const s = ratingScale(levels);
        const st = (x: number): IndicatorStatus => (x >= 1 ? "met" : "missed");
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(rateOnScale(s, sch, [st(hi)], [hi])).toBeLessThanOrEqual(rateOnScale(s, sch, [st(lo)], [lo]));
      }),
    );
  });
});
