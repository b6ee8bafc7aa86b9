// Where `shinchoku report`'s time goes on one file, phase by phase, as the command line runs them
// (the same library calls, with the command line's codec): prints one JSON line of milliseconds.
"use strict";
const fs = require("fs");
const path = require("path");
const LIB = path.join(__dirname, "..", "lib");
const { openInput } = require(path.join(LIB, "cli", "files.js"));
const { cliTexts } = require(path.join(LIB, "cli", "texts.js"));
const { settingsFromFlags } = require(path.join(LIB, "cli", "settings-flags.js"));
const { readGrid } = require(path.join(LIB, "workbook", "xlsx", "read-grid.js"));
const { writeReportAsync } = require(path.join(LIB, "workbook", "xlsx", "write-report.js"));
const { historyGrid, settingsGrid, sourcesGrid } = require(path.join(LIB, "cli", "locate.js"));
const { runEngine } = require(path.join(LIB, "core", "run.js"));
const { BackgroundChecker } = require(path.join(LIB, "cli", "background-check.js"));

const [input, output, sheet] = process.argv.slice(2);
const ms = {};
const time = (name, f) => {
  const t0 = process.hrtime.bigint();
  const out = f();
  ms[name] = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
  return out;
};
(async () => {
  // Large parts checked on the worker thread while reading and rating, as the command does (src/cli/background-check.ts).
  const pkg = time("unzip", () => openInput(input, cliTexts("en"), new BackgroundChecker()));
  const grid = time("read_grid", () => readGrid(pkg, sheet));
  const { overrides } = settingsFromFlags({ fiscalYear: "平成26年度" });
  // The engine's input as the command gives it (the history sheet, 評価履歴, is written with every report).
  const engineInput = { register: grid, settingsSheet: settingsGrid(pkg), overrides, history: historyGrid(pkg), previous: null, sourcesSheet: sourcesGrid(pkg) };
  const result = time("engine", () => runEngine(engineInput));
  // What is left to wait for of the worker's check once the engine is done (0 when it finished first).
  const t0 = process.hrtime.bigint();
  await pkg.settle();
  ms.wait_for_check = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
  // As the command: the report's large sheets are deflated on zlib's thread pool while they are built.
  const t1 = process.hrtime.bigint();
  const written = await writeReportAsync(pkg, result.report);
  ms.write_report = Math.round(Number(process.hrtime.bigint() - t1) / 1e6);
  time("write_file", () => fs.writeFileSync(output, written.bytes));
  process.stdout.write(JSON.stringify(ms) + "\n");
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
