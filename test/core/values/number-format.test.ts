import { isPercentFormat } from "../../../src/core/values/number-format";

describe("isPercentFormat", () => {
  test.each(["0%", "0.0%", "#,##0.00%", "0%;[Red]-0%"])("%s shows a percentage", (format) => {
    expect(isPercentFormat(format)).toBe(true);
  });
  test.each([null, "", "0", "General", '0"%"', "0\\%", "#,##0"])("%s does not", (format) => {
    expect(isPercentFormat(format)).toBe(false);
  });
});
