/**
 * Re-listed entries (再掲, contract §5): an entry listed again under another
 * area takes the rating of the item it re-lists, looked up by No. Its own
 * indicators do not count.
 *
 * The lookup prefers an entry that is not itself re-listed (the re-listing
 * often carries the same No. as the original). Re-listing a re-listed entry is
 * a warning and the chain is followed to its original.
 */
import type { FindingParams } from "../findings/finding";

export interface RelistProblem {
  /** Index of the entry the finding is about. */
  readonly entry: number;
  readonly code: "relist-missing" | "relist-chain";
  readonly params: FindingParams;
}

export interface RelistResolution {
  /** Per entry: index of the original entry whose rating it takes; -1 when not re-listed or when none was found. */
  readonly original: readonly number[];
  readonly problems: readonly RelistProblem[];
}

/** A chain longer than this is a loop (no original at its end). */
const MAX_CHAIN = 16;

/**
 * `nos[i]` is entry i's No., `relistOf[i]` the No. it re-lists or null.
 */
export function resolveRelists(nos: readonly string[], relistOf: readonly (string | null)[]): RelistResolution {
  const n = nos.length;
  // Only Nos that some entry re-lists are ever looked up (a chain's next hop is
  // itself an entry's relistOf): index just those, not every entry of the register.
  const wanted = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = relistOf[i];
    if (t !== null) wanted.add(t);
  }
  const originals = new Map<string, number>();
  const any = new Map<string, number>();
  if (wanted.size > 0) {
    for (let i = 0; i < n; i++) {
      const no = nos[i];
      if (!wanted.has(no)) continue;
      if (relistOf[i] === null && !originals.has(no)) originals.set(no, i);
      if (!any.has(no)) any.set(no, i);
    }
  }

  const original: number[] = new Array<number>(n).fill(-1);
  const problems: RelistProblem[] = [];
  for (let i = 0; i < n; i++) {
    const first = relistOf[i];
    if (first === null) continue;
    let target = first;
    let found = originals.get(target);
    let steps = 0;
    while (found === undefined && steps < MAX_CHAIN) {
      const via = any.get(target);
      // Not there at all, or only this entry itself: nothing to take a rating from.
      if (via === undefined || (via === i && steps === 0)) break;
      const next = relistOf[via];
      if (next === null) break;
      if (steps === 0) problems.push({ entry: i, code: "relist-chain", params: { no: nos[i], target: first } });
      target = next;
      found = originals.get(target);
      steps++;
    }
    if (found === undefined) {
      // Further down a chain, the entry that points nowhere reports it itself; a loop has no such entry.
      if (steps === 0 || steps >= MAX_CHAIN) {
        problems.push({ entry: i, code: "relist-missing", params: { no: nos[i], target: first } });
      }
    } else {
      original[i] = found;
    }
  }
  return { original, problems };
}
