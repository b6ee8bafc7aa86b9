#!/usr/bin/env node
/**
 * `node bench/xml-check.js [FILE] [PART]`: the well-formedness check of one
 * part (the 60 k-row register's sheet by default) by hand (xml-check.ts)
 * and by saxes, the strict SAX parser it is held to, median of interleaved
 * runs. Needs `npm run build:cli`. Figures: docs/xlsx-package.md.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { unzipSync, strFromU8 } = require("fflate");
const { SaxesParser } = require("saxes");
const ROOT = path.join(__dirname, "..");
const { checkXml } = require(path.join(ROOT, "lib", "workbook", "xlsx", "xml-check.js"));

const file = process.argv[2] || path.join(ROOT, "bench", "out", "register-60k.xlsx");
const part = process.argv[3] || "xl/worksheets/sheet1.xml";
const text = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => f.name === part })[part]);
const runs = Number(process.env.RUNS || 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function saxes() {
  const p = new SaxesParser({ xmlns: true });
  let bad = false;
  p.on("error", () => (bad = true));
  p.write(text).close();
  return bad;
}
function hand() {
  return checkXml(text) !== null;
}
const t = { hand: [], saxes: [] };
for (let i = 0; i <= runs; i++) {
  for (const [k, f] of [["hand", hand], ["saxes", saxes]]) {
    const t0 = process.hrtime.bigint();
    if (f()) throw new Error(k + " refused the part");
    if (i > 0) t[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
const mb = (text.length / 1e6).toFixed(1);
process.stdout.write(`bench xml_check.hand.ms ${median(t.hand).toFixed(1)} ms (${part}, ${mb} M chars, runs ${runs})\n`);
process.stdout.write(`bench xml_check.saxes.ms ${median(t.saxes).toFixed(1)} ms\n`);
