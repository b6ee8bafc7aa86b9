import fc from "fast-check";
import {
  fiscalYearOfMonth,
  formatFiscalYear,
  formatPeriod,
  readDueFiscalYear,
  readFiscalYear,
} from "../../../src/core/values/fiscal-year";

describe("readFiscalYear", () => {
  test.each([
    ["平成27年度", 2015],
    ["H27年度", 2015],
    ["H27", 2015],
    ["h27", 2015],
    ["Ｈ２７年度", 2015],
    ["H 27年度", 2015],
    ["平成 27 年度", 2015],
    ["平成26年度", 2014],
    ["平成元年度", 1989],
    ["平成31年度", 2019],
    ["令和元年度", 2019],
    ["R元年度", 2019],
    ["R6年度", 2024],
    ["令和6年", 2024],
    ["令和６年度", 2024],
    ["㍻27年度", 2015],
    ["昭和63年度", 1988],
    ["昭和64年度", 1989],
    ["S50", 1975],
    ["大正15年度", 1926],
    ["明治45年", 1912],
    ["2015年度", 2015],
    ["２０１５年度", 2015],
    ["2015年", 2015],
    ["FY2015", 2015],
    ["fy2015", 2015],
    ["FY 2015", 2015],
    ["2015", 2015],
    ["平成26年度末", 2014],
    ["平成26年度上半期末", 2014],
    ["2014年度末", 2014],
    ["FY2014 year end", 2014],
    ["FY2014 first half", 2014],
  ])("%s → %d", (text, year) => {
    expect(readFiscalYear(text, null)).toBe(year);
    expect(readFiscalYear(text, 2014)).toBe(year);
  });

  test.each([
    ["平成32年度", 2020],
    ["平成32年度末", 2020],
    ["H35年度", 2023],
    ["昭和65年度", 1990],
    ["大正16年", 1927],
    ["明治46年度", 1913],
  ])("%s: an ended era counts on in plans written before the change → %d", (text, year) => {
    expect(readFiscalYear(text, 2014)).toBe(year);
    expect(readFiscalYear(text, null)).toBe(year);
  });

  test.each(["令和0年度", "平成0年度", "平成62年度"])(
    "%s never existed (nor counts on) → null",
    (text) => {
      expect(readFiscalYear(text, 2014)).toBeNull();
      expect(readFiscalYear(text, null)).toBeNull();
    },
  );

  test.each(["", "年度", "27", "令和", "平成二十七年度", "来年度", "2015年度から2016年度", "FY15", "H27年度まで", "12345"])(
    "%s holds no fiscal year → null",
    (text) => {
      expect(readFiscalYear(text, 2014)).toBeNull();
    },
  );

  describe("an era year without era is read in the era of the context year", () => {
    test.each([
      ["27年度", 2014, 2015],
      ["27年度末", 2014, 2015],
      ["26年度", 2014, 2014],
      ["元年度", 2014, 1989],
      ["元年度", 2019, 2019],
      ["2年度", 2020, 2020],
      ["6年度", 2024, 2024],
      ["6年", 2024, 2024],
      ["31年度", 2018, 2019],
      ["31年度", 2019, 2019], // 令和31 (2049) is further from 2019 than 平成31
      ["30年度", 2019, 2018], // a 令和元年度 report's 30年度 is 平成30
      ["30年度", 2020, 2018],
      ["10年度", 2020, 2028], // 令和10 (2028) is closer to 2020 than 平成10 (1998)
      ["32年度", 2019, 2020], // 平成32 (2020, a plan from before 2019 counting on) is nearer than 令和32
      ["32年度", 2014, 2020], // not 昭和32 (1957): a 平成 plan's last year
      ["27年度", 1990, 2015], // 平成27 (2015, 25 years away) is nearer than 昭和27 (1952, 38 away)
      ["60年度", 1990, 1985], // 昭和60 (1985) is nearer than 平成60 (2048)
    ])("%s in FY%d → %d", (text, context, year) => {
      expect(readFiscalYear(text, context)).toBe(year);
    });

    test("without a context year the latest era (令和) is assumed", () => {
      expect(readFiscalYear("6年度", null)).toBe(2024);
      expect(readFiscalYear("27年度", null)).toBe(2045);
      expect(readFiscalYear("元年度", null)).toBe(2019);
    });

    test("0年度 is no year in any era", () => {
      expect(readFiscalYear("0年度", 2014)).toBeNull();
      expect(readFiscalYear("0年度", null)).toBeNull();
    });
  });
});

