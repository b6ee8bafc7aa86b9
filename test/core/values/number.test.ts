import fc from "fast-check";
import { readNumber, readNumberText, type NumberReading } from "../../../src/core/values/number";

/** The value of an ok reading; fails the test otherwise. */
function valueOf(r: NumberReading): { value: number; unit: string | null; percent: boolean } {
  if (!r.ok) throw new Error(`expected a number, got ${r.reason} (${r.text})`);
  return { value: r.value, unit: r.unit, percent: r.percent };
}

describe("readNumber — the examples of contract §3", () => {
  test.each([
    ["９，８５６人", 9856, "人", false],
    ["約14.8%", 14.8, "%", true],
    ["220万件", 2_200_000, "件", false],
    ["2,225,188件", 2_225_188, "件", false],
    ["▲1,200千円", -1_200_000, "円", false],
    ["１１３団体", 113, "団体", false],
    ["90％", 90, "%", true],
  ])("%s → %d %s", (text, value, unit, percent) => {
    expect(valueOf(readNumber(text))).toEqual({ value, unit, percent });
  });

  test("percentages stay in points, not divided", () => {
    expect(valueOf(readNumber("90％")).value).toBe(90);
    expect(valueOf(readNumber("14.8%")).value).toBe(14.8);
  });

  test.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"])(
    "Excel error %s is reason error with its text, never a zero",
    (error) => {
      expect(readNumber({ error })).toEqual({ ok: false, reason: "error", text: error });
    },
  );

  test.each(["未集計", "なし", "不明", "▲", "約", "%", "円", "¥", "TBD", "-1-", "評価"])(
    "%s is unreadable (never a silent zero)",
    (text) => {
      expect(readNumber(text)).toEqual({ ok: false, reason: "unreadable", text });
    },
  );

  test.each(["-", "―", "ー", "－", "—", "−", " － ", "n/a", "N/A", "評価せず", "測定せず", "未測定", "該当なし"])(
    "%s is a deliberate 'not measured' mark: read as blank, not unreadable (issue 11)",
    (text) => {
      expect(readNumber(text)).toEqual({ ok: false, reason: "empty", text });
    },
  );
});

