/**
 * `--json`'s additions of contract §10 besides the comparison: `department`
 * (the one department of `report --department`), `departments` (担当課別) and
 * `progress` (進捗率 per indicator and the bands, this period and the previous).
 */
import type { Evaluation } from "../evaluate/types";
import { scaleOf } from "../settings/scale";
import { PROGRESS_BANDS, type BandCounts, type IndicatorProgress } from "./progress-types";

export interface DepartmentJson {
  /** null for the entries that name no department. */
  department: string | null;
  items: number;
  [level: string]: number | string | null;
}

export interface BandJson {
  /** Lower bound in percent, null for the first band (below 20 %, negative rates included). */
  from: number | null;
  /** Upper bound (exclusive), null for the last band (100 % or more). */
  to: number | null;
  count: number;
}

export interface BandsJson {
  bands: BandJson[];
  notComputed: number;
}

export interface ProgressJson extends BandsJson {
  indicators: Omit<IndicatorProgress, "row">[];
  previous?: BandsJson & { period: string };
}

export interface CycleJson {
  department?: string;
  departments?: DepartmentJson[];
  progress?: ProgressJson;
}

export function bandsJson(b: BandCounts): BandsJson {
  return {
    bands: PROGRESS_BANDS.map((from, k) => ({ from: k === 0 ? null : from, to: PROGRESS_BANDS[k + 1] ?? null, count: b.counts[k] })),
    notComputed: b.notComputed,
  };
}

/** The keys to add to the result; none of them when the run has no department, 担当課 tally or 基準値. */
export function cycleJson(ev: Evaluation): CycleJson {
  const out: CycleJson = {};
  if (ev.department !== undefined) out.department = ev.department;
  if (ev.departments !== undefined) {
    const codes = scaleOf(ev.settings).levels.map((l) => l.code);
    out.departments = ev.departments.rows.map((r) => {
      const row: DepartmentJson = { department: r.department === "" ? null : r.department, items: r.items };
      codes.forEach((c, k) => (row[c] = r.counts[k]));
      row.notRated = r.notRated;
      return row;
    });
  }
  const p = ev.progress;
  if (p !== undefined) {
    out.progress = {
      ...bandsJson(p.bands),
      indicators: p.indicators.map(({ row: _row, ...rest }) => rest),
      ...(p.previous ? { previous: { period: p.previous.period, ...bandsJson(p.previous.bands) } } : {}),
    };
  }
  return out;
}
