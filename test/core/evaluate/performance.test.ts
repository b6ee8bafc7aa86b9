/**
 * 100,000 indicator rows (30,000 items) evaluate completely and correctly.
 * How fast, and how linear, is measured by `npm run bench` (engine.rows_per_s,
 * engine.per_row_ratio), never by a timed unit test: this machine is shared.
 */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { registerOf, type ItemSpec } from "../../helpers/register";
import { seedSettings } from "./support";

const AREAS = ["Ⅰ 地域協働の推進", "Ⅱ 情報の共有", "Ⅲ ＰＤＣＡ", "Ⅳ 財政基盤の強化", "Ⅴ 執行体制の再構築"];

function bigRegister(items: number) {
  const specs: ItemSpec[] = [];
  let rows = 0;
  for (let i = 1; i <= items; i++) {
    const n = 3 + (i % 3 === 0 ? 1 : 0);
    const indicators = [];
    for (let k = 0; k < n; k++) {
      const v = (i * 7 + k * 13) % 200;
      indicators.push(
        k % 4 === 0
          ? { indicator: "来場者数", target: "前年比5％以上", actual: `${(9000 + v).toLocaleString("ja-JP")}人`, prior: "８，５８８人", statedChange: "約14.8%増" }
          : k % 4 === 1
            ? { indicator: "登録団体数", target: "99団体以上", actual: `${50 + v}団体`, prior: "97団体" }
            : k % 4 === 2
              ? { indicator: "件数", target: "3件以下", actual: v % 5, unit: "件" }
              : { indicator: "方針", target: "27年度末までに策定", actual: v % 2 ? "策定済" : "未策定" },
      );
      rows++;
    }
    specs.push({
      no: String(i),
      area: AREAS[i % AREAS.length],
      name: "取組" + String(i),
      schedule: i % 10 === 0 ? "遅れ" : i % 17 === 0 ? "予定以上" : "予定どおり",
      cause: "要因",
      nextSteps: "対応",
      relistOf: i % 1000 === 0 ? String(i - 1) : "",
      indicators,
    });
  }
  return { register: registerOf(specs), rows };
}

test("100,000 indicator rows evaluate completely: every entry, every indicator row, every re-listing", () => {
  const big = bigRegister(30_000);
  expect(big.rows).toBeGreaterThanOrEqual(100_000);
  const e = evaluate(big.register, seedSettings());
  expect(e.total).toBe(30_000);
  expect(e.relisted).toBe(30);
  expect(e.items.reduce((n, item) => n + item.indicators.length, 0)).toBe(big.rows);
  expect(e.totals.S + e.totals.A + e.totals.B).toBe(30_000);
  // Every 10th entry is behind schedule: B whatever its indicators.
  expect(e.delayed.length).toBeGreaterThanOrEqual(3_000);
});
