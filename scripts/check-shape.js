#!/usr/bin/env node
/**
 * `node scripts/check-shape.js`: the code-shape rules of the project that a
 * linter does not check, printed one line per breach (exit 1 when any):
 * - no function over 80 lines under src/ (body lines, from its first line to its last);
 * - no call with more than 5 positional arguments in src/core (a record says what each value is).
 * Run by test/shape.test.ts, so that the rules stay true (it allows the
 * breaches outside src/core that were there when it was written, no longer than they were).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const MAX_LINES = 80;
const MAX_ARGS = 5;

function filesUnder(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (/\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

function isFunction(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (p && ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) return p.name.text;
  return "(anonymous)";
}

/** Breaches in one file: { file, line, kind: "lines" | "args", name, size, text }. */
function check(file, opts) {
  return checkSource(path.relative(ROOT, file).split(path.sep).join("/"), fs.readFileSync(file, "utf8"), opts);
}

/** Breaches in one source text named `rel`; `args`: check the calls too. */
function checkSource(rel, text, { args }) {
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
  const out = [];
  const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node) => {
    if (isFunction(node) && node.body) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart(sf)) + 1;
      if (lines > MAX_LINES) {
        const at = lineOf(node.getStart(sf));
        out.push({ file: rel, line: at, kind: "lines", name: nameOf(node), size: lines, text: `${rel}:${at}: function ${nameOf(node)} has ${lines} lines (max ${MAX_LINES})` });
      }
    }
    if (args && (ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments && node.arguments.length > MAX_ARGS) {
      const callee = node.expression.getText(sf).slice(0, 40);
      const at = lineOf(node.getStart(sf));
      const n = node.arguments.length;
      out.push({ file: rel, line: at, kind: "args", name: callee, size: n, text: `${rel}:${at}: call of ${callee} with ${n} positional arguments (max ${MAX_ARGS})` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function checkShape() {
  const src = path.join(ROOT, "src");
  const core = path.join(src, "core") + path.sep;
  const out = [];
  for (const f of filesUnder(src)) out.push(...check(f, { args: f.startsWith(core) }));
  return out;
}

module.exports = { checkShape, checkSource, MAX_LINES, MAX_ARGS };

if (require.main === module) {
  const breaches = checkShape();
  for (const b of breaches) process.stdout.write(b.text + "\n");
  process.stdout.write(`check-shape: ${breaches.length} breach(es)\n`);
  process.exit(breaches.length === 0 ? 0 : 1);
}
