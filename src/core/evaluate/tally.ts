/**
 * Grouping entries by area, in report order, and counting them (【表１】):
 * per area the entries (re-listed ones included) and how many are S, A, B.
 */
import { areaKey, romanRank } from "./area-order";
import type { AreaTally, Rating } from "./types";

export interface AreaPlan {
  readonly tally: readonly AreaTally[];
  /** Entry indices in report order: areas in order, then sheet order. */
  readonly order: readonly number[];
  /**
   * Per entry, its area as the tally names it: the settings' text, else the
   * text of the area's first entry (`Ⅰ　地域` and `Ⅰ 地域` are one area, named once).
   */
  readonly areaOf: readonly string[];
  /** Areas not among the settings' areas (first entry's cell): one finding each. */
  readonly unknown: readonly { readonly area: string; readonly cell: string | null }[];
}

interface Group {
  readonly text: string;
  readonly first: number;
  readonly members: number[];
}

/**
 * `settingsAreas` empty: areas by leading Roman numeral, then first
 * appearance. Otherwise in the settings' order (an area with no entry still
 * gets its row, with zeros), areas not listed appended in first appearance.
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
    const g: Group = { text: area.trim(), first: -1, members: [] };
    groups.set(key, g);
    listed.push(g);
  }
  const found: Group[] = [];
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
      g = { text: area.trim(), first: i, members: [] };
      groups.set(key, g);
      found.push(g);
    }
    g.members.push(i);
  }

  let ordered: Group[];
  const unknown: { area: string; cell: string | null }[] = [];
  if (listed.length > 0) {
    ordered = listed.concat(found);
    for (const g of found) unknown.push({ area: g.text, cell: areaCell(g.first) });
  } else {
    const rank = new Map<Group, number>();
    for (const g of found) rank.set(g, romanRank(g.text) ?? Infinity);
    // Array.prototype.sort is stable: equal ranks keep first-appearance order.
    ordered = found.slice().sort((a, b) => {
      const ra = rank.get(a)!;
      const rb = rank.get(b)!;
      return ra === rb ? a.first - b.first : ra < rb ? -1 : 1;
    });
  }

  const order: number[] = new Array<number>(count);
  let placed = 0;
  const areaOf: string[] = new Array<string>(count);
  const tally: AreaTally[] = [];
  for (const g of ordered) {
    let S = 0;
    let A = 0;
    let B = 0;
    for (const i of g.members) {
      order[placed++] = i;
      areaOf[i] = g.text;
      const r = ratingOf(i);
      if (r === "S") S++;
      else if (r === "A") A++;
      else if (r === "B") B++;
    }
    tally.push({ area: g.text, items: g.members.length, S, A, B });
  }
  return { tally, order, areaOf, unknown };
}
