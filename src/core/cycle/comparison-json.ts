/**
 * `--json`'s `comparison` (contract §10): {previousPeriod, previous: {totals},
 * improved, worsened, changed: [{no, from, to}], added: [no], removed: [no]}.
 * `totals` has one key per level code plus notRated, as the result's own.
 */
import type { Comparison, LevelColumn } from "./types";

export interface ComparisonJson {
  previousPeriod: string;
  previous: { totals: Record<string, number> };
  improved: number;
  worsened: number;
  changed: { no: string; from: string | null; to: string | null }[];
  added: string[];
  removed: string[];
}

function levelKeys(codes: readonly string[], c: LevelColumn): Record<string, number> {
  const out: Record<string, number> = {};
  codes.forEach((code, i) => (out[code] = c.counts[i]));
  out.notRated = c.notRated;
  return out;
}

export function comparisonJson(c: Comparison): ComparisonJson {
  return {
    previousPeriod: c.previousPeriod,
    previous: { totals: levelKeys(c.codes, c.totals.previous) },
    improved: c.improved,
    worsened: c.worsened,
    changed: c.changed.map((x) => ({ no: x.no, from: x.from, to: x.to })),
    added: c.added.map((x) => x.no),
    removed: c.removed.map((x) => x.no),
  };
}
