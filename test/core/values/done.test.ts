import { DONE_WORDS, NOT_DONE_WORDS, readDone } from "../../../src/core/values/done";

describe("readDone — contract §4", () => {
  test.each([
    "済", "済み", "完了", "達成", "策定済", "策定済み", "実施済", "実施済み", "○", "〇", "◯",
    "done", "Done", "DONE", "yes", "Yes", "YES", "true", "TRUE",
    "ｄｏｎｅ", " 済 ", "完了。", "策定 済み",
    "対応済", "作成済み", "策定完了", "目標達成", "完了済",
  ])("%s is done", (text) => {
    expect(readDone(text, null)).toBe("done");
  });

  test.each([
    "未", "未策定", "未実施", "未達成", "未完了", "未着手", "検討中", "実施中", "作業中", "準備中",
    "×", "✕", "no", "No", "NO", "false", "FALSE", "", "  ", "　",
    "調整中", "策定中", "策定予定", "実施予定", "-", "―", "ー",
  ])("%s is not done", (text) => {
    expect(readDone(text, null)).toBe("notDone");
  });

  test.each(["策定", "実施", "一部完了", "一部達成", "△", "進捗あり", "概ね順調", "予定どおり", "42", "maybe", "27年度末までに策定"])(
    "%s is neither: the caller reports it",
    (text) => {
      expect(readDone(text, null)).toBeNull();
    },
  );

  test("booleans and blank cells", () => {
    expect(readDone(true, null)).toBe("done");
    expect(readDone(false, null)).toBe("notDone");
    expect(readDone(null, null)).toBe("notDone");
  });

  test("a number with a date format is a date it was done; other numbers are neither", () => {
    expect(readDone(42083, "yyyy/m/d")).toBe("done");
    expect(readDone(42083, "[$-ja-JP]ggge年m月d日")).toBe("done");
    expect(readDone(42083, 'yyyy"年"m"月"d"日"')).toBe("done");
    expect(readDone(42083, "m/d")).toBe("done");
    expect(readDone(42083, "General")).toBeNull();
    expect(readDone(42083, "0.0")).toBeNull();
    expect(readDone(42083, null)).toBeNull();
    expect(readDone(1, "#,##0")).toBeNull();
    expect(readDone(-5, "yyyy/m/d")).toBeNull();
  });

  test("Excel errors are neither", () => {
    expect(readDone({ error: "#N/A" }, null)).toBeNull();
  });

  test.each([
    "2015/3/20", "2015-03-20", "2015.3.20", "2015年3月20日", "平成27年3月20日", "H27.3.20", "R7.3.31", "令和7年3月31日",
    "2015/3/20策定", "平成27年3月20日 策定済", "R7.3.31完了", "2015/3/20に策定", "3月20日", "2015年3月", "2015/03/20 0:00:00",
    "２０１５／３／２０",
  ])("date text %s is done", (text) => {
    expect(readDone(text, null)).toBe("done");
  });

  test.each(["2016年3月策定予定", "R8.3実施予定"])("a dated plan %s is not done", (text) => {
    expect(readDone(text, null)).toBe("notDone");
  });

  test.each(["2016年3月までに策定", "2015/2/30", "平成31年5月1日", "令和元年4月1日", "2015/13/1"])(
    "%s is neither (a deadline, or no real date)",
    (text) => {
      expect(readDone(text, null)).toBeNull();
    },
  );
});

describe("readDone — listed words read without normalising", () => {
  it("every listed word is its own normal form (NFKC, lower case, no spaces or trailing stop)", () => {
    for (const w of [...DONE_WORDS, ...NOT_DONE_WORDS]) {
      expect(w.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "").replace(/[。.!]+$/, "")).toBe(w);
    }
  });

  it("a listed word reads as it does written with spaces, a full stop or upper case", () => {
    for (const w of DONE_WORDS) {
      expect([readDone(w, null), readDone(` ${w.toUpperCase()} 。`, null)]).toEqual(["done", "done"]);
    }
    for (const w of NOT_DONE_WORDS) {
      expect([readDone(w, null), readDone(` ${w.toUpperCase()} 。`, null)]).toEqual(["notDone", "notDone"]);
    }
  });

  it("text starting with 未 is not done, as after normalising", () => {
    for (const t of ["未", "未策定", "未実施。", "未 定", "未2015/3/20"]) {
      expect([readDone(t, null), readDone(` ${t}`, null)]).toEqual(["notDone", "notDone"]);
    }
  });
});
