/** Runs the shinchoku command in-process, capturing what it prints. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], env: NodeJS.ProcessEnv = { LANG: "ja_JP.UTF-8" }): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) }, env);
  return { code, out, err };
}

export const ROOT = path.join(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures");
export const SAMPLE = path.join(ROOT, "assets", "examples", "kodaira-h26.xlsx");

/** A fresh folder with copies of the given files; returns their new paths. */
export function workDir(...files: string[]): { dir: string; paths: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-cli-"));
  const paths = files.map((f) => {
    const p = path.join(dir, path.basename(f));
    fs.copyFileSync(f, p);
    return p;
  });
  return { dir, paths };
}

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/**
 * The sample reported for 平成26年度, then that report's workbook reported again for 平成27年度: its 評価履歴 holds
 * the earlier period, so the second report has 前回比較. Returns the second report's path (in a fresh work folder).
 */
export async function reportTwoPeriods(): Promise<{ dir: string; next: string }> {
  const { dir, paths } = workDir(SAMPLE);
  const first = path.join(dir, "report.xlsx");
  expect((await runCli(["report", paths[0], "-o", first])).code).toBe(0);
  const next = path.join(dir, "next.xlsx");
  expect((await runCli(["report", first, "-o", next, "--fiscal-year", "平成27年度"])).code).toBe(0);
  return { dir, next };
}
