/**
 * The run's IndicatorTable keeps every value of every row in typed columns
 * (columns.ts): read back through the results, they are what the rules
 * computed, for every kind of target and actual.
 */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { registerOf } from "../../helpers/register";

const settings = { ...DEFAULT_SETTINGS, fiscalYear: 2014 };

describe("an indicator's values as the run keeps them", () => {
  test("every kind of target and actual", () => {
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
    const ind = evaluate(register(), settings).items[0].indicators;
    expect(ind).toHaveLength(8);
    expect(ind[0].actual).toBe(9856);
    expect(ind[0].prior).toBe(8588);
    expect(ind[0].target).toMatchObject({ kind: "growth", value: 5, unit: "%", text: "前年比5％以上" });
    expect(ind[2].target).toMatchObject({ kind: "atMost", strict: true, value: 10_000_000, unit: "円" });
    expect(ind[4].actual).toBe("notDone");
    expect(ind[4].target?.dueFiscalYear).toBe(2015);
    expect(ind[5].actual).toBe("done");
    expect(ind[0].unit).toBe("人");
    expect(ind[0].change).toBeCloseTo(14.765, 2);
    expect(ind[3].actual).toBe(40.5);
    expect(ind[3].prior).toBe(41);
    expect(ind[3].target).toMatchObject({ kind: "maintain", value: null, strict: false, dueFiscalYear: null });
    expect(ind[6].actual).toBeNull();
    expect(ind[7].actual).toBeNull();
    expect(ind[7].prior).toBeNull();
    expect(ind[7].change).toBeNull();
    expect(ind.map((i) => i.status)).toEqual(["exceeded", "met", "met", "missed", "notYetDue", "met", "notMeasured", "notMeasured"]);
  });
});
