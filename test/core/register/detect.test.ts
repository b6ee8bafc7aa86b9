import { detectRegisterSheet } from "../../../src/core/register/detect";
import { gridFromRows } from "../../helpers/grid";

const header = ["No", "分野", "項目名", "スケジュール"];

describe("register sheet detection", () => {
  it("prefers 取組一覧 when it holds the required headers", () => {
    const other = gridFromRows("別表", [header]);
    const named = gridFromRows("取組一覧", [["タイトル"], header]);
    expect(detectRegisterSheet([other, named])).toBe("取組一覧");
  });

  it("takes the first sheet whose first 20 rows hold the headers when 取組一覧 has none", () => {
    const cover = gridFromRows("表紙", [["第２次行財政再構築プラン"]]);
    const reg = gridFromRows("R6進捗", [[], [], header]);
    const named = gridFromRows("取組一覧", [["メモ"]]);
    expect(detectRegisterSheet([cover, named, reg])).toBe("R6進捗");
  });

  it("falls back to 取組一覧 by name (its findings then say what is missing), else null", () => {
    expect(detectRegisterSheet([gridFromRows("取組一覧", [["No", "分野"]])])).toBe("取組一覧");
    expect(detectRegisterSheet([gridFromRows("Sheet1", [["a"]])])).toBeNull();
  });

  it("ignores headers below row 20", () => {
    const rows: string[][] = Array.from({ length: 20 }, () => []);
    rows.push(header);
    expect(detectRegisterSheet([gridFromRows("Sheet1", rows)])).toBeNull();
  });
});
