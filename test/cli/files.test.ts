/**
 * Files that are not files: inputs and outputs must be regular files (a FIFO
 * or /dev/zero as input hung or ate the memory; -o onto a device replaced it),
 * failures to read or write get words in the user's language, and no
 * temporary file is left behind — not even when the run is stopped by a
 * signal while it writes.
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fixture, ROOT, runCli } from "./run-cli";

const INPUT = fixture("english-headers.xlsx");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-files-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fifo(name: string): string {
  const p = path.join(dir, name);
  execFileSync("mkfifo", [p]);
  return p;
}

function leftovers(): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));
}

describe("input that is not a regular file: exit 2 at once, with words in each language", () => {
  it.each<[string, () => string, string, string]>([
    ["a FIFO", () => fifo("in.xlsx"), "通常のファイルではありません", "is not a regular file"],
    ["/dev/zero", () => "/dev/zero", "通常のファイルではありません", "is not a regular file"],
    ["a folder", () => dir, "通常のファイルではありません", "is not a regular file"],
    ["a missing file", () => path.join(dir, "none.xlsx"), "が見つかりません", "does not exist"],
  ])("%s", async (_name, input, ja, en) => {
    const file = input();
    for (const [lang, words] of [
      ["ja", ja],
      ["en", en],
    ]) {
      const t0 = Date.now();
      const r = await runCli(["report", file, "-o", path.join(dir, "out.xlsx"), "--lang", lang]);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(r.code).toBe(2);
      expect(r.err).toContain(words);
      expect(r.err).not.toMatch(/ENOENT|EACCES/);
    }
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  (isRoot ? it.skip : it)("a file without read permission (not testable as root)", async () => {
    const p = path.join(dir, "locked.xlsx");
    fs.copyFileSync(INPUT, p);
    fs.chmodSync(p, 0);
    const r = await runCli(["report", p, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("No permission to read");
  });
});

describe("-o onto what is not a regular file is refused and left as it was", () => {
  it.each<[string, () => string]>([
    ["/dev/null (a device)", () => "/dev/null"],
    ["a FIFO", () => fifo("out.xlsx")],
    ["a folder", () => fs.mkdirSync(path.join(dir, "out.xlsx")) ?? path.join(dir, "out.xlsx")],
  ])("%s", async (_name, output) => {
    const target = output();
    const before = fs.statSync(target);
    const r = await runCli(["report", INPUT, "-o", target, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is not a regular file");
    const after = fs.statSync(target);
    expect([after.isCharacterDevice(), after.isFIFO(), after.isDirectory()]).toEqual([
      before.isCharacterDevice(),
      before.isFIFO(),
      before.isDirectory(),
    ]);
    expect(leftovers()).toEqual([]);
  });

  it("an output folder that does not exist: a message, not ENOENT", async () => {
    const r = await runCli(["report", INPUT, "-o", path.join(dir, "no", "such", "out.xlsx"), "--lang", "ja"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("フォルダーがありません");
    expect(r.err).not.toContain("ENOENT");
  });
});

describe("a signal while the output is written leaves no temporary file", () => {
  const files = path.join(ROOT, "lib", "cli", "files.js");
  (fs.existsSync(files) ? it : it.skip).each(["SIGINT", "SIGTERM"] as const)("%s", async (signal) => {
    // A child writes 256 MB and says when it starts; the signal comes while it writes.
    const script = `
      const { writeAtomically } = require(${JSON.stringify(files)});
      const { cliTexts } = require(${JSON.stringify(path.join(ROOT, "lib", "cli", "texts.js"))});
      const bytes = new Uint8Array(256 << 20);
      process.stdout.write("writing\\n");
      writeAtomically(${JSON.stringify(path.join(dir, "out.xlsx"))}, bytes, cliTexts("en"));
    `;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.kill(signal);
    await new Promise<void>((resolve) => child.once("exit", () => resolve()));
    expect(leftovers()).toEqual([]);
    // Either stopped before the rename (no output) or after it (the whole output): never a part of it.
    const out = path.join(dir, "out.xlsx");
    if (fs.existsSync(out)) expect(fs.statSync(out).size).toBe(256 << 20);
  });
});
