/**
 * The result as the command line's `--json` prints it (contract §8). Field
 * names are part of the contract: scripts of the division read them.
 */
import type { Evaluation, Rating } from "./evaluate/types";
import type { Finding, Severity } from "./findings/finding";
import { findingMessage } from "./i18n";
import type { Lang } from "./settings";

export interface ResultJson {
  plan: string;
  period: string;
  total: number;
  relisted: number;
  tally: { area: string; items: number; S: number; A: number; B: number }[];
  totals: { S: number; A: number; B: number };
  items: { no: number | string; area: string; rating: Rating | null; computed: Rating | null }[];
  delayed: (number | string)[];
  findings: FindingJson[];
  /** Sheets written, when a report was written. */
  written?: string[];
  output?: string;
}

export interface FindingJson {
  severity: Severity;
  code: string;
  cell: string | null;
  message: string;
}

/** One finding as every command's `--json` prints it. */
export function findingJson(f: Finding, lang: Lang): FindingJson {
  return { severity: f.severity, code: f.code, cell: f.cell, message: findingMessage(f, lang) };
}

export function resultJson(evaluation: Evaluation, lang: Lang): ResultJson {
  return {
    plan: evaluation.settings.plan,
    period: evaluation.period,
    total: evaluation.total,
    relisted: evaluation.relisted,
    tally: evaluation.tally.map((t) => ({ area: t.area, items: t.items, S: t.S, A: t.A, B: t.B })),
    totals: { ...evaluation.totals },
    items: evaluation.items.map((i) => ({ no: i.no, area: i.area, rating: i.rating, computed: i.computed })),
    delayed: evaluation.delayed.map((i) => i.no),
    findings: evaluation.findings.map((f) => findingJson(f, lang)),
  };
}
