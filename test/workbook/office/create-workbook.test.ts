/** The Office.js host offers createWorkbook (the register template) only with Excel.createWorkbook and ExcelApi 1.8. */
import { createOfficeHost } from "../../../src/workbook/office/office-host";
import { FakeExcel } from "../../fakes/excel/fake-excel";
import { fakeWorkbookFrom } from "../../fakes/excel";

function host(excelApi: string, withFunction: boolean) {
  const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: [["No"]] }), { excelApi });
  const opened: string[] = [];
  const create = withFunction ? async (b64: string) => void opened.push(b64) : undefined;
  return { h: createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }, create), opened };
}

describe("createOfficeHost: createWorkbook", () => {
  it("is there with ExcelApi 1.8 and Excel.createWorkbook, and hands the bytes on", async () => {
    const { h, opened } = host("1.8", true);
    expect(h.createWorkbook).toBeDefined();
    await h.createWorkbook!("UEsDBA==");
    expect(opened).toEqual(["UEsDBA=="]);
  });

  it("is absent on ExcelApi 1.7 or without the function (the pane then shows its note)", () => {
    expect(host("1.7", true).h.createWorkbook).toBeUndefined();
    expect(host("1.17", false).h.createWorkbook).toBeUndefined();
  });
});
