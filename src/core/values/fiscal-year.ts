/** Fiscal years and eras (contract §4). STUB — the values work fills this in. */
import type { Lang, Point } from "../settings";

/**
 * Reads a fiscal year written as `平成27年度`, `H27年度`, `令和元年度`, `2015年度`, `FY2015`, `2015`,
 * or `27年度` (an era year without era: read in the era of `contextYear`, itself a western year).
 * Returns the western year in which the fiscal year starts, or null when the text holds none
 * (or an era year that never existed, such as 平成32年度 — Heisei ended in its 31st year).
 */
export function readFiscalYear(_text: string, _contextYear: number | null): number | null {
  throw new Error("not implemented");
}

/** 2014 → 平成26年度 (ja) / FY2014 (en). Uses Intl's Japanese calendar. */
export function formatFiscalYear(_year: number, _lang: Lang): string {
  throw new Error("not implemented");
}

/** 2014 + yearEnd → 平成26年度末 / FY2014 year end; 2014 + half → 平成26年度上半期末 / FY2014 first half. */
export function formatPeriod(_year: number, _point: Point, _lang: Lang): string {
  throw new Error("not implemented");
}
