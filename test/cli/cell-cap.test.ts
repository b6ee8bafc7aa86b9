/** The 32,767-character cell cap through the command line: the cut cell in the file, the finding in --json. */
import * as fs from "fs";
import * as path from "path";
import { createWorkbook, openPackage, readGrid } from "../../src/workbook/xlsx";
import { runCli, workDir } from "./run-cli";

describe("report with a 要因 and 今後の対応 of 30,000 characters each", () => {
  const { dir } = workDir();
  const input = path.join(dir, "long.xlsx");
  const output = path.join(dir, "long-report.xlsx");
  fs.writeFileSync(
    input,
    createWorkbook([
      {
        name: "取組一覧",
        rows: [
          ["No", "分野", "項目名", "スケジュール", "要因", "今後の対応"],
          [1, "Ⅰ 協働", "取組", "遅れ", "要".repeat(30_000), "対".repeat(30_000)],
        ],
      },
    ]),
  );

  it("writes 遅延取組一覧 with the cell cut and lists text-truncated in --json", async () => {
    const r = await runCli(["report", input, "-o", output, "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { findings: { code: string; cell: string | null; message: string }[] };
    const cut = json.findings.filter((f) => f.code === "text-truncated");
    expect(cut.map((f) => f.cell)).toEqual(["遅延取組一覧!D3"]);
    const cell = readGrid(openPackage(new Uint8Array(fs.readFileSync(output))), "遅延取組一覧").values[2][3] as string;
    expect(cell.length).toBe(32767);
    expect(cell.endsWith("…（以下省略）")).toBe(true);
  });
});
