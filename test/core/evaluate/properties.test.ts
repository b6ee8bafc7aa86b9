/** Properties of the evaluation on random registers (fast-check). */
import fc from "fast-check";
import { evaluate } from "../../../src/core/evaluate/evaluate";
import type { CellValue } from "../../../src/core/grid";
import type { Settings } from "../../../src/core/settings";
import { registerOf, type IndicatorSpec, type ItemSpec } from "../../helpers/register";
import { seedSettings } from "./support";

const AREAS = ["Ⅰ 地域協働の推進", "Ⅱ 情報の共有", "Ⅲ ＰＤＣＡ", "Ⅳ 財政基盤の強化", "その他", "Ⅰ　地域協働の推進"];
const SCHEDULES = ["予定以上", "予定どおり", "順調", "遅れ", "前倒し", "予定よりも遅れている"];
const BAD_SCHEDULES = ["", "？", "A"];
const TARGETS = ["100人以上", "3件以下", "前年比5％以上", "維持", "27年度末までに策定", "策定", "95%", "1,000万円未満", "", "謎"];
const ACTUALS: CellValue[] = ["120人", "90", "2件", "未策定", "策定済", "", 96, { error: "#N/A" }, "集計中", "0件"];
const PRIORS: CellValue[] = ["100人", "80", "", 95, "41人"];
const RATINGS = ["", "", "", "S", "A", "B", "Ｓ", "C"];

const indicatorArb: fc.Arbitrary<IndicatorSpec> = fc.record({
  indicator: fc.constantFrom("指標", ""),
  target: fc.constantFrom(...TARGETS),
  actual: fc.constantFrom(...ACTUALS),
  prior: fc.constantFrom(...PRIORS),
  statedChange: fc.constantFrom("", "約10%増", "▲5%"),
});

/** Items with distinct Nos. 1..n; `clean` registers have only valid schedules and no re-listing to a missing No. */
function registerArb(clean: boolean) {
  const itemArb = fc.record({
    area: fc.constantFrom(...AREAS),
    schedule: fc.constantFrom(...(clean ? SCHEDULES : SCHEDULES.concat(BAD_SCHEDULES))),
    indicators: fc.array(indicatorArb, { maxLength: 3 }),
    relist: fc.option(fc.nat({ max: 60 }), { freq: 5 }),
    finalRating: fc.constantFrom(...RATINGS),
    selfRating: fc.constantFrom(...RATINGS),
    overrideReason: fc.constantFrom("", "", "理由"),
    cause: fc.constantFrom("", "要因"),
    nextSteps: fc.constantFrom("", "対応"),
  });
  return fc.array(itemArb, { maxLength: 40 }).map((raw) => {
    const relisted = new Set<number>();
    return raw.map((r, i): ItemSpec => {
      let relistOf = "";
      if (r.relist !== null) {
        if (!clean) relistOf = String(r.relist + 1);
        else if (i > 0) {
          // Clean: re-list an earlier entry that is not itself a re-listing.
          const j = r.relist % i;
          if (!relisted.has(j)) relistOf = String(j + 1);
        }
      }
      if (relistOf !== "") relisted.add(i);
      return {
        no: String(i + 1),
        area: r.area,
        name: "取組" + String(i + 1),
        schedule: r.schedule,
        indicators: r.indicators,
        relistOf,
        // Clean registers: every final rating comes with its reason.
        finalRating: r.finalRating,
        overrideReason: clean && r.finalRating !== "" ? "理由" : r.overrideReason,
        selfRating: r.selfRating,
        cause: r.cause,
        nextSteps: r.nextSteps,
      };
    });
  });
}

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  sMargin: fc.constantFrom(0, 0.1, 0.2, 0.5),
  point: fc.constantFrom("yearEnd" as const, "half" as const),
  fiscalYear: fc.constantFrom(2014, 2015, null),
  areas: fc.constantFrom<string[][]>([], ["Ⅳ 財政基盤の強化", "Ⅰ 地域協働の推進"]),
}).map((p) => seedSettings({ ...p, areas: p.areas.slice() }));

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}

describe("properties", () => {
  test("the area tallies sum to the total entry count, and every entry is listed once", () => {
    fc.assert(
      fc.property(registerArb(false), settingsArb, (specs, settings) => {
        const e = evaluate(registerOf(specs), settings);
        expect(e.tally.reduce((n, t) => n + t.items, 0)).toBe(specs.length);
        expect(e.total).toBe(specs.length);
        expect(new Set(e.items.map((i) => i.entry)).size).toBe(specs.length);
        expect(e.totals.S + e.totals.A + e.totals.B).toBe(e.items.filter((i) => i.rating !== null).length);
      }),
    );
  });

  test("without errors, S + A + B per area equals its items, and every entry is rated", () => {
    fc.assert(
      fc.property(registerArb(true), settingsArb, (specs, settings) => {
        const e = evaluate(registerOf(specs), settings);
        expect(e.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(e.blocked).toBe(false);
        for (const t of e.tally) expect(t.S + t.A + t.B).toBe(t.items);
        for (const i of e.items) expect(i.rating).not.toBeNull();
      }),
    );
  });

  test("the delayed list is exactly the entries rated B, in report order; overrides exactly the overridden", () => {
    fc.assert(
      fc.property(registerArb(false), settingsArb, (specs, settings) => {
        const e = evaluate(registerOf(specs), settings);
        expect(e.delayed).toEqual(e.items.filter((i) => i.rating === "B"));
        expect(e.totals.B).toBe(e.delayed.length);
        expect(e.overrides).toEqual(e.items.filter((i) => i.overridden));
        expect(e.relisted).toBe(specs.filter((s) => s.relistOf !== "").length);
      }),
    );
  });

  test("a not-measured indicator never lets its item be S; a missed one always makes it B", () => {
    fc.assert(
      fc.property(registerArb(true), settingsArb, (specs, settings) => {
        const e = evaluate(registerOf(specs), settings);
        for (const i of e.items) {
          if (i.relistOf !== null || i.computed === null) continue;
          const statuses = i.indicators.map((x) => x.status);
          if (statuses.includes("missed")) expect(i.computed).toBe("B");
          else if (statuses.includes("notMeasured")) expect(i.computed).not.toBe("S");
        }
      }),
    );
  });

  test("evaluate never mutates its input", () => {
    fc.assert(
      fc.property(registerArb(false), settingsArb, (specs, settings) => {
        const register = registerOf(specs);
        const before = JSON.stringify([register, settings]);
        // Frozen: any write throws (modules are strict).
        evaluate(deepFreeze(register), deepFreeze(settings));
        expect(JSON.stringify([register, settings])).toBe(before);
      }),
    );
  });
});
