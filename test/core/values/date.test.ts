import fc from "fast-check";
import { daysInMonth, isDateFormat, readDateText, serialToDate } from "../../../src/core/values/date";

describe("isDateFormat", () => {
  test.each([
    "yyyy/m/d", "yyyy/mm/dd", "[$-ja-JP]ggge年m月d日", "[$-411]ge.m.d", "m/d", 'yyyy"年"m"月"d"日"', "yyyy/m/d;@",
    "d-mmm-yy", "mmmm", "mmm-yy", "yyyy/m/d h:mm", "dddd", "[$-F800]dddd, mmmm dd, yyyy", "yy.mm.dd", "ge.m.d",
  ])("%s is a date format", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  test.each([
    null, "", "General", "G/標準", "0", "0.0", "#,##0", "#,##0.00", '"yy"', '0"日"', '#,##0"件"', "0%", "0.0%", "@",
    "h:mm", "h:mm:ss", "[h]:mm:ss", "mm:ss", "[mm]:ss", "h:mm AM/PM", "0.00E+00", "##0.0E+0", "¥#,##0;[Red]¥-#,##0",
    "[$¥-411]#,##0", "[DBNum1][$-411]General", "\\d0", "_(* #,##0_)",
  ])("%s is not a date format", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  test("the answer is the same when asked again (cache)", () => {
    expect(isDateFormat("yyyy/m/d")).toBe(true);
    expect(isDateFormat("yyyy/m/d")).toBe(true);
    expect(isDateFormat("0.0")).toBe(false);
    expect(isDateFormat("0.0")).toBe(false);
  });
});

describe("serialToDate — Excel's 1900 date system", () => {
  test.each([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29], // Excel's fictitious day, shown as Excel shows it
    [61, 1900, 3, 1],
    [25569, 1970, 1, 1],
    [32516, 1989, 1, 8],
    [42083, 2015, 3, 20],
    [42083.75, 2015, 3, 20],
    [43586, 2019, 5, 1],
    [2958465, 9999, 12, 31],
  ])("%d → %d-%d-%d", (serial, year, month, day) => {
    expect(serialToDate(serial)).toEqual({ year, month, day });
  });

  test.each([0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("%d is no date", (serial) => {
    expect(serialToDate(serial)).toBeNull();
  });

  test("1904 system", () => {
    expect(serialToDate(0, true)).toEqual({ year: 1904, month: 1, day: 1 });
    expect(serialToDate(40621, true)).toEqual({ year: 2015, month: 3, day: 20 });
    expect(serialToDate(-1, true)).toBeNull();
  });

  test("property: from serial 61 on, the day matches Date (1899-12-30 + serial days)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(serialToDate(serial)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readDateText", () => {
  test.each([
    ["2015/3/20", 2015, 3, 20, ""],
    ["2015-03-20", 2015, 3, 20, ""],
    ["2015年3月20日", 2015, 3, 20, ""],
    ["2015年3月", 2015, 3, null, ""],
    ["平成27年3月20日策定", 2015, 3, 20, "策定"],
    ["H27.3.20", 2015, 3, 20, ""],
    ["R7.3.31", 2025, 3, 31, ""],
    ["令和元年5月1日", 2019, 5, 1, ""],
    ["平成31年4月30日", 2019, 4, 30, ""],
    ["3月20日", null, 3, 20, ""],
    ["2016/2/29", 2016, 2, 29, ""],
    ["２０１５／３／２０　完了", 2015, 3, 20, "完了"],
  ])("%s", (text, year, month, day, rest) => {
    expect(readDateText(text)).toEqual({ year, month, day, rest });
  });

  test("an era year without era is read against the context year", () => {
    expect(readDateText("27年3月20日", 2014)).toMatchObject({ year: 2015, month: 3, day: 20 });
  });

  test.each(["2015/2/29", "2015/2/30", "2015/13/1", "2015/0/1", "平成31年5月1日", "令和元年4月30日", "平成32年1月1日", "策定", "20150320", "1.5"])(
    "%s is no date",
    (text) => {
      expect(readDateText(text)).toBeNull();
    },
  );

  test("daysInMonth", () => {
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(null, 2)).toBe(29);
    expect(daysInMonth(2015, 4)).toBe(30);
  });
});
