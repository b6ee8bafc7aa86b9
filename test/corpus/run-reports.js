// Runs `shinchoku report` (the built command, lib/) on many files in one
// process and prints, as JSON, each run's exit code, output and time, and the
// process's peak resident memory — an upper bound of every single run's.
// Usage: node run-reports.js LIST.json  (LIST: [{input, output, args}])
"use strict";
const fs = require("fs");
const path = require("path");
const { main } = require(path.join(__dirname, "..", "..", "lib", "cli", "main.js"));

async function run() {
  const list = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const results = [];
  for (const job of list) {
    let out = "";
    let err = "";
    const io = { out: (s) => void (out += s), err: (s) => void (err += s) };
    const started = process.hrtime.bigint();
    const code = await main(["report", job.input, "-o", job.output, ...job.args], io, { LANG: "ja_JP.UTF-8" });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    results.push({ input: job.input, code, out, err, ms });
  }
  process.stdout.write(JSON.stringify({ results, maxRssKb: process.resourceUsage().maxRSS }));
}
run().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(3);
});
