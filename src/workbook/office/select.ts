/** WorkbookHost.select: activates the sheet of `取組一覧!H12` and selects the cell, in one request. */
import { splitAddress } from "../../core/grid";

type ExcelRun = typeof Excel.run;

export async function selectCell(run: ExcelRun, address: string): Promise<void> {
  const parts = splitAddress(address);
  if (parts === null) throw new Error(`Not a cell address: ${address}`);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(parts.sheet);
    sheet.activate();
    sheet.getRange(parts.cell).select();
    await context.sync();
  });
}
