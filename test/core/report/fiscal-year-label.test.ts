import { formatFiscalYear } from "../../../src/core/values/fiscal-year";
import { fiscalYearLabel } from "../../../src/core/report/fiscal-year-label";

jest.mock("../../../src/core/values/fiscal-year", () => ({ formatFiscalYear: jest.fn() }));
const format = formatFiscalYear as jest.MockedFunction<typeof formatFiscalYear>;

describe("fiscalYearLabel", () => {
  it("uses the values module's formatFiscalYear", () => {
    format.mockReturnValueOnce("平成27年度");
    expect(fiscalYearLabel(2015, "ja")).toBe("平成27年度");
    expect(format).toHaveBeenLastCalledWith(2015, "ja");
  });

  it("falls back to the western year when formatFiscalYear throws (a report is never lost over wording)", () => {
    format.mockImplementation(() => {
      throw new Error("not implemented");
    });
    expect(fiscalYearLabel(2015, "ja")).toBe("2015年度");
    expect(fiscalYearLabel(2015, "en")).toBe("FY2015");
  });
});
