import fc from "fast-check";
import { isBlank, isNfkcStable, isWhiteSpace, nfkc, normalize } from "../../../src/core/values/text";

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

describe("nfkc and normalize", () => {
  // Characters NFKC leaves alone, changes (full width, half-width kana, ㎡, Ⅳ, ①) or combines (voicing marks).
  const alphabet = [..."012 9,.%人件以上前年比策定済未ーア・、。ｱｶﾞﾟ１，％　\t㎡Ⅳ①か\u3099は\u309aﾊﾟ゛゜ゟヿ豈A\u0301e"];

  it("nfkc equals String.prototype.normalize('NFKC') on mixed texts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const s = chars.join("");
        expect(nfkc(s)).toBe(s.normalize("NFKC"));
      }),
      { numRuns: 2000 },
    );
  });

  it("normalize equals NFKC, white space folded and trimmed, on mixed texts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const s = chars.join("");
        expect(normalize(s)).toBe(s.normalize("NFKC").replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("the characters nfkc passes through are their own NFKC, alone and in pairs (none combines with another)", () => {
    // The non-ideographic ones, pairwise; the ideographs (U+4E00–9FFF) alone, and before and after each of them.
    const plain: string[] = [];
    const bad: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (!isNfkcStable(c)) continue;
      const s = String.fromCharCode(c);
      if (s.normalize("NFKC") !== s) bad.push(s);
      if (c < 0x4e00 || c > 0x9fff) plain.push(s);
    }
    for (const a of plain) for (const b of plain) if (nfkc(a + b) !== (a + b).normalize("NFKC")) bad.push(a + b);
    for (const a of plain) for (const k of ["一", "人", "龍", "\u9fff"]) {
      if (nfkc(a + k) !== (a + k).normalize("NFKC") || nfkc(k + a) !== (k + a).normalize("NFKC")) bad.push(a + k);
    }
    expect(bad).toEqual([]);
  });
});
