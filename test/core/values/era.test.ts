import { ERAS, eraByName, eraOn, eraYearToWestern, resolveEralessYear } from "../../../src/core/values/era";

describe("eras, derived from Intl's Japanese calendar", () => {
  test("明治 to 令和 with their first days and letters", () => {
    const summary = ERAS.map((e) => [e.name, e.letter, e.startYear, e.startMonth, e.startDay, e.lastYear]);
    expect(summary.slice(1)).toEqual([
      ["大正", "T", 1912, 7, 30, 15],
      ["昭和", "S", 1926, 12, 25, 64],
      ["平成", "H", 1989, 1, 8, 31],
      ["令和", "R", 2019, 5, 1, Infinity],
    ]);
    expect(summary[0].slice(0, 3)).toEqual(["明治", "M", 1868]);
    expect(summary[0][5]).toBe(45);
  });

  test("eraByName knows names and letters, either case", () => {
    expect(eraByName("平成")?.startYear).toBe(1989);
    expect(eraByName("H")?.name).toBe("平成");
    expect(eraByName("r")?.name).toBe("令和");
    expect(eraByName("X")).toBeUndefined();
  });

  test("eraOn switches on the first day of the new era", () => {
    expect(eraOn(1989, 1, 7)?.name).toBe("昭和");
    expect(eraOn(1989, 1, 8)?.name).toBe("平成");
    expect(eraOn(2019, 4, 30)?.name).toBe("平成");
    expect(eraOn(2019, 5, 1)?.name).toBe("令和");
    expect(eraOn(1800, 1, 1)).toBeUndefined();
  });

  test("eraYearToWestern refuses years that never existed", () => {
    const heisei = eraByName("平成")!;
    expect(eraYearToWestern(heisei, 1)).toBe(1989);
    expect(eraYearToWestern(heisei, 31)).toBe(2019);
    expect(eraYearToWestern(heisei, 32)).toBeNull();
    expect(eraYearToWestern(heisei, 0)).toBeNull();
    expect(eraYearToWestern(heisei, 1.5)).toBeNull();
    expect(eraYearToWestern(eraByName("令和")!, 100)).toBe(2118);
  });

  test("resolveEralessYear: the context's era, or the era before when nearer", () => {
    expect(resolveEralessYear(27, 2014)).toBe(2015);
    expect(resolveEralessYear(30, 2019)).toBe(2018);
    expect(resolveEralessYear(2, 2019)).toBe(2020);
    expect(resolveEralessYear(6, null)).toBe(2024);
    expect(resolveEralessYear(0, 2014)).toBeNull();
  });
});
