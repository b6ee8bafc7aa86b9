/**
 * The pane's reporting cycle through Office.js (contract §10), as the bench
 * measures it (bench/office-cycle.ts): the 62-item register reported for
 * 平成25年度末, every fifth item's スケジュール moved, then reported for
 * 平成26年度末 with the 評価履歴 the first report wrote. That write — 前回比較,
 * 評価履歴 with both periods and the chart with every other sheet — stays
 * within 3 round trips + 1 per 4 MB, and the fake workbook holds what it wrote.
 */
import { measureCycleRoundTrips, type CycleRoundTrips } from "../../../bench/office-cycle";
import { roundTripBound } from "../../../bench/trip-measure";
import { MARKER, type FakeSheet, type FakeValue } from "../../fakes/excel";
import { registerFixture, workbookWithRegister } from "./register-fixture";

function rowsOf(sheet: FakeSheet | undefined): FakeValue[][] {
  if (sheet === undefined) throw new Error("sheet missing");
  const used = sheet.usedRect(true);
  return used === null ? [] : sheet.valuesIn(used);
}

/** 「A←B（4 件）」 and its Nos, from 前回比較's list (group in the first column, No in the second). */
function groupsOf(rows: FakeValue[][]): [string, FakeValue[]][] {
  const out: [string, FakeValue[]][] = [];
  const start = rows.findIndex((r) => r[0] === "評価の変化（今回←前回）");
  for (const r of rows.slice(start + 1)) {
    if (r[1] === null) break;
    if (r[0] !== null) out.push([String(r[0]), []]);
    out[out.length - 1][1].push(r[1]);
  }
  return out;
}

const sorted = (xs: readonly FakeValue[]): FakeValue[] => [...xs].sort((a, b) => Number(a) - Number(b));

describe("the reporting cycle through Office.js (62 items, 平成25年度末 → 平成26年度末)", () => {
  let cycle: CycleRoundTrips;
  beforeAll(async () => {
    cycle = await measureCycleRoundTrips(workbookWithRegister(registerFixture(62)));
  }, 60000);

  it("writes the report with 前回比較, both periods' 評価履歴 and the chart within 3 round trips + 1 per 4 MB", () => {
    const { write } = cycle;
    expect(write.roundTrips).toBeLessThanOrEqual(roundTripBound(write));
    // Build (the markers of the sheets it replaces, the earlier report's, read in its first request), finalize.
    expect(write.roundTrips).toBe(2);
    expect(write.estimatedLargestRequestBytes).toBeGreaterThanOrEqual(write.largestRequestBytes);
    // The load read the earlier report's 評価履歴 (its extent with the markers, then its values): one trip on top of the register's 2.
    expect(cycle.load.roundTrips).toBe(3);
    expect(cycle.load.roundTrips).toBeLessThanOrEqual(roundTripBound(cycle.load));
  });

  it("replaces the earlier report's sheets and adds 前回比較, each marked as generated", () => {
    const names = cycle.workbook.sheetNames;
    expect(names.filter((n) => n === "前回比較" || n === "評価履歴")).toEqual(["評価履歴", "前回比較"]);
    expect(names.filter((n) => / \(\d+\)$/.test(n))).toEqual([]);
    for (const n of ["進捗集計", "前回比較", "評価履歴"]) expect(cycle.workbook.sheet(n)?.names).toEqual([MARKER]);
    expect(cycle.workbook.sheet("進捗集計")?.charts).toHaveLength(1);
  });

  it("前回比較 holds the sentence, the levels this period / the previous / 増減, and exactly the items whose level moved", () => {
    const rows = rowsOf(cycle.workbook.sheet("前回比較"));
    expect(rows[0][0]).toBe("第２次行財政再構築プランの平成26年度末進捗状況　前回（平成25年度末）との比較");
    expect(rows.map((r) => r[0])).toContain("平成25年度末に比べて良くなった項目が 4 項目、悪くなった項目が 5 項目となりました。");
    expect(rows.find((r) => r[0] === "計")).toEqual(["計", 7, 8, -1, 34, 33, 1, 21, 21, 0]);
    const groups = groupsOf(rows);
    expect(groups.map(([g]) => g)).toEqual(["A←S（1 件）", "A←B（4 件）", "B←A（4 件）"]);
    const nosTo = (schedule: string) => sorted(cycle.changed.filter((c) => c.to === schedule && c.from !== "予定以上").map((c) => c.no));
    // 遅れ caught up: B → A; fallen behind: A → B; of the 予定以上 moved back to 予定どおり, only No.25 was rated S.
    expect(sorted(groups[1][1])).toEqual(nosTo("予定どおり"));
    expect(sorted(groups[2][1])).toEqual(nosTo("遅れ"));
    expect(groups[0][1]).toEqual([25]);
    expect(rows.find((r) => r[1] === 15)?.[2]).toBe("取組15：窓口業務の見直し");
  });

  it("評価履歴 holds both periods' blocks, each item's level in each", () => {
    const rows = rowsOf(cycle.workbook.sheet("評価履歴"));
    expect(rows.filter((r) => /項目）$/.test(String(r[0]))).map((r) => r[0])).toEqual(["平成25年度末（62 項目）", "平成26年度末（62 項目）"]);
    const entry = (period: string, no: number) => rows.find((r) => r[0] === period && r[1] === no);
    expect(rows.filter((r) => r[0] === "平成25年度末")).toHaveLength(62);
    expect(rows.filter((r) => r[0] === "平成26年度末")).toHaveLength(62);
    expect([entry("平成25年度末", 15)?.[4], entry("平成26年度末", 15)?.[4]]).toEqual(["A", "B"]);
    expect([entry("平成25年度末", 20)?.[4], entry("平成26年度末", 20)?.[4]]).toEqual(["B", "A"]);
    expect([entry("平成25年度末", 25)?.[4], entry("平成26年度末", 25)?.[4]]).toEqual(["S", "A"]);
    expect(entry("平成26年度末", 4)?.[7]).toBe("指標4-1：808");
  });
});
