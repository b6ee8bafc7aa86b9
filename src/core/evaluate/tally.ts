/**
 * Grouping entries by area, in report order, and counting them (【表１】):
 * per area the entries (re-listed ones included) and how many are S, A, B.
 */
import { areaKey, romanRank } from "./area-order";
import type { AreaTally, Rating } from "./types";

export interface AreaPlan {
  readonly tally: readonly AreaTally[];
  /** Entry indices in report order: areas in order, then sheet order. */
  readonly order: Int32Array;
  /**
   * Per entry, the index in `tally` of its area, which names it as the tally
   * does: the settings' text, else the text of the area's first entry
   * (`Ⅰ　地域` and `Ⅰ 地域` are one area, named once).
   */
  readonly areaIndex: Int32Array;
  /** Areas not among the settings' areas (first entry's cell): one finding each. */
  readonly unknown: readonly { readonly area: string; readonly cell: string | null }[];
}

interface Group {
  readonly text: string;
  readonly first: number;
  /** Its place among the groups: the settings' areas first, then areas in first appearance. */
  readonly index: number;
  /** How many entries it has. */
  count: number;
}

/**
 * The areas in report order: the settings' first, then the others as found
 * (each an unknown area); without settings, by leading Roman numeral, then first appearance.
 */
function orderGroups(
  listed: Group[],
  found: Group[],
  areaCell: (i: number) => string | null,
): { ordered: Group[]; unknown: { area: string; cell: string | null }[] } {
  const unknown: { area: string; cell: string | null }[] = [];
  if (listed.length > 0) {
    for (const g of found) unknown.push({ area: g.text, cell: areaCell(g.first) });
    return { ordered: listed.concat(found), unknown };
  }
  const rank = new Map<Group, number>();
  for (const g of found) rank.set(g, romanRank(g.text) ?? Infinity);
  // Array.prototype.sort is stable: equal ranks keep first-appearance order.
  const ordered = found.slice().sort((a, b) => {
    const ra = rank.get(a)!;
    const rb = rank.get(b)!;
    return ra === rb ? a.first - b.first : ra < rb ? -1 : 1;
  });
  return { ordered, unknown };
}

/**
 * `settingsAreas` empty: areas by leading Roman numeral, then first
 * appearance. Otherwise in the settings' order (an area with no entry still
 * gets its row, with zeros), areas not listed appended in first appearance.
 * Per-entry lists are typed arrays: a tally of 100,000 entries keeps no list
 * of numbers for the GC to copy (see docs/engine.md).
 */
export function tallyAreas(
  /** Entries 0 … count − 1, each with its area as written (trimmed) and its rating. */
  count: number,
  areaOfEntry: (i: number) => string,
  ratingOf: (i: number) => Rating | null,
  settingsAreas: readonly string[],
  /** Address of entry i's area cell, for the unknown-area finding. */
  areaCell: (i: number) => string | null,
): AreaPlan {
  const groups = new Map<string, Group>();
  const listed: Group[] = [];
  for (const area of settingsAreas) {
    const key = areaKey(area);
    if (key === "" || groups.has(key)) continue;
    const g: Group = { text: area.trim(), first: -1, index: listed.length, count: 0 };
    groups.set(key, g);
    listed.push(g);
  }
  const found: Group[] = [];
  // Each entry's group, by Group.index.
  const groupOf = new Int32Array(count);
  // Entries of one area repeat its text: normalise each distinct text once.
  const keys = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const area = areaOfEntry(i);
    let key = keys.get(area);
    if (key === undefined) {
      key = areaKey(area);
      keys.set(area, key);
    }
    let g = groups.get(key);
    if (g === undefined) {
      g = { text: area.trim(), first: i, index: listed.length + found.length, count: 0 };
      groups.set(key, g);
      found.push(g);
    }
    g.count++;
    groupOf[i] = g.index;
  }

  const { ordered, unknown } = orderGroups(listed, found, areaCell);

  // Each group's place in the report (its index in `tally`) and where its first entry goes in `order`.
  const tallyIndexOf = new Int32Array(listed.length + found.length);
  const next = new Int32Array(listed.length + found.length);
  let placed = 0;
  ordered.forEach((g, k) => {
    tallyIndexOf[g.index] = k;
    next[g.index] = placed;
    placed += g.count;
  });
  const order = new Int32Array(count);
  const areaIndex = new Int32Array(count);
  const S = new Int32Array(ordered.length);
  const A = new Int32Array(ordered.length);
  const B = new Int32Array(ordered.length);
  for (let i = 0; i < count; i++) {
    const p = groupOf[i];
    const k = tallyIndexOf[p];
    order[next[p]++] = i;
    areaIndex[i] = k;
    const r = ratingOf(i);
    if (r === "S") S[k]++;
    else if (r === "A") A[k]++;
    else if (r === "B") B[k]++;
  }
  const tally: AreaTally[] = ordered.map((g, k) => ({ area: g.text, items: g.count, S: S[k], A: A[k], B: B[k] }));
  return { tally, order, areaIndex, unknown };
}
