#!/usr/bin/env node
/**
 * `node scripts/check-shape.js`: the code-shape rules of the project that a
 * linter does not check, printed one line per breach (exit 1 when any):
 * - no function over 80 lines under src/ (body lines, from its first line to its last);
 * - no call with more than 5 positional arguments in src/core (a record says what each value is);
 * - no `instanceof` on a class of src/core (register/result classes) anywhere under src/: the
 *   shape of a store stays behind its read interface, callers never branch on it;
 * - no module-level mutable state in src/core: no top-level `let`/`var`, no top-level
 *   Map/Set/WeakMap/WeakSet/array made without a read-only type, no static field that is not
 *   readonly, and no global or sticky regex at top level used through exec/test/lastIndex
 *   (whose lastIndex is state between calls; replace/split/match reset it and are fine).
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

const MUTABLE_CONSTRUCTORS = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array"]);

/** A type annotation that makes the value read-only (ReadonlyMap, readonly T[], Readonly<…>). */
function isReadonlyType(type) {
  if (type === undefined) return false;
  const text = type.getText();
  return /^(Readonly(Map|Set|Array)?\b|readonly\s)/.test(text);
}

/** An initializer whose value can be changed in place: a new Map/Set/…, an array literal (not `as const`). */
function isMutableInitializer(init) {
  if (init === undefined) return false;
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) return MUTABLE_CONSTRUCTORS.has(init.expression.text);
  return ts.isArrayLiteralExpression(init);
}

/** Names of the top-level regex literals / `new RegExp(…, "…g…" | "…y…")` declared in the file, with their position. */
function statefulRegexes(sf) {
  const out = new Map();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.initializer === undefined) continue;
      const init = d.initializer;
      let flags = null;
      if (ts.isRegularExpressionLiteral(init)) flags = init.text.slice(init.text.lastIndexOf("/") + 1);
      else if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "RegExp") {
        const f = init.arguments && init.arguments[1];
        flags = f !== undefined && ts.isStringLiteralLike(f) ? f.text : "";
      }
      if (flags !== null && /[gy]/.test(flags)) out.set(d.name.text, d);
    }
  }
  return out;
}

const STATELESS_STRING_METHODS = new Set(["replace", "replaceAll", "split", "match", "matchAll", "search"]);

/** `s.replace(RE, …)` and the like, or a copy `new RegExp(RE)`: the string method resets a global regex's lastIndex (matchAll copies it). */
function isStatelessUse(id) {
  const call = id.parent;
  // `new RegExp(RE)`: a copy, with a lastIndex of its own.
  if (ts.isNewExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === "RegExp") return true;
  return (
    ts.isCallExpression(call) &&
    call.arguments.includes(id) &&
    ts.isPropertyAccessExpression(call.expression) &&
    STATELESS_STRING_METHODS.has(call.expression.name.text)
  );
}

/** Module-level mutable state in one file (src/core). */
function moduleState(rel, sf, lineOf) {
  const out = [];
  const push = (node, name, what) => {
    const at = lineOf(node.getStart(sf));
    out.push({ file: rel, line: at, kind: "state", name, size: 0, text: `${rel}:${at}: module-level mutable state: ${what}` });
  };
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of st.declarationList.declarations) {
      const name = d.name.getText(sf);
      if (!isConst) push(d, name, `${name} is a top-level let/var`);
      else if (isMutableInitializer(d.initializer) && !isReadonlyType(d.type)) push(d, name, `${name} is a top-level ${d.initializer.getText(sf).slice(0, 20)}… without a read-only type`);
    }
  }
  const regexes = statefulRegexes(sf);
  const used = new Set();
  const visit = (node) => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      for (const m of node.members) {
        const mods = ts.canHaveModifiers(m) ? ts.getModifiers(m) ?? [] : [];
        const isStatic = mods.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
        const isReadonly = mods.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword);
        if (ts.isPropertyDeclaration(m) && isStatic && !isReadonly) push(m, m.name.getText(sf), `static ${m.name.getText(sf)} is not readonly`);
      }
    }
    if (ts.isIdentifier(node) && regexes.has(node.text) && node !== regexes.get(node.text).name && !used.has(node.text) && !isStatelessUse(node)) {
      used.add(node.text);
      push(regexes.get(node.text), node.text, `${node.text} is a top-level global/sticky regex used otherwise than by replace/split/match/search (its lastIndex is state between calls)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** `x instanceof K` where K is one of `classes` (the class names declared in src/core). */
function instanceofBreaches(rel, sf, lineOf, classes) {
  const out = [];
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
      const right = node.right.getText(sf);
      const name = right.split(".").pop();
      if (classes.has(name)) {
        const at = lineOf(node.getStart(sf));
        out.push({ file: rel, line: at, kind: "instanceof", name, size: 0, text: `${rel}:${at}: instanceof ${right} (a class of src/core: use its read interface)` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Names of the classes declared in these source texts. */
function classNames(texts) {
  const names = new Set();
  for (const [rel, text] of texts) {
    const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isClassDeclaration(node) && node.name) names.add(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return names;
}

/**
 * Breaches in one source text named `rel`; `args`: check the calls too; `state`: module-level
 * mutable state too (src/core); `coreClasses`: class names of src/core, whose instanceof is a breach.
 */
function checkSource(rel, text, { args, state = false, coreClasses = new Set() }) {
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
  if (state) out.push(...moduleState(rel, sf, lineOf));
  if (coreClasses.size > 0) out.push(...instanceofBreaches(rel, sf, lineOf, coreClasses));
  return out;
}

function checkShape() {
  const src = path.join(ROOT, "src");
  const core = path.join(src, "core") + path.sep;
  const files = filesUnder(src);
  const coreClasses = classNames(files.filter((f) => f.startsWith(core)).map((f) => [f, fs.readFileSync(f, "utf8")]));
  const out = [];
  for (const f of files) {
    const inCore = f.startsWith(core);
    out.push(...check(f, { args: inCore, state: inCore, coreClasses }));
  }
  return out;
}

module.exports = { checkShape, checkSource, classNames, MAX_LINES, MAX_ARGS };

if (require.main === module) {
  const breaches = checkShape();
  for (const b of breaches) process.stdout.write(b.text + "\n");
  process.stdout.write(`check-shape: ${breaches.length} breach(es)\n`);
  process.exit(breaches.length === 0 ? 0 : 1);
}
