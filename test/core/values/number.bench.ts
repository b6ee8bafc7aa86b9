/**
 * Micro-check of readNumber's speed on a register-like mix of inputs. Not a
 * timed test (jest only runs *.test.ts) and asserts nothing; print the figure by hand:
 *
 *   npx jest test/core/values/number.bench.ts --testMatch '**\/*.bench.ts'
 *
 * Code running inside jest's sandbox is 20–50× slower than in plain Node
 * (every global lookup goes through the vm context), so the loop runs in a
 * child Node process on a plain transpile of src/core.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

const CORE = path.resolve(__dirname, "../../../src/core");

/** Transpiles src/core/{grid,settings}.ts and src/core/values/*.ts to CommonJS in a temp folder. */
function transpileCore(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-values-bench-"));
  fs.mkdirSync(path.join(out, "values"));
  const files = ["grid.ts", "settings.ts", ...fs.readdirSync(path.join(CORE, "values")).map((f) => "values/" + f)];
  for (const file of files) {
    const source = fs.readFileSync(path.join(CORE, file), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021 } });
    fs.writeFileSync(path.join(out, file.replace(/\.ts$/, ".js")), js.outputText);
  }
  return out;
}

const LOOP = `
const { readNumber } = require("./values/number.js");
const TEXT = ["9856", "14.8", "9,856人", "９，８５６人", "約14.8%", "220万件", "2,225,188件", "▲1,200千円", "１１３団体", "90％",
  "9,856人（３月末現在）", "未集計", "-", "220万件以上／年"];
const MIXES = { mixed: [9856, 14.8, 2225188, 0.905, 113, null, { error: "#N/A" }, ...TEXT], "text only": TEXT };
const N = 1000000;
let sink = 0;
for (const [name, mix] of Object.entries(MIXES)) {
  let best = Infinity;
  for (let i = 0; i < 200000; i++) sink += readNumber(mix[i % mix.length]).ok ? 1 : 0;
  for (let rep = 0; rep < 7; rep++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) sink += readNumber(mix[i % mix.length]).ok ? 1 : 0;
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  console.log("readNumber " + name + " (" + mix.length + " inputs): " + Math.round(N / best).toLocaleString("en") + " calls/s (best of 7, CPU time)");
}
if (sink === 0) console.log("(sink)");
`;

test("readNumber throughput (printed, not asserted)", () => {
  const dir = transpileCore();
  try {
    console.log(execFileSync(process.execPath, ["-e", LOOP], { cwd: dir, encoding: "utf8" }).trim());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