describe("formatFiscalYear / formatPeriod", () => {
  test.each([
    [2014, "平成26年度", "FY2014"],
    [2015, "平成27年度", "FY2015"],
    [1988, "昭和63年度", "FY1988"],
    [1989, "平成元年度", "FY1989"],
    [2018, "平成30年度", "FY2018"],
    [2019, "令和元年度", "FY2019"],
    [2020, "令和2年度", "FY2020"],
    [2024, "令和6年度", "FY2024"],
  ])("%d → %s / %s", (year, ja, en) => {
    expect(formatFiscalYear(year, "ja")).toBe(ja);
    expect(formatFiscalYear(year, "en")).toBe(en);
  });

  test("years before 明治 are written as western years", () => {
    expect(formatFiscalYear(1850, "ja")).toBe("1850年度");
  });

  test("periods", () => {
    expect(formatPeriod(2014, "yearEnd", "ja")).toBe("平成26年度末");
    expect(formatPeriod(2014, "half", "ja")).toBe("平成26年度上半期末");
    expect(formatPeriod(2014, "yearEnd", "en")).toBe("FY2014 year end");
    expect(formatPeriod(2014, "half", "en")).toBe("FY2014 first half");
    expect(formatPeriod(2019, "yearEnd", "ja")).toBe("令和元年度末");
  });

  test("property: 1989..2100 round-trips through the Japanese name, with or without context", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2100 }), fc.option(fc.integer({ min: 1989, max: 2100 })), (y, context) => {
        expect(readFiscalYear(formatFiscalYear(y, "ja"), null)).toBe(y);
        expect(readFiscalYear(formatFiscalYear(y, "ja"), context)).toBe(y);
        expect(readFiscalYear(formatFiscalYear(y, "en"), null)).toBe(y);
      }),
    );
    // Every year, not only the sampled ones.
    for (let y = 1989; y <= 2100; y++) expect(readFiscalYear(formatFiscalYear(y, "ja"), null)).toBe(y);
  });

  test("property: a period round-trips through readDueFiscalYear", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2100 }), fc.constantFrom("yearEnd" as const, "half" as const), (y, point) => {
        expect(readDueFiscalYear(formatPeriod(y, point, "ja") + "までに策定", null)).toEqual({ year: y, point });
        expect(readFiscalYear(formatPeriod(y, point, "ja"), null)).toBe(y);
        expect(readFiscalYear(formatPeriod(y, point, "en"), null)).toBe(y);
      }),
    );
  });

  test("property: an era year without era in the context's own era reads back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2100 }), fc.integer({ min: 0, max: 3 }), (context, ahead) => {
        const y = context + ahead;
        const eraYear = formatFiscalYear(y, "ja").replace(/^(平成|令和)/, "");
        // Within one era the era-less name means the same year.
        fc.pre(formatFiscalYear(y, "ja").slice(0, 2) === formatFiscalYear(context, "ja").slice(0, 2));
        expect(readFiscalYear(eraYear, context)).toBe(y);
      }),
    );
  });
});

describe("readDueFiscalYear", () => {
  test.each([
    ["27年度末までに策定", 2014, 2015, "yearEnd"],
    ["令和7年度末までに策定", 2014, 2025, "yearEnd"],
    ["（目標）（27年度末までに）策定", 2014, 2015, "yearEnd"],
    ["2026年3月までに", 2014, 2025, "yearEnd"],
    ["2026年3月末までに策定", null, 2025, "yearEnd"],
    ["2026/3/31までに", null, 2025, "yearEnd"],
    ["2025年9月までに", null, 2025, "half"],
    ["2025年4月", null, 2025, "half"],
    ["2025年10月までに", null, 2025, "yearEnd"],
    ["2026年1月", null, 2025, "yearEnd"],
    ["27年度上半期末までに", 2014, 2015, "half"],
    ["27年度上半期までに", 2014, 2015, "half"],
    ["27年度上期中", 2014, 2015, "half"],
    ["平成27年度中に実施", null, 2015, "yearEnd"],
    ["H27年度", null, 2015, "yearEnd"],
    ["FY2015 までに策定", null, 2015, "yearEnd"],
    ["2015年度末", null, 2015, "yearEnd"],
    ["令和8年3月までに", null, 2025, "yearEnd"],
    ["R8.3策定", null, 2025, "yearEnd"],
    ["R7.9.30まで", null, 2025, "half"],
    ["27年10月までに", 2014, 2015, "yearEnd"],
    ["28年3月までに", 2014, 2015, "yearEnd"],
    ["令和元年度末までに", null, 2019, "yearEnd"],
    ["平成32年度末までに", 2014, 2020, "yearEnd"],
    ["平成32年3月までに", 2014, 2019, "yearEnd"],
    ["32年度末までに", 2014, 2020, "yearEnd"],
    ["26年度から検討し、27年度末までに策定", 2014, 2015, "yearEnd"],
    ["26年度に検討、28年度に策定", 2014, 2016, "yearEnd"],
    ["年度末までに策定", 2014, 2014, "yearEnd"],
    ["上半期末までに策定", 2014, 2014, "half"],
    ["9月末までに", 2014, 2014, "half"],
    ["3月末までに", 2014, 2014, "yearEnd"],
  ])("%s (context %s) → %d %s", (text, context, year, point) => {
    expect(readDueFiscalYear(text, context)).toEqual({ year, point });
  });

  test.each([
    ["策定", 2014],
    ["令和0年度末までに", 2014],
    ["年度末までに策定", null],
    ["令和元年3月までに", null],
    ["2026年13月", null],
    ["", 2014],
  ])("%s (context %s) → null", (text, context) => {
    expect(readDueFiscalYear(text, context)).toBeNull();
  });

  test("fiscalYearOfMonth: January–March belong to the year before", () => {
    expect(fiscalYearOfMonth(2026, 3)).toBe(2025);
    expect(fiscalYearOfMonth(2026, 1)).toBe(2025);
    expect(fiscalYearOfMonth(2025, 4)).toBe(2025);
    expect(fiscalYearOfMonth(2025, 12)).toBe(2025);
  });
});
