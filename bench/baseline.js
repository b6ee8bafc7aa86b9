#!/usr/bin/env node
/**
 * `node bench/baseline.js [COMMIT] [ROUNDS]`: the engine at 100 k indicator
 * rows, this tree (lib/, built by `npm run build:cli`) against the engine of
 * COMMIT (default: f6261fd, the last commit before the engine's
 * representation was redone), built from git into a temporary folder. Both
 * run in this one process, in interleaved rounds, so that the load of the
 * shared machine hits both alike; the ratio of medians is the figure to read.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { registerRows, gridOf } = require("./generate");

const ROOT = path.join(__dirname, "..");
const commit = process.argv[2] ?? "f6261fd";
const rounds = Number(process.argv[3] ?? 15);

/** The commit's src/ compiled to <tmp>/lib (tsc of this tree; the commit's own tsconfig). */
function buildCommit(rev) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shinchoku-${rev}-`));
  const tar = path.join(dir, "src.tar");
  execFileSync("git", ["-C", ROOT, "archive", "-o", tar, rev, "src", "package.json", "tsconfig.json", "tsconfig.cli.json"]);
  execFileSync("tar", ["-xf", tar, "-C", dir]);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(dir, "tsconfig.cli.json")]);
  return dir;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main() {
  const dir = buildCommit(commit);
  try {
    const engines = [
      { name: "this tree", run: require(path.join(ROOT, "lib", "core", "run.js")).runEngine, ms: [], cpu: [] },
      { name: commit, run: require(path.join(dir, "lib", "core", "run.js")).runEngine, ms: [], cpu: [] },
    ];
    const grid = gridOf(registerRows(100000));
    const today = new Date(2015, 4, 1);
    const once = (e) => {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const r = e.run({ register: grid, settingsSheet: null, today });
      if (!r.report) throw new Error("the generated register must not be blocked");
      const c = process.cpuUsage(c0);
      return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1000 };
    };
    for (const e of engines) for (let i = 0; i < 3; i++) once(e); // JIT warm-up
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first, so that neither always runs right after the other's garbage.
      const order = r % 2 === 0 ? engines : [...engines].reverse();
      for (const e of order) {
        const t = once(e);
        e.ms.push(t.ms);
        e.cpu.push(t.cpu);
      }
    }
    for (const e of engines) {
      const ms = median(e.ms);
      process.stdout.write(`bench baseline.engine.ms.100k[${e.name}] ${ms.toFixed(1)} ms (${Math.round(100000 / (ms / 1000))} rows/s)\n`);
    }
    process.stdout.write(`bench baseline.engine.ratio.100k[vs ${commit}] ${(median(engines[0].ms) / median(engines[1].ms)).toFixed(3)} x\n`);
    // CPU time (all the process's threads): not the target's measure, but it does not count waiting for a core.
    for (const e of engines) process.stdout.write(`bench baseline.engine.cpu_ms.100k[${e.name}] ${median(e.cpu).toFixed(1)} ms\n`);
    process.stdout.write(`bench baseline.engine.cpu_ratio.100k[vs ${commit}] ${(median(engines[0].cpu) / median(engines[1].cpu)).toFixed(3)} x\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
