#!/usr/bin/env node
// The `shinchoku` command. The TypeScript sources are compiled to lib/ by `npm run build:cli`
// (run automatically by `npm ci` through the `prepare` script).
"use strict";
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch {
  process.stderr.write("shinchoku: the command is not built yet; run `npm run build:cli` (or `npm ci`).\n");
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => process.exit(code));
