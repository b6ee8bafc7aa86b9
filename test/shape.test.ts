/**
 * The code-shape rules no linter checks (scripts/check-shape.js): no function
 * over 80 lines under src/ (no exception left: every long function has been
 * split), no call with more than 5 positional arguments in src/core, no
 * `instanceof` on a class of src/core anywhere under src/, and no module-level
 * mutable state in src/core.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkShape, checkSource, classNames } = require("../scripts/check-shape.js") as {
  checkShape(): Breach[];
  checkSource(rel: string, text: string, opts: { args: boolean; state?: boolean; coreClasses?: Set<string> }): Breach[];
  classNames(texts: [string, string][]): Set<string>;
};

interface Breach {
  file: string;
  line: number;
  kind: "lines" | "args" | "state" | "instanceof";
  name: string;
  size: number;
  text: string;
}

describe("code shape", () => {
  const breaches = checkShape();

  it("src/: no function over 80 lines", () => {
    expect(breaches.filter((b) => b.kind === "lines").map((b) => b.text)).toEqual([]);
  });

  it("src/core: no call with more than 5 positional arguments", () => {
    expect(breaches.filter((b) => b.kind === "args").map((b) => b.text)).toEqual([]);
  });

  it("src/: no instanceof on a class of src/core", () => {
    expect(breaches.filter((b) => b.kind === "instanceof").map((b) => b.text)).toEqual([]);
  });

  it("src/core: no module-level mutable state", () => {
    expect(breaches.filter((b) => b.kind === "state").map((b) => b.text)).toEqual([]);
  });

  it("finds what it looks for: an 81-line function, a method, a call with 6 arguments (not 5)", () => {
    const body = Array.from({ length: 79 }, (_, i) => `  x += ${i};`).join("\n");
    const src = `function long(x: number) {\n${body}\n}\nclass K {\n  m(x: number) {\n${body}\n  }\n}\nf(1, 2, 3, 4, 5, 6);\nf(1, 2, 3, 4, 5);\n`;
    const found = checkSource("src/core/x.ts", src, { args: true }).map((b) => [b.kind, b.name, b.size]);
    expect(found).toEqual([["lines", "long", 81], ["lines", "m", 81], ["args", "f", 6]]);
    expect(checkSource("src/taskpane/x.ts", src, { args: false }).map((b) => b.kind)).toEqual(["lines", "lines"]);
  });

  it("finds module-level mutable state: let/var, a Map/Set/array without a read-only type, a static field, a stateful regex", () => {
    const src = [
      "let count = 0;",
      "export var total = 0;",
      "const CACHE = new Map<string, number>();",
      "const SEEN = new Set<string>();",
      "const LIST = [1, 2];",
      "const FIXED: ReadonlyMap<string, number> = new Map();",
      "const WORDS: readonly string[] = ['a'];",
      "const NAMES: ReadonlySet<string> = new Set(['a']);",
      "const LIMIT = 5;",
      "const STYLE = { bold: true } as const;",
      "const SPACES = /\\s+/g;",
      "const DIGITS = /\\d+/g;",
      "const STICKY = new RegExp('x', 'y');",
      "const COPIED = /a/g;",
      "const PLAIN = /a/;",
      "class K { static n = 0; static readonly m = 1; x = 0; }",
      "export function f(s: string): string {",
      "  const r = new RegExp(COPIED);",
      "  let local = 1;",
      "  local += count + total + CACHE.size + SEEN.size + LIST.length + LIMIT + r.lastIndex + (PLAIN.test(s) ? 1 : 0);",
      "  const alias = STICKY;",
      "  return s.replace(SPACES, ' ') + String(DIGITS.exec(s)) + alias.source + local;",
      "}",
    ].join("\n");
    const found = checkSource("src/core/x.ts", src, { args: true, state: true }).map((b) => [b.kind, b.name]);
    expect(found).toEqual([
      ["state", "count"],
      ["state", "total"],
      ["state", "CACHE"],
      ["state", "SEEN"],
      ["state", "LIST"],
      ["state", "n"],
      // Regexes in the order of their first stateful use.
      ["state", "STICKY"],
      ["state", "DIGITS"],
    ]);
    expect(checkSource("src/core/x.ts", src, { args: true }).filter((b) => b.kind === "state")).toEqual([]);
  });

  it("finds instanceof on a class of src/core, not on others", () => {
    const classes = classNames([["src/core/a.ts", "export class ItemTable {}\nclass Inner { m() { class Local {} } }"]]);
    expect([...classes].sort()).toEqual(["Inner", "ItemTable", "Local"]);
    const src = "export function f(x: unknown): boolean {\n  return x instanceof ItemTable || x instanceof core.Inner || x instanceof Error || x instanceof Map;\n}\n";
    const found = checkSource("src/workbook/x.ts", src, { args: false, coreClasses: classes }).map((b) => [b.kind, b.name, b.line]);
    expect(found).toEqual([["instanceof", "ItemTable", 2], ["instanceof", "Inner", 2]]);
  });
});
