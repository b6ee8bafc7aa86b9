#!/usr/bin/env node
/**
 * Measures what the task pane downloads before it can start: every script the
 * built taskpane.html loads from the build itself (initial chunks), gzipped.
 * office.js is Microsoft's (CDN, or the office-js/ copy of OFFICE_JS=local) and is
 * listed apart, not counted. Lazy chunks (dynamic import()) are not in the page, so not counted.
 *
 *   node scripts/bundle-size.js [--dist DIR] [--build] [--max KB]
 *
 * --build  runs the production build first (webpack --mode production)
 * --max    exits 1 when the total exceeds KB (the budget is 150 KB)
 * Prints `bench pane.initial_js_gzip <KB> KB` (KB = 1024 bytes) on stdout; details on stderr.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");

const root = path.resolve(__dirname, "..");

function parseArgs(argv) {
  const args = { dist: path.join(root, "dist"), build: false, max: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--dist") args.dist = path.resolve(argv[++i]);
    else if (argv[i] === "--build") args.build = true;
    else if (argv[i] === "--max") args.max = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** The src of every <script> in the page, quoted or not (the production HTML is minified). */
function scriptSources(html) {
  const re = /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  const out = [];
  for (let m = re.exec(html); m !== null; m = re.exec(html)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function isOfficeJs(src) {
  return /(^|\/)office\.js(\?|$)/.test(src);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) {
    const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
    execFileSync(process.execPath, [webpack, "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  const htmlFile = path.join(args.dist, "taskpane.html");
  if (!fs.existsSync(htmlFile)) {
    console.error(`${htmlFile} not found: build first (npm run build) or pass --build`);
    process.exit(2);
  }
  let total = 0;
  for (const src of scriptSources(fs.readFileSync(htmlFile, "utf8"))) {
    if (/^(https?:)?\/\//i.test(src)) {
      console.error(`  external ${src} (not counted)`);
      continue;
    }
    const file = path.join(args.dist, src.split("?")[0]);
    const bytes = fs.readFileSync(file);
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    if (isOfficeJs(src)) {
      console.error(`  ${src}: ${(gz / 1024).toFixed(1)} KB gzip (office.js, not counted)`);
      continue;
    }
    console.error(`  ${src}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`);
    total += gz;
  }
  const kb = total / 1024;
  console.log(`bench pane.initial_js_gzip ${kb.toFixed(1)} KB`);
  if (args.max !== null && kb > args.max) {
    console.error(`initial JS ${kb.toFixed(1)} KB gzip exceeds ${args.max} KB`);
    process.exit(1);
  }
}

main();
