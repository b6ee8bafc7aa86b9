import { readItemNo } from "../../../src/core/register/item-no";

describe("item No. as staff write it", () => {
  test.each([
    [12, "12"],
    ["12", "12"],
    ["No.12", "12"],
    ["No12", "12"],
    ["NO. 12", "12"],
    ["№12", "12"],
    ["Ｎｏ．１２", "12"],
    ["１２", "12"],
    [" 12 ", "12"],
    ["012", "12"],
    ["0", "0"],
    ["12.", "12"],
    ["3-1", "3-1"],
    ["３－１", "3-1"],
    ["A-2", "A-2"],
    [3.5, "3.5"],
  ])("%j → %s", (value, no) => {
    expect(readItemNo(value)).toEqual({ no, relisted: false });
  });

  test.each([["12（再掲）"], ["12(再掲)"], ["No.12 再掲"], ["【再掲】12"], ["再掲１２"]])("%s is No. 12 with a 再掲 mark", (value) => {
    expect(readItemNo(value)).toEqual({ no: "12", relisted: true });
  });

  test.each([[null], [""], ["　"], ["（再掲）"]])("%j is no No.", (value) => {
    expect(readItemNo(value)).toBeNull();
  });

  test("a word that merely starts with no keeps its letters", () => {
    expect(readItemNo("Note")?.no).toBe("Note");
  });
});