describe("readNumber — cells", () => {
  test("a number cell is the number, bare", () => {
    expect(readNumber(9856)).toEqual({ ok: true, value: 9856, unit: null, percent: false, qualifiers: null });
    expect(valueOf(readNumber(-0.5)).value).toBe(-0.5);
    expect(valueOf(readNumber(0)).value).toBe(0);
  });

  test("a number with a percentage format is in points with unit %", () => {
    expect(valueOf(readNumber(0.9, "0%"))).toEqual({ value: 90, unit: "%", percent: true });
    expect(valueOf(readNumber(0.148, "0.0%"))).toEqual({ value: 14.8, unit: "%", percent: true });
    expect(valueOf(readNumber(0.07, "0%")).value).toBe(7); // 0.07 × 100 = 7.000000000000001 without care
    expect(valueOf(readNumber(0.9, '0"%"'))).toEqual({ value: 0.9, unit: null, percent: false });
    expect(valueOf(readNumber(0.9, "General"))).toEqual({ value: 0.9, unit: null, percent: false });
  });

  test("blank is empty", () => {
    expect(readNumber(null)).toEqual({ ok: false, reason: "empty", text: "" });
    expect(readNumber("")).toEqual({ ok: false, reason: "empty", text: "" });
    expect(readNumber("   ")).toMatchObject({ ok: false, reason: "empty" });
    expect(readNumber("\u3000")).toMatchObject({ ok: false, reason: "empty" });
  });

  test("booleans are unreadable", () => {
    expect(readNumber(true)).toEqual({ ok: false, reason: "unreadable", text: "TRUE" });
    expect(readNumber(false)).toEqual({ ok: false, reason: "unreadable", text: "FALSE" });
  });

  test("non-finite numbers are unreadable", () => {
    expect(readNumber(Number.NaN).ok).toBe(false);
    expect(readNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});

describe("readNumberText — how staff write numbers", () => {
  test.each([
    ["12", 12, null],
    ["-3", -3, null],
    ["+3", 3, null],
    ["14.8", 14.8, null],
    [".5", 0.5, null],
    ["0", 0, null],
    ["１２３４５", 12345, null],
    ["１２，３４５．６％", 12345.6, "%"],
    [" 9,856 人 ", 9856, "人"],
    ["9856人", 9856, "人"],
    ["約 14.8％", 14.8, "%"],
    ["概ね100件", 100, "件"],
    ["およそ3,000人", 3000, "人"],
    ["1億2,000万円", 120_000_000, "円"],
    ["1億2000万円", 120_000_000, "円"],
    ["3万5千人", 35_000, "人"],
    ["1万500人", 10_500, "人"],
    ["1.5万人", 15_000, "人"],
    ["0.1万", 1000, null],
    ["12百万円", 12_000_000, "円"],
    ["5千万円", 50_000_000, "円"],
    ["1,200 千円", 1_200_000, "円"],
    ["2兆円", 2e12, "円"],
    ["△5", -5, null],
    ["▲0.5%", -0.5, "%"],
    ["−3", -3, null],
    ["－3", -3, null],
    ["‐3", -3, null],
    ["¥1,200", 1200, "円"],
    ["￥1,200", 1200, "円"],
    ["¥1,200円", 1200, "円"],
    ["3か所", 3, "か所"],
    ["3箇所", 3, "箇所"],
    ["12回", 12, "回"],
    ["1.5時間", 1.5, "時間"],
    ["30日", 30, "日"],
    ["5校", 5, "校"],
    ["12社", 12, "社"],
    ["120世帯", 120, "世帯"],
    ["40名", 40, "名"],
    ["25ページ", 25, "ページ"],
    ["3.2ha", 3.2, "ha"],
    ["12km", 12, "km"],
    ["150t", 150, "t"],
    ["100㎡", 100, "m2"],
    ["2.5ポイント", 2.5, "ポイント"],
    ["5パーセント", 5, "%"],
    ["１２ｋｍ", 12, "km"],
    ["3ｹ所", 3, "ケ所"],
  ])("%s → %d %s", (text, value, unit) => {
    const r = valueOf(readNumberText(text));
    expect(r.value).toBe(value);
    expect(r.unit).toBe(unit);
    expect(r.percent).toBe(unit === "%");
  });

  test("qualifiers around an actual are dropped, and reported", () => {
    const cases: [string, number, string | null, object][] = [
      ["9,856人（３月末現在）", 9856, "人", { note: "（３月末現在）" }],
      ["9,856人 （３月末現在）", 9856, "人", { note: "（３月末現在）" }],
      ["9,856（３月末現在）", 9856, null, { note: "（３月末現在）" }],
      ["9,856人(3月末現在)以上", 9856, "人", { bound: "atLeast", note: "(3月末現在)" }],
      ["9,856人(3月末現在)", 9856, "人", { note: "(3月末現在)" }],
      ["99団体以上", 99, "団体", { bound: "atLeast" }],
      ["3件以下", 3, "件", { bound: "atMost" }],
      ["1,000万円未満", 10_000_000, "円", { bound: "below" }],
      ["100人超", 100, "人", { bound: "above" }],
      ["220万件以上／年", 2_200_000, "件", { bound: "atLeast", perYear: true }],
      ["220万件/年", 2_200_000, "件", { perYear: true }],
      ["年間１００人以上", 100, "人", { bound: "atLeast", perYear: true }],
      ["約 14.8％増", 14.8, "%", { approximate: true, change: "increase" }],
      ["0.5%減", 0.5, "%", { change: "decrease" }],
      ["0.5%減少", 0.5, "%", { change: "decrease" }],
      ["10%増加", 10, "%", { change: "increase" }],
      ["100人程度", 100, "人", { approximate: true }],
      ["(目標)220万件", 2_200_000, "件", { note: "(目標)" }],
      ["【速報値】1,234件", 1234, "件", { note: "【速報値】" }],
    ];
    for (const [text, value, unit, qualifiers] of cases) {
      const r = readNumberText(text);
      expect(r).toMatchObject({ ok: true, value, unit });
      if (r.ok) expect(r.qualifiers).toMatchObject(qualifiers);
    }
  });

  test("a plain number has no qualifiers", () => {
    expect(readNumberText("9,856人")).toEqual({ ok: true, value: 9856, unit: "人", percent: false, qualifiers: null });
  });

  test.each([
    "1.2.3",
    "12a34",
    "12 34",
    "１２ ３４",
    "1万20000",
    "12,34",
    "12,3456",
    "1,2,3",
    "2015/3/20",
    "1e5",
    "100〜200人",
    "9,856人 約14.8%増",
    "アクセス件数：2,225,188件",
    "前年比5%",
    "9,856人が来場しました。",
    "5件、10人",
    "¥100ドル",
    "12-",
    "--5",
    "▲▲5",
    "0x10",
    "Infinity",
    "NaN",
  ])("%s is unreadable", (text) => {
    expect(readNumberText(text)).toEqual({ ok: false, reason: "unreadable", text });
  });

  test("huge numbers: exact while safe, correctly rounded beyond, unreadable past the double range", () => {
    expect(valueOf(readNumberText("9,007,199,254,740,991")).value).toBe(Number.MAX_SAFE_INTEGER);
    expect(valueOf(readNumberText("123456789012345678901234567890")).value).toBe(1.2345678901234568e29);
    expect(valueOf(readNumberText("9999兆")).value).toBe(9.999e15);
    expect(readNumberText("1" + "0".repeat(400)).ok).toBe(false);
    expect(readNumberText("1" + "0".repeat(400) + "人").ok).toBe(false);
  });

  test("▲0 is 0, not -0", () => {
    expect(Object.is(valueOf(readNumberText("▲0")).value, 0)).toBe(true);
    expect(Object.is(valueOf(readNumberText("-0")).value, 0)).toBe(true);
  });

  test("the failure text is the text as given", () => {
    expect(readNumberText("　未集計　")).toEqual({ ok: false, reason: "unreadable", text: "　未集計　" });
  });
});

// ---------------------------------------------------------------------------
// Properties: any number, written in any allowed way, reads back.

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const UNITS = ["", "件", "人", "団体", "円", "回", "時間", "か所", "世帯", "%", "％", "ha", "ポイント"];
const MINUS_MARKS = ["▲", "△", "-", "−", "－"];

interface Writing {
  fullWidth: boolean;
  commas: boolean;
  approx: boolean;
  unit: string;
  scale: "none" | "千" | "万" | "億" | "japanese";
  minus: string;
  spaces: boolean;
}

const writingArb: fc.Arbitrary<Writing> = fc.record({
  fullWidth: fc.boolean(),
  commas: fc.boolean(),
  approx: fc.boolean(),
  unit: fc.constantFrom(...UNITS),
  scale: fc.constantFrom("none", "千", "万", "億", "japanese"),
  minus: fc.constantFrom(...MINUS_MARKS),
  spaces: fc.boolean(),
});

function withCommas(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The decimal digits of |m| / 10^k as `int.frac` (frac may be empty), exactly. */
function decimalText(digits: string, k: number): string {
  const padded = digits.padStart(k + 1, "0");
  const intPart = padded.slice(0, padded.length - k).replace(/^0+(?=\d)/, "");
  const frac = padded.slice(padded.length - k).replace(/0+$/, "");
  return frac === "" ? intPart : intPart + "." + frac;
}

function formatDecimal(text: string, commas: boolean): string {
  const [i, f] = text.split(".");
  return (commas ? withCommas(i) : i) + (f === undefined ? "" : "." + f);
}

/** Japanese grouping of an integer by 10^4: 120000500 → 1億2000万500 (commas inside groups when asked). */
function japaneseGroups(digits: string, commas: boolean): string {
  const names = ["", "万", "億", "兆"];
  let rest = BigInt(digits);
  const parts: string[] = [];
  for (let i = 0; rest > 0n; i++) {
    const group = rest % 10000n;
    rest /= 10000n;
    if (i >= names.length) return digits; // beyond 兆: no Japanese grouping
    if (group > 0n) parts.unshift((commas ? withCommas(String(group)) : String(group)) + names[i]);
  }
  return parts.length === 0 ? "0" : parts.join("");
}

/** Writes |m| / 10^k with the writing's options. */
function write(m: bigint, k: number, w: Writing): string {
  const negative = m < 0n;
  const digits = (negative ? -m : m).toString();
  let body: string;
  if (w.scale === "japanese" && k === 0) body = japaneseGroups(digits, w.commas);
  else if (w.scale === "千" || w.scale === "万" || w.scale === "億") {
    const e = { 千: 3, 万: 4, 億: 8 }[w.scale];
    body = formatDecimal(decimalText(digits, k + e), w.commas) + w.scale;
  } else body = formatDecimal(decimalText(digits, k), w.commas);
  if (w.fullWidth) body = body.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]).replace(/,/g, "，").replace(/\./g, "．");
  const sp = w.spaces ? " " : "";
  return (w.approx ? "約" + sp : "") + (negative ? w.minus : "") + body + sp + w.unit;
}

describe("readNumberText — properties", () => {
  test("any safe integer, in any allowed writing, reads back exactly", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), writingArb, (n, w) => {
        const text = write(BigInt(n), 0, w);
        const r = readNumberText(text);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value).toBe(n === 0 ? 0 : n);
          expect(r.percent).toBe(w.unit === "%" || w.unit === "％");
          expect(r.unit).toBe(w.unit === "" ? null : w.unit === "％" ? "%" : w.unit);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("any decimal, in any allowed writing, reads back within 1e-9 relative", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 1, max: 8 }), writingArb, (m, k, w) => {
        const text = write(m, k, w);
        const expected = Number(m) / 10 ** k;
        const r = readNumberText(text);
        expect(r.ok).toBe(true);
        if (r.ok) {
          if (expected === 0) expect(r.value).toBe(0);
          else expect(Math.abs(r.value - expected) / Math.abs(expected)).toBeLessThanOrEqual(1e-9);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("full-width folding agrees with NFKC", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), writingArb, (n, w) => {
        const text = write(BigInt(n), 0, w);
        const folded = readNumberText(text);
        const nfkc = readNumberText(text.normalize("NFKC"));
        expect(folded.ok).toBe(true);
        expect(folded).toEqual(nfkc);
      }),
      { numRuns: 500 },
    );
  });

  test("a text without digits is never a number", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), (s) => {
        fc.pre(!/\d/.test(s.normalize("NFKC")));
        expect(readNumberText(s).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test("String(n) of any finite double without exponent reads back as n", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), (n) => {
        const text = String(n);
        fc.pre(!/e/i.test(text));
        expect(valueOf(readNumberText(text)).value).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  test("a number cell reads as itself", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(valueOf(readNumber(n)).value).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
