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
