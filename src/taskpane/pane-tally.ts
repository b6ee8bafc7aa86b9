/**
 * 【表１】 as the pane shows it (table and chart), on the plan's scale: the
 * seed's S / A / B, or one column per level and 対象外・未評価 when entries
 * are not rated (contract §9). The same numbers and headings as the 進捗集計
 * sheet; the chart takes a colour per column, the same as the chart written
 * into 進捗集計 (core/report/level-colours.ts).
 */
import type { Evaluation } from "../core/evaluate/types";
import { RATINGS } from "../core/evaluate/types";
import { reportLabels } from "../core/report/labels";
import { levelHeaders } from "../core/report/scale-labels";
import { levelColours, NOT_RATED_COLOUR } from "../core/report/level-colours";
import { SEED_LEVELS } from "../core/settings/scale";
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

/** A level colour (core's `RRGGBB`) as CSS. */
const css = (rgb: string): string => "#" + rgb.toLowerCase();

export function paneTally(ev: Evaluation, t: PaneStrings): PaneTally {
  const L = reportLabels(ev.settings.lang).summary;
  const st = ev.scaleTally;
  if (st === undefined) {
    const legend: Readonly<Record<string, string>> = { S: t.ratingS, A: t.ratingA, B: t.ratingB };
    const headers = [L.headerS, L.headerA, L.headerB];
    const colours = levelColours(SEED_LEVELS);
    return {
      columns: RATINGS.map((r, i) => ({ header: headers[i], legend: legend[r], colour: css(colours[i]), key: r })),
      rows: ev.tally.map((a) => [a.S, a.A, a.B]),
      totals: [ev.totals.S, ev.totals.A, ev.totals.B],
    };
  }
  const headers = levelHeaders(st.scale, L);
  const colours = levelColours(st.scale.levels);
  const columns: PaneColumn[] = st.scale.levels.map((l, i) => ({
    header: headers[i],
    legend: headers[i],
    colour: css(colours[i]),
    key: l.code,
  }));
  const withNotRated = st.totals.notRated > 0;
  if (withNotRated) columns.push({ header: L.headerNotRated, legend: t.chartNotRated, colour: css(NOT_RATED_COLOUR), key: "notRated" });
  const counts = (c: { counts: readonly number[]; notRated: number }) => (withNotRated ? [...c.counts, c.notRated] : [...c.counts]);
  return { columns, rows: st.areas.map(counts), totals: counts(st.totals) };
}
