/**
 * 進捗集計's 進捗率 part (contract §10): the sentence, the table of
 * indicators by 進捗率 band — this period, and the previous one with 増減 when
 * it is known — and the list of indicators with their 進捗率.
 */
import type { Evaluation } from "../evaluate/types";
import { fill } from "../i18n";
import { formatFiscalYear } from "../values/fiscal-year";
import { PROGRESS_BANDS, type BandCounts, type IndicatorProgress, type ProgressRates } from "../progress/progress-types";
import type { ReportValue } from "./model";
import type { ReportLabels } from "./labels";
import { wrappedRowHeight } from "./row-height";
import { spanWidth, type SheetDraft } from "./sheet-draft";
import { BODY, CAPTION, HEADER, NUMBER, PERCENT, SENTENCE, TOTAL } from "./styles";

/** Columns of the indicator list (the widest part): indicator, 基準値, 実績値, 最終目標値, 進捗率, 経過割合. */
export const PROGRESS_LIST_COLUMNS = 6;

type Labels = ReportLabels["progress"];

/** A band's name: 「20%未満」, 「20%以上40%未満」, 「100%以上」. */
export function bandLabel(band: number, L: Labels): string {
  const from = PROGRESS_BANDS[band];
  const to = PROGRESS_BANDS[band + 1];
  if (band === 0) return fill(L.bandBelow, { to });
  return to === undefined ? fill(L.bandAbove, { from }) : fill(L.bandBetween, { from, to });
}

/** The band table's rows (band, this period[, previous, 増減]), 算出できないもの when any, 計: the sheet's and the pane's. */
export function bandRows(p: ProgressRates, L: Labels): ReportValue[][] {
  const prev = p.previous?.bands;
  const row = (label: string, now: number, before: number | undefined): ReportValue[] =>
    before === undefined ? [label, now] : [label, now, before, now - before];
  const rows = PROGRESS_BANDS.map((_, b) => row(bandLabel(b, L), p.bands.counts[b], prev?.counts[b]));
  if (p.bands.notComputed > 0 || (prev?.notComputed ?? 0) > 0) rows.push(row(L.notComputed, p.bands.notComputed, prev?.notComputed));
  const sum = (c: BandCounts) => c.counts.reduce((a, b) => a + b, 0) + c.notComputed;
  rows.push(row(L.total, sum(p.bands), prev === undefined ? undefined : sum(prev)));
  return rows;
}

/** The band table's headings: 進捗率, this period[, the previous, 増減]. */
export function bandHeaders(ev: Evaluation, p: ProgressRates, L: Labels): string[] {
  const period = ev.period.trim();
  const headers = [L.headerBand, period === "" ? L.headerThisNoPeriod : fill(L.headerThis, { period })];
  if (p.previous !== undefined) headers.push(fill(L.headerPrevious, { period: p.previous.period }), L.headerChange);
  return headers;
}

function appendBandTable(d: SheetDraft, ev: Evaluation, p: ProgressRates, widths: readonly number[], L: Labels): void {
  const headers = bandHeaders(ev, p, L);
  const last = headers.length - 1;
  const header = d.addRow(headers, wrappedRowHeight(headers, widths));
  d.style(header, 0, header, last, HEADER);
  for (const r of bandRows(p, L)) d.addRow(r);
  const end = d.nextRow - 1;
  d.style(header + 1, 0, end, 0, BODY);
  d.style(header + 1, 1, end, last, NUMBER);
  d.style(end, 0, end, last, TOTAL);
}

function yearText(y: number | null, ev: Evaluation, L: Labels): string {
  return y === null ? L.yearUnknown : formatFiscalYear(y, ev.settings.lang);
}

function listRow(i: IndicatorProgress, ev: Evaluation, L: Labels): ReportValue[] {
  const years = i.baselineYear === null && i.targetYear === null ? "" : fill(L.yearsPart, { from: yearText(i.baselineYear, ev, L), to: yearText(i.targetYear, ev, L) });
  const label = fill(L.indicatorLabel, { no: i.no, indicator: i.indicator === "" ? i.item : i.indicator, years });
  const pct = (v: number | null) => (v === null ? null : Number((v / 100).toPrecision(12)));
  return [label, i.baseline, i.actual, i.target, pct(i.rate), pct(i.elapsed)];
}

function appendList(d: SheetDraft, ev: Evaluation, p: ProgressRates, widths: readonly number[], L: Labels): void {
  const last = PROGRESS_LIST_COLUMNS - 1;
  d.addBlankRow();
  d.addSpanningRow(L.listCaption, last, CAPTION);
  const headers = [L.headerIndicator, L.headerBaseline, L.headerActual, L.headerTarget, L.headerRate, L.headerElapsed];
  const header = d.addRow(headers, wrappedRowHeight(headers, widths));
  d.style(header, 0, header, last, HEADER);
  for (const i of p.indicators) {
    const row = listRow(i, ev, L);
    d.addRow(row, wrappedRowHeight([row[0]], widths));
  }
  const end = d.nextRow - 1;
  d.style(header + 1, 0, end, 0, BODY);
  d.style(header + 1, 1, end, 3, { ...NUMBER, numberFormat: "General" });
  d.style(header + 1, 4, end, 5, PERCENT);
}

/** Appends the 進捗率 part; nothing when the register has no 基準値 column. */
export function appendProgress(d: SheetDraft, ev: Evaluation, labels: ReportLabels, widths: readonly number[]): void {
  const p = ev.progress;
  if (p === undefined) return;
  const L = labels.progress;
  const last = PROGRESS_LIST_COLUMNS - 1;
  d.addBlankRow();
  d.addSpanningRow(L.caption, last, CAPTION);
  const computed = p.indicators.filter((i) => i.rate !== null).length;
  const text = fill(L.sentence, { n: p.indicators.length, computed, onPace: p.indicators.filter((i) => i.onPace === true).length });
  d.addSpanningRow(text, last, SENTENCE, wrappedRowHeight([text], [spanWidth(widths, 0, last)]));
  appendBandTable(d, ev, p, widths, L);
  if (p.indicators.length > 0) appendList(d, ev, p, widths, L);
}
