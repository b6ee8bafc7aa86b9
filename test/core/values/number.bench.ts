/**
 * Micro-check of readNumber's speed on a register-like mix of inputs. Not a
 * timed test (jest only runs *.test.ts); print the figure by hand with
 *   npx jest test/core/values/number.bench.ts --testMatch '**\/*.bench.ts'
 */
import { readNumber } from "../../../src/core/values/number";
import type { CellValue } from "../../../src/core/grid";

const MIX: CellValue[] = [
  9856, 14.8, 2225188, 0.905, 113, null, "9856", "14.8", "9,856人", "９，８５６人", "約14.8%", "220万件",
  "2,225,188件", "▲1,200千円", "１１３団体", "90％", "9,856人（３月末現在）", "未集計", { error: "#N/A" }, "-",
];

test("readNumber throughput (printed, not asserted)", () => {
  const n = 3_000_000;
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += readNumber(MIX[i % MIX.length]).ok ? 1 : 0; // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += readNumber(MIX[i % MIX.length]).ok ? 1 : 0;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`readNumber: ${Math.round(n / seconds).toLocaleString("en")} calls/s on a mix of ${MIX.length} inputs (${sink})`);
});
