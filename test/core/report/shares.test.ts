import fc from "fast-check";
import { shareTenths, shareText, sharesNeedNote } from "../../../src/core/report/shares";

describe("shares of the rated items (contract §9)", () => {
  test("Kizugawa: 0/46/48/5 of 99 → 0.0 / 46.5 / 48.5 / 5.1, which add to 100.1: the note is due", () => {
    expect([0, 46, 48, 5].map((c) => shareText(c, 99))).toEqual(["0.0", "46.5", "48.5", "5.1"]);
    expect(sharesNeedNote([0, 46, 48, 5], 99)).toBe(true);
  });

  test("the seed: 3/49/10 of 62 → 4.8 / 79.0 / 16.1 (99.9): note; 1/1/2 of 4 → 25.0/25.0/50.0: none", () => {
    expect([3, 49, 10].map((c) => shareText(c, 62))).toEqual(["4.8", "79.0", "16.1"]);
    expect(sharesNeedNote([3, 49, 10], 62)).toBe(true);
    expect(sharesNeedNote([1, 1, 2], 4)).toBe(false);
  });

  test("half up at the second decimal, exactly: 1/16 = 6.25 % → 6.3; 1/8 → 12.5; nothing rated → 0.0 and no note", () => {
    expect(shareText(1, 16)).toBe("6.3");
    expect(shareText(1, 8)).toBe("12.5");
    expect(shareText(0, 0)).toBe("0.0");
    expect(sharesNeedNote([0, 0], 0)).toBe(false);
  });

  test("each share is within 0.05 points of the exact one, and the note is due exactly when the sum is off", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 6 }).filter((cs) => cs.some((c) => c > 0)), (counts) => {
        const rated = counts.reduce((a, b) => a + b, 0);
        let sum = 0;
        for (const c of counts) {
          const t = shareTenths(c, rated);
          expect(Math.abs(t / 10 - (c / rated) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
          sum += t;
        }
        expect(sharesNeedNote(counts, rated)).toBe(sum !== 1000);
      }),
    );
  });
});
