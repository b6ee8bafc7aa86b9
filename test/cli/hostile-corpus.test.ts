/**
 * The hostile corpora (test/fixtures/hostile/<kind>/): every file listed in
 * an expected.tsv is run through the real command (`node bin/shinchoku.js
 * report FILE ARGS --lang ja|en`, a child process, so that a hang or a native
 * crash is caught too) on a copy in a fresh folder. Checked per file: the
 * exit code; the expected substring in the Japanese and in the English output
 * (stdout + stderr); no JavaScript stack trace; when the run fails (exit ≠ 0)
 * no output file and no temporary file left; each run within 5 s and 1 GB of peak memory (bench/maxrss.js preloaded).
 *
 * expected.tsv: a header line `file exit ja en args`, then one line per
 * fixture, tab-separated; `args` are extra arguments split on spaces (may be
 * empty). Every .xlsx of a corpus folder must be listed.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureBuilt } from "./built-cli";
import { ROOT } from "./run-cli";

const HOSTILE = path.join(ROOT, "test", "fixtures", "hostile");
const BIN = path.join(ROOT, "bin", "shinchoku.js");
const LIMIT_MS = 5000;
/** Peak resident memory allowed to one run (issue 9: no run over 1 GB). */
const LIMIT_KB = 1 << 20;
/** Preloaded into each run: prints the process's peak resident memory on exit (as the bench does). */
const MAXRSS = path.join(ROOT, "bench", "maxrss.js");

interface Expected {
  readonly kind: string;
  readonly file: string;
  readonly exit: number;
  readonly ja: string;
  readonly en: string;
  readonly args: readonly string[];
}

function corpus(): Expected[] {
  const out: Expected[] = [];
  for (const kind of fs.readdirSync(HOSTILE).sort()) {
    const tsv = path.join(HOSTILE, kind, "expected.tsv");
    if (!fs.existsSync(tsv)) continue;
    const lines = fs.readFileSync(tsv, "utf8").split("\n").filter((l) => l.trim() !== "");
    if (lines[0].split("\t").join(" ") !== "file exit ja en args") throw new Error(tsv + ": header must be file exit ja en args");
    for (const line of lines.slice(1)) {
      const [file, exit, ja, en, args = ""] = line.split("\t");
      out.push({ kind, file, exit: Number(exit), ja, en, args: args.split(" ").filter((a) => a !== "") });
    }
  }
  return out;
}

const CASES = corpus();

describe("hostile corpora: exit code, message in both languages, nothing left behind, ≤ 5 s", () => {
  beforeAll(ensureBuilt, 120000);

  it("lists every file of each corpus folder in its expected.tsv", () => {
    for (const kind of new Set(CASES.map((c) => c.kind))) {
      const files = fs.readdirSync(path.join(HOSTILE, kind)).filter((f) => /\.xls[xm]$/i.test(f)).sort();
      expect(CASES.filter((c) => c.kind === kind).map((c) => c.file).sort()).toEqual(files);
    }
  });

  it.each(CASES.map((c) => [`${c.kind}/${c.file}`, c] as const))("%s", (_name, c) => {
    for (const lang of ["ja", "en"] as const) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-hostile-"));
      try {
        const input = path.join(dir, c.file);
        fs.copyFileSync(path.join(HOSTILE, c.kind, c.file), input);
        const started = Date.now();
        const r = spawnSync(process.execPath, ["-r", MAXRSS, BIN, "report", input, ...c.args, "--lang", lang], {
          cwd: dir,
          encoding: "utf8",
          timeout: LIMIT_MS * 2,
        });
        const ms = Date.now() - started;
        const rss = /\n?BENCH_MAXRSS_KB (\d+)\n/.exec(r.stderr ?? "");
        const output = (r.stdout ?? "") + (r.stderr ?? "").replace(rss?.[0] ?? "", "");
        const what = `${c.kind}/${c.file} --lang ${lang}: exit ${r.status} signal ${r.signal} in ${ms} ms\n${output.slice(0, 2000)}`;
        expect({ what, exit: r.status }).toEqual({ what, exit: c.exit });
        expect({ what, has: output.includes(lang === "ja" ? c.ja : c.en) }).toEqual({ what, has: true });
        expect(output).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/); // a stack trace
        expect(ms).toBeLessThanOrEqual(LIMIT_MS);
        expect(Number(rss?.[1] ?? Infinity)).toBeLessThanOrEqual(LIMIT_KB);
        const left = fs.readdirSync(dir).filter((f) => f !== c.file);
        if (c.exit !== 0) expect(left).toEqual([]);
        else expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
