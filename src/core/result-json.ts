/**
 * The result as the command line's `--json` prints it (contract §8). Field
 * names are part of the contract: scripts of the division read them.
 */
import type { Evaluation, Rating } from "./evaluate/types";
import type { Finding, Severity } from "./findings/finding";
import { findingMessage } from "./i18n";
import type { Lang } from "./settings";
import { scaleOf, type RatingMethod } from "./settings/scale";
import { cycleJson, type CycleJson } from "./progress/progress-json";

export interface ResultJson extends CycleJson {
  plan: string;
  period: string;
  total: number;
  relisted: number;
  /** Per area: its entries, one key per level code (S, A, B on the seed's scale) and notRated (contract §9). */
  tally: ({ area: string; items: number } & Record<string, number | string>)[];
  totals: Record<string, number>;
  items: { no: number | string; area: string; rating: Rating | null; computed: Rating | null }[];
  delayed: (number | string)[];
  findings: FindingJson[];
  /** The plan's scale, best level first (contract §9). */
  scale: { code: string; label: string; threshold: number | null; behind: boolean }[];
  method: RatingMethod;
  /** Sheets written, when a report was written. */
  written?: string[];
  output?: string;
}

export interface FindingJson {
  severity: Severity;
  code: string;
  cell: string | null;
  /** On a consolidated register: the department's own cell (「財政課.xlsx 取組一覧!H12」). */
  source?: string;
  message: string;
}

/** One finding as every command's `--json` prints it. */
export function findingJson(f: Finding, lang: Lang): FindingJson {
  const json: FindingJson = { severity: f.severity, code: f.code, cell: f.cell, message: findingMessage(f, lang) };
  // The department's own cell, after cell, on a consolidated register only (the golden output is unchanged).
  return f.source === undefined ? json : { severity: f.severity, code: f.code, cell: f.cell, source: f.source, message: json.message };
}

/** One key per level code, then notRated: from the scale's tally, else the seed's S / A / B. */
function levelKeys(evaluation: Evaluation, k: number | null): Record<string, number> {
  const st = evaluation.scaleTally;
  const out: Record<string, number> = {};
  if (st === undefined) {
    const t = k === null ? evaluation.totals : evaluation.tally[k];
    return { S: t.S, A: t.A, B: t.B, notRated: 0 };
  }
  const c = k === null ? st.totals : st.areas[k];
  st.scale.levels.forEach((l, i) => (out[l.code] = c.counts[i]));
  out.notRated = c.notRated;
  return out;
}

/** The totals as --json gives them (`totals`): one key per level code, then notRated. */
export function totalsJson(evaluation: Evaluation): Record<string, number> {
  return levelKeys(evaluation, null);
}

export function resultJson(evaluation: Evaluation, lang: Lang): ResultJson {
  const scale = scaleOf(evaluation.settings);
  return {
    plan: evaluation.settings.plan,
    period: evaluation.period,
    total: evaluation.total,
    relisted: evaluation.relisted,
    tally: evaluation.tally.map((t, k) => ({ area: t.area, items: t.items, ...levelKeys(evaluation, k) })),
    totals: totalsJson(evaluation),
    items: evaluation.items.map((i) => ({ no: i.no, area: i.area, rating: i.rating, computed: i.computed })),
    delayed: evaluation.delayed.map((i) => i.no),
    findings: evaluation.findings.map((f) => findingJson(f, lang)),
    scale: scale.levels.map((l) => ({ code: l.code, label: l.label, threshold: l.threshold, behind: l.behind })),
    method: scale.method,
    // Contract §10: department, departments (担当課別), progress (進捗率); absent when the run has none.
    ...cycleJson(evaluation),
  };
}
