/**
 * Informal performance figures (printed, not asserted — machines differ):
 * a 60 000-row register written with exceljs's streaming writer, then read
 * with readGrid; and the deflate level of savePackage, 1 against 6, on the
 * same package (the figures behind DEFAULT_LEVEL in package.ts). Run it alone
 * (`npx jest test/workbook/xlsx/read-performance`) for figures worth reading.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { openPackage, readGrid, savePackage, DEFAULT_LEVEL } from "../../../src/workbook/xlsx";
import { tempDir } from "./helpers";

const ROWS = 60_000;

async function writeBigRegister(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("取組一覧");
  ws.addRow(["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "前年度実績", "単位", "基準日", "備考"]).commit();
  for (let i = 0; i < ROWS; i++) {
    const row = ws.addRow([
      Math.floor(i / 3) + 1,
      ["Ⅰ 地域協働の推進", "Ⅱ 行政サービスの向上", "Ⅲ 財政の健全化"][i % 3],
      `取組 ${Math.floor(i / 3) + 1}`,
      `課 ${i % 40}`,
      ["予定どおり", "遅れ", "予定以上"][i % 3],
      `指標 ${i}`,
      `${(i % 97) + 10}件`,
      (i * 7) % 1000,
      (i * 5) % 1000,
      "件",
      new Date(Date.UTC(2015, 2, 31)),
      i % 10 === 0 ? `備考 ${i} & <注>` : null,
    ]);
    row.getCell(11).numFmt = "yyyy/m/d";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

describe("performance (informal, printed)", () => {
  const dir = tempDir();
  const file = path.join(dir, "big.xlsx");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`reads a ${ROWS}-row register and saves it at deflate levels 1 and 6`, async () => {
    let t = Date.now();
    await writeBigRegister(file);
    const writeMs = Date.now() - t;
    const bytes = new Uint8Array(fs.readFileSync(file));

    t = Date.now();
    const pkg = openPackage(bytes);
    const openMs = Date.now() - t;
    t = Date.now();
    const grid = readGrid(pkg, "取組一覧");
    const readMs = Date.now() - t;
    // Correctness, not speed, is asserted.
    expect(grid.values.length).toBe(ROWS + 1);
    expect(grid.values[ROWS][2]).toBe(`取組 ${Math.floor((ROWS - 1) / 3) + 1}`);
    expect(grid.values[1][10]).toBe(42094);
    expect(grid.numberFormats?.[1][10]).toBe("yyyy/m/d");
    expect(grid.values[11][11]).toBe("備考 10 & <注>");

    // Interleaved, median of three: other test files run alongside and skew single timings.
    const times: Record<1 | 6, number[]> = { 1: [], 6: [] };
    const size: Record<1 | 6, number> = { 1: 0, 6: 0 };
    for (let round = 0; round < 3; round++) {
      for (const level of [1, 6] as const) {
        t = Date.now();
        size[level] = savePackage(pkg, { level }).length;
        times[level].push(Date.now() - t);
      }
    }
    const median = (a: number[]): number => [...a].sort((x, y) => x - y)[1];
    const sizes = ([1, 6] as const).map((l) => `level ${l}: ${median(times[l])} ms, ${(size[l] / 1e6).toFixed(2)} MB`);
    const sheetMb = ((pkg.bytes("xl/worksheets/sheet1.xml")?.length ?? 0) / 1e6).toFixed(1);
    console.log(
      [
        `exceljs streaming write of ${ROWS} rows: ${writeMs} ms (${(bytes.length / 1e6).toFixed(2)} MB, sheet XML ${sheetMb} MB)`,
        `openPackage: ${openMs} ms; readGrid: ${readMs} ms (${Math.round(ROWS / (readMs / 1000))} rows/s)`,
        `savePackage ${sizes.join("; ")} (default level ${DEFAULT_LEVEL})`,
      ].join("\n"),
    );
  }, 300_000);
});
