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
const { writeReport } = require(path.join(LIB, "workbook", "xlsx", "write-report.js"));
const { runEngine } = require(path.join(LIB, "core", "run.js"));

const [input, output, sheet] = process.argv.slice(2);
const ms = {};
const time = (name, f) => {
  const t0 = process.hrtime.bigint();
  const out = f();
  ms[name] = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
  return out;
};
const pkg = time("unzip", () => openInput(input, cliTexts("en")));
const grid = time("read_grid", () => readGrid(pkg, sheet));
const { overrides } = settingsFromFlags({ fiscalYear: "平成26年度" });
const result = time("engine", () => runEngine({ register: grid, settingsSheet: null, overrides }));
const written = time("write_report", () => writeReport(pkg, result.report));
time("write_file", () => fs.writeFileSync(output, written.bytes));
process.stdout.write(JSON.stringify(ms) + "\n");
