/**
 * Golden outputs: `shinchoku report --json` and the XML of every sheet it
 * writes, byte for byte, on the bundled sample register and on a generated
 * 60 k-row one. The engine's internal representation may change; what it
 * prints and writes may not, unless on purpose.
 *
 * A deliberate change of output (a new rule, a fixed message): regenerate with
 *   UPDATE_GOLDEN=1 npx jest test/cli/golden.test.ts
 * and review the diff of test/golden/ in the commit.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { openPackage } from "../../src/workbook/xlsx/package";
import { workbookOf } from "../../src/workbook/xlsx/workbook";
import { ROOT, runCli, SAMPLE, workDir } from "./run-cli";

const GOLDEN = path.join(ROOT, "test", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registerRows, writeRegisterFile } = require("../../bench/generate.js") as {
  registerRows(rows: number): unknown[][];
  writeRegisterFile(file: string, rows: number): Promise<void>;
};

interface Written {
  /** `--json`, with the output path (it differs per run) replaced by a placeholder. */
  json: string;
  /** Sheet name → its worksheet part's XML, for every sheet the run wrote. */
  sheets: Map<string, string>;
}

async function report(input: string, args: string[]): Promise<Written> {
  const out = path.join(path.dirname(input), "golden-out.xlsx");
  const r = await runCli(["report", input, "-o", out, "--json", ...args]);
  expect(r.code).toBe(0);
  const parsed = JSON.parse(r.out) as { written: string[] };
  const json = r.out.split(JSON.stringify(out).slice(1, -1)).join("<output>");
  const pkg = openPackage(fs.readFileSync(out));
  const sheets = new Map<string, string>();
  for (const name of parsed.written) {
    const entry = workbookOf(pkg).sheets.find((s) => s.name === name);
    sheets.set(name, pkg.text(entry?.path as string) as string);
  }
  return { json, sheets };
}

function sha(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

function digest(w: Written): Record<string, string> {
  const out: Record<string, string> = { json: sha(w.json) };
  for (const [name, xml] of w.sheets) out[name] = sha(xml);
  return out;
}

/** Compares with (or, under UPDATE_GOLDEN=1, writes) the file `name` under test/golden. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  // toBe on long strings prints the first difference; an equality of lengths first gives a short message.
  const expected = fs.readFileSync(file, "utf8");
  expect(actual.length).toBe(expected.length);
  expect(actual === expected).toBe(true);
}

describe("golden outputs of shinchoku report", () => {
  it("the sample register: --json and every written sheet's XML", async () => {
    const { paths } = workDir(SAMPLE);
    const w = await report(paths[0], []);
    expect([...w.sheets.keys()]).toEqual(["進捗集計", "遅延取組一覧", "評価結果", "検証結果", "事例", "次年度新規", "評価履歴"]);
    golden("kodaira-h26/result.json", w.json);
    for (const [name, xml] of w.sheets) golden(`kodaira-h26/${name}.xml`, xml);
  });

  it("the sample register in English (report and messages): digests", async () => {
    const { paths } = workDir(SAMPLE);
    const w = await report(paths[0], ["--report-lang", "en", "--lang", "en"]);
    golden("kodaira-h26/en.sha256.json", JSON.stringify(digest(w), null, 2) + "\n");
  });

  it("a generated 60 k-row register: digests of --json and every written sheet", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-golden-"));
    try {
      const file = path.join(dir, "register-60k.xlsx");
      await writeRegisterFile(file, 60000);
      expect(registerRows(60000)).toHaveLength(60001);
      const w = await report(file, ["--fiscal-year", "平成26年度", "-q"]);
      expect(w.sheets.size).toBeGreaterThan(3);
      golden("register-60k.sha256.json", JSON.stringify(digest(w), null, 2) + "\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);
});
