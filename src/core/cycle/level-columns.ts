/**
 * The comparison table's counts (contract §10): per area and in total, the
 * entries per level and not rated, this period against the previous. The
 * counts are the tally's: a re-listed entry (再掲) counts in its area and in
 * the total, as in 進捗集計, so the table's 今回 column equals 【表１】.
 */
import { areaKey } from "../evaluate/area-order";
import type { AreaComparison, LevelColumn, PeriodItem } from "./types";

interface Counter {
  area: string;
  counts: number[];
  notRated: number;
}

function emptyCounter(area: string, levels: number): Counter {
  return { area, counts: new Array<number>(levels).fill(0), notRated: 0 };
}

/** Level index of a code, or -1 for not rated (null, or a code not on the scale). */
export function levelIndexer(codes: readonly string[]): (level: string | null) => number {
  const index = new Map<string, number>(codes.map((c, i) => [c, i]));
  return (level) => (level === null ? -1 : (index.get(level) ?? -1));
}

function countInto(items: readonly PeriodItem[], levels: number, indexOf: (l: string | null) => number, areas: Map<string, Counter>, order: string[]): Counter[] {
  const mine = new Map<string, Counter>();
  for (const item of items) {
    const key = areaKey(item.area);
    if (!areas.has(key)) {
      areas.set(key, emptyCounter(item.area, levels));
      order.push(key);
    }
    let c = mine.get(key);
    if (c === undefined) {
      c = emptyCounter(areas.get(key)!.area, levels);
      mine.set(key, c);
    }
    const i = indexOf(item.level);
    if (i < 0) c.notRated++;
    else c.counts[i]++;
  }
  return order.map((k) => mine.get(k) ?? emptyCounter(areas.get(k)!.area, levels));
}

function diff(a: LevelColumn, b: LevelColumn): LevelColumn {
  return { counts: a.counts.map((n, i) => n - b.counts[i]), notRated: a.notRated - b.notRated };
}

function sum(columns: readonly LevelColumn[], levels: number): LevelColumn {
  const counts = new Array<number>(levels).fill(0);
  let notRated = 0;
  for (const c of columns) {
    c.counts.forEach((n, i) => (counts[i] += n));
    notRated += c.notRated;
  }
  return { counts, notRated };
}

/**
 * Rows per area — this period's areas in order (an area named as this period
 * names it; `Ⅰ　地域` and `Ⅰ 地域` are one), then areas only the previous
 * period had — and the total row.
 */
export function compareCounts(
  codes: readonly string[],
  current: readonly PeriodItem[],
  previous: readonly PeriodItem[],
): { areas: AreaComparison[]; totals: AreaComparison } {
  const levels = codes.length;
  const indexOf = levelIndexer(codes);
  const names = new Map<string, Counter>();
  const order: string[] = [];
  const now = countInto(current, levels, indexOf, names, order);
  const before = countInto(previous, levels, indexOf, names, order);
  // Areas first met in the previous period were appended after `now` was made.
  const nowAll = order.map((k, i) => now[i] ?? emptyCounter(names.get(k)!.area, levels));
  const areas = order.map((k, i) => {
    const c: LevelColumn = { counts: nowAll[i].counts, notRated: nowAll[i].notRated };
    const p: LevelColumn = { counts: before[i].counts, notRated: before[i].notRated };
    return { area: names.get(k)!.area, current: c, previous: p, change: diff(c, p) };
  });
  const c = sum(areas.map((a) => a.current), levels);
  const p = sum(areas.map((a) => a.previous), levels);
  return { areas, totals: { area: "", current: c, previous: p, change: diff(c, p) } };
}
