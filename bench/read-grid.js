#!/usr/bin/env node
/**
 * `node bench/read-grid.js [FILE] [SHEET]`: readGrid alone on the 60 k-row
 * register (bench/out/register-60k.xlsx, made by `npm run bench`), median of
 * interleaved runs, each on a fresh package (so the part's text is decoded
 * and the shared strings read every time, as in one `report` run). Needs
 * `npm run build:cli` first. The figures go to docs/xlsx-package.md.
 */
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.join(__dirname, "..");
/** LIB=dir: another build of lib/ (e.g. a copy made before a change), to compare side by side. */
const LIB = path.resolve(process.env.LIB || path.join(ROOT, "lib"));
const { openPackage, XlsxPackage } = require(path.join(LIB, "workbook", "xlsx", "package.js"));
const { readGrid } = require(path.join(LIB, "workbook", "xlsx", "read-grid.js"));

const file = process.argv[2] || path.join(ROOT, "bench", "out", "register-60k.xlsx");
const sheet = process.argv[3] || "取組一覧";
const runs = Number(process.env.RUNS || 15);
const base = openPackage(new Uint8Array(fs.readFileSync(file)));
const fresh = () => new XlsxPackage(base.paths.map((p) => [p, base.bytes(p)]));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const times = [];
const cpu = [];
let rows = 0;
for (let i = 0; i <= runs; i++) {
  const pkg = fresh();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  rows = readGrid(pkg, sheet).values.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  if (i > 0) {
    // the first run warms the JIT
    times.push(ms);
    cpu.push(c.user / 1000); // user time of the process: less moved than wall time by waiting for a core
  }
}
process.stdout.write(
  `bench read_grid.ms ${median(times).toFixed(1)} ms (rows ${rows}, runs ${runs}, min ${Math.min(...times).toFixed(1)}; user cpu median ${median(cpu).toFixed(1)} ms)\n`,
);
