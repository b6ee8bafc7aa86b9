/** The compiled command line (lib/), for tests that run what users run: a child process, or a worker thread's file. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./run-cli";

/** The newest modification time under a folder (ms). */
function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** bin/shinchoku.js runs lib/: build it when missing or older than src/ (the landing gate builds it first). */
export function ensureBuilt(): void {
  const main = path.join(ROOT, "lib", "cli", "main.js");
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs >= newest(path.join(ROOT, "src"))) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json")], { cwd: ROOT });
}

/** The compiled worker of src/cli/background-check.ts. */
export const CHECK_WORKER = path.join(ROOT, "lib", "cli", "part-check-worker.js");
