/** i18n fill: `{name}` placeholders, scanned without a regex; the same as the regex replace it stands for. */
import fc from "fast-check";
import { fill } from "../../src/core/i18n";

const byRegex = (t: string, p: Record<string, string | number>) =>
  t.replace(/\{(\w+)\}/g, (whole: string, key: string) => (key in p ? String(p[key]) : whole));

describe("fill", () => {
  it("replaces known names, keeps unknown ones and anything that is not a placeholder", () => {
    expect(fill("全 {total} 項目（{x}）", { total: 62 })).toBe("全 62 項目（{x}）");
    expect(fill("{{a}} {} {a b} {a", { a: "A" })).toBe("{A} {} {a b} {a");
    expect(fill("no placeholder", { a: 1 })).toBe("no placeholder");
    expect(fill("{a}{a}", { a: "$&" })).toBe("$&$&");
  });

  it("equals the regex replace on random templates", () => {
    const piece = fc.constantFrom("{", "}", "a", "b_1", " ", "項", "{a}", "{b_1}", "{c}", "$&");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const t = parts.join("");
        const p = { a: "X", b_1: 7 };
        expect(fill(t, p)).toBe(byRegex(t, p));
      }),
      { numRuns: 2000 },
    );
  });
});
