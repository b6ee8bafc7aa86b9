/**
 * The run's IndicatorTable keeps only what the report reads of every row
 * (status, achievement, whether a target was read); a view asked for the rest
 * (actual, prior, unit, target, change) has its row evaluated again. That must
 * give exactly what a run keeping every value gives, and add no finding.
 */
import fc from "fast-check";
import { evaluate } from "../../../src/core/evaluate/evaluate";
import type { Evaluation } from "../../../src/core/evaluate/types";
import { readRegister } from "../../../src/core/register/read-register";
import type { Register } from "../../../src/core/register/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { registerOf } from "../../helpers/register";
import { randomGrid } from "../../helpers/random-register";

const settings = { ...DEFAULT_SETTINGS, fiscalYear: 2014 };

/** Every indicator of every entry as plain JSON (getters read), with the findings. */
function plain(ev: Evaluation): unknown {
  return JSON.parse(JSON.stringify({ indicators: ev.items.map((item) => item.indicators), findings: ev.findings }));
}

function bothWays(register: () => Register): [unknown, unknown, number] {
  const kept = evaluate(register(), settings, { keepEveryValue: true });
  const again = evaluate(register(), settings);
  const rows = kept.items.reduce((n, item) => n + item.indicators.length, 0);
  return [plain(again), plain(kept), rows];
}

describe("an indicator's values evaluated again on demand", () => {
  test("equal a run that keeps every value, on random registers; no finding is added", () => {
    let rows = 0;
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const [again, kept, n] = bothWays(() => readRegister(grid));
        expect(again).toEqual(kept);
        rows += n;
      }),
      { numRuns: 200 },
    );
    expect(rows).toBeGreaterThan(200);
  });

  test("equal a run that keeps every value, for every kind of target and actual", () => {
    const register = () =>
      registerOf([
        {
          no: "1",
          indicators: [
            { indicator: "来場者数", target: "前年比5％以上", actual: "９，８５６人", prior: "８，５８８人" },
            { indicator: "団体数", target: "99団体以上", actual: "１１３団体", prior: "９７団体" },
            { indicator: "経費", target: "1,000万円未満", actual: "980万円" },
            { indicator: "加入率", target: "維持", actual: "40.5%", prior: "41.0%" },
            { indicator: "方針", target: "27年度末までに策定", actual: "未策定" },
            { indicator: "計画", target: "26年度末までに策定", actual: "策定済" },
            { indicator: "件数", target: "220万件以上／年", actual: "#N/A" },
            { indicator: "相談", target: "前年比10％以上", actual: "" },
          ],
        },
      ]);
    const [again, kept, n] = bothWays(register);
    expect(n).toBe(8);
    expect(again).toEqual(kept);
    const ind = evaluate(register(), settings).items[0].indicators;
    expect(ind[0].actual).toBe(9856);
    expect(ind[0].prior).toBe(8588);
    expect(ind[0].target).toMatchObject({ kind: "growth", value: 5, unit: "%", text: "前年比5％以上" });
    expect(ind[2].target).toMatchObject({ kind: "atMost", strict: true, value: 10_000_000, unit: "円" });
    expect(ind[4].actual).toBe("notDone");
    expect(ind[4].target?.dueFiscalYear).toBe(2015);
  });
});
