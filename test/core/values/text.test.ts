import { isBlank, isWhiteSpace } from "../../../src/core/values/text";

describe("isBlank", () => {
  it("is blank for null, undefined, empty and white space of every kind, not for values", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank("")).toBe(true);
    expect(isBlank(" \u3000\t\n")).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank({ error: "#N/A" })).toBe(false);
    expect(isBlank("　済")).toBe(false);
    expect(isBlank("済 ")).toBe(false);
  });

  it("agrees with trim() for every UTF-16 unit, alone and before a character", () => {
    // isBlank skips trim() when the first unit is not white space: that needs isWhiteSpace to be exactly trim()'s set.
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (isWhiteSpace(c) !== (s.trim() === "")) disagree.push(c);
      if (isBlank(s) !== (s.trim() === "") || isBlank(s + " x") !== false) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });

  it("agrees with /\\s/ (the number finder skips spaces with it)", () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});
