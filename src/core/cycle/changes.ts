/**
 * Which items changed level between two periods (contract §10). Items are
 * matched by No.; each item counts once: an entry that re-lists another
 * (再掲) takes that item's rating and is not compared again, and a No.
 * written twice is the item of its first entry.
 */
import { levelIndexer } from "./level-columns";
import type { ChangeGroup, Changes, ItemChange, ItemRef, PeriodItem } from "./types";

/** The items of a period by No., first entry of each No., re-listing entries left out; in register order. */
function itemsByNo(items: readonly PeriodItem[]): Map<string, PeriodItem> {
  const out = new Map<string, PeriodItem>();
  for (const item of items) {
    if (item.relistOf !== undefined && item.relistOf !== null) continue;
    if (!out.has(item.no)) out.set(item.no, item);
  }
  return out;
}

function ref(item: PeriodItem): ItemRef {
  return { no: item.no, name: item.name };
}

/** Groups 「to←from」 in scale order: by the level reached, then the level left; not rated last. */
function groupChanges(changed: readonly ItemChange[], indexOf: (l: string | null) => number): ChangeGroup[] {
  const groups = new Map<string, { from: string | null; to: string | null; items: ItemRef[] }>();
  for (const c of changed) {
    const key = `${indexOf(c.to)}\u0000${c.to ?? ""}\u0000${indexOf(c.from)}\u0000${c.from ?? ""}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { from: c.from, to: c.to, items: [] };
      groups.set(key, g);
    }
    g.items.push({ no: c.no, name: c.name });
  }
  // Not rated (index −1) sorts after every level.
  const rank = (l: string | null) => {
    const i = indexOf(l);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.to) - rank(b.to) || rank(a.from) - rank(b.from));
}

export function findChanges(codes: readonly string[], current: readonly PeriodItem[], previous: readonly PeriodItem[]): Changes {
  const indexOf = levelIndexer(codes);
  const now = itemsByNo(current);
  const before = itemsByNo(previous);
  let improved = 0;
  let worsened = 0;
  const changed: ItemChange[] = [];
  const added: ItemRef[] = [];
  for (const item of now.values()) {
    const old = before.get(item.no);
    if (old === undefined) {
      added.push(ref(item));
      continue;
    }
    const to = indexOf(item.level);
    const from = indexOf(old.level);
    // A code not on the scale reads as not rated, on both sides alike.
    const toCode = to < 0 ? null : item.level;
    const fromCode = from < 0 ? null : old.level;
    if (toCode === fromCode) continue;
    changed.push({ no: item.no, name: item.name, from: fromCode, to: toCode });
    if (to >= 0 && from >= 0) {
      if (to < from) improved++;
      else worsened++;
    }
  }
  const removed = [...before.values()].filter((item) => !now.has(item.no)).map(ref);
  return { improved, worsened, changed, groups: groupChanges(changed, indexOf), added, removed };
}
