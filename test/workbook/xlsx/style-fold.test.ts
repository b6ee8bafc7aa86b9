/** Folding style blocks into cell styles: later blocks win per property. */
import { foldBlocks } from "../../../src/workbook/xlsx/style-fold";

describe("foldBlocks", () => {
  const folded = foldBlocks(
    [
      { top: 0, left: 0, bottom: 2, right: 2, style: { border: true, bold: false, fill: "FFFFFF" } },
      { top: 0, left: 0, bottom: 0, right: 2, style: { bold: true, fill: "D9D9D9" } },
      { top: 0, left: 2, bottom: 2, right: 2, style: { numberFormat: "0.0%", fill: undefined } },
    ],
    4,
    3,
  );
  const styleAt = (r: number, c: number): object => folded.styles[folded.ids[r * folded.cols + c]];

  it("later blocks win per property; an undefined property does not erase", () => {
    expect(styleAt(0, 0)).toEqual({ border: true, bold: true, fill: "D9D9D9" });
    expect(styleAt(0, 2)).toEqual({ border: true, bold: true, fill: "D9D9D9", numberFormat: "0.0%" });
    expect(styleAt(1, 1)).toEqual({ border: true, bold: false, fill: "FFFFFF" });
    expect(styleAt(2, 2)).toEqual({ border: true, bold: false, fill: "FFFFFF", numberFormat: "0.0%" });
  });

  it("cells outside every block have no style; cells under the same blocks share one", () => {
    expect(folded.ids[3 * folded.cols + 0]).toBe(0);
    expect(folded.ids[1 * folded.cols + 0]).toBe(folded.ids[2 * folded.cols + 1]);
    expect(folded.styles).toHaveLength(5); // none, body, header, header+%, body+%
  });
});
