/**
 * 【表１】 as the pane shows it (table and chart), on the plan's scale: the
 * seed's S / A / B, or one column per level and 対象外・未評価 when entries
 * are not rated (contract §9). The same numbers and headings as the 進捗集計
 * sheet; the chart takes a colour per column.
 */
import type { Evaluation } from "../core/evaluate/types";
import { RATINGS } from "../core/evaluate/types";
import { reportLabels } from "../core/report/labels";
import { levelHeaders } from "../core/report/scale-labels";
import type { PaneStrings } from "./strings";

export interface PaneColumn {
  /** 表１'s heading. */
  readonly header: string;
  /** The chart legend's words. */
  readonly legend: string;
  /** Fill in the chart; each keeps ≥ 4.5:1 contrast with the white numbers on it. */
  readonly colour: string;
  /** Class suffix of the chart's segments (`segment-S`, `segment-notRated`). */
  readonly key: string;
}

export interface PaneTally {
  readonly columns: readonly PaneColumn[];
  /** Per area (ev.tally order): the counts per column. */
  readonly rows: readonly (readonly number[])[];
  readonly totals: readonly number[];
}

/** The seed's colours: S green, A blue, B orange. */
const SEED_COLOURS: Readonly<Record<string, string>> = { S: "#107c10", A: "#0f6cbd", B: "#bc4b09" };
/** Levels not behind, best first; behind levels; not rated. */
const GOOD = ["#107c10", "#0f6cbd", "#036c70", "#5c2e91", "#004e8c"];
const BEHIND = ["#bc4b09", "#a4262c", "#8e562e", "#750b1c"];
const NOT_RATED = "#616161";

export function paneTally(ev: Evaluation, t: PaneStrings): PaneTally {
  const L = reportLabels(ev.settings.lang).summary;
  const st = ev.scaleTally;
  if (st === undefined) {
    const legend: Readonly<Record<string, string>> = { S: t.ratingS, A: t.ratingA, B: t.ratingB };
    const headers = [L.headerS, L.headerA, L.headerB];
    return {
      columns: RATINGS.map((r, i) => ({ header: headers[i], legend: legend[r], colour: SEED_COLOURS[r], key: r })),
      rows: ev.tally.map((a) => [a.S, a.A, a.B]),
      totals: [ev.totals.S, ev.totals.A, ev.totals.B],
    };
  }
  let good = 0;
  let behind = 0;
  const headers = levelHeaders(st.scale, L);
  const columns: PaneColumn[] = st.scale.levels.map((l, i) => ({
    header: headers[i],
    legend: headers[i],
    colour: l.behind ? BEHIND[behind++ % BEHIND.length] : GOOD[good++ % GOOD.length],
    key: l.code,
  }));
  const withNotRated = st.totals.notRated > 0;
  if (withNotRated) columns.push({ header: L.headerNotRated, legend: t.chartNotRated, colour: NOT_RATED, key: "notRated" });
  const counts = (c: { counts: readonly number[]; notRated: number }) => (withNotRated ? [...c.counts, c.notRated] : [...c.counts]);
  return { columns, rows: st.areas.map(counts), totals: counts(st.totals) };
}
