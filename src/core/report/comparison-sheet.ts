/**
 * 前回比較 / Comparison (contract §10): the report read against the previous
 * period — title, the sentence 「…に比べて良くなった項目が 8 項目、悪くなった
 * 項目が 4 項目となりました。」, the table per area and in total with 今回 /
 * 前回 / 増減 under each level (and 対象外・未評価 when either period has
 * entries not rated), then the changed items grouped 「A←B」, the added and
 * the removed items (comparison-lists.ts).
 */
import type { AreaComparison, Comparison, LevelColumn } from "../cycle/types";
import { comparisonSentence, cycleLabels } from "../cycle/sentence";
import type { Evaluation } from "../evaluate/types";
import { fill } from "../i18n";
import { scaleOf } from "../settings/scale";
import { addAddedRemoved, addChangedList } from "./comparison-lists";
import { reportLabels } from "./labels";
import type { ReportSheet, ReportValue } from "./model";
import { estimateRowHeight, wrappedRowHeight } from "./row-height";
import { levelHeaders } from "./scale-labels";
import { printSetup, SheetDraft, spanWidth } from "./sheet-draft";
import { BODY, CAPTION, CENTERED, HEADER, NUMBER, SENTENCE, TITLE, TOTAL } from "./styles";

const AREA_WIDTH = 30;
const COUNT_WIDTH = 7;
const TITLE_LINE = 20;

/** The counts of a row: per level (and not rated) 今回, 前回, 増減. */
function countCells(a: AreaComparison, withNotRated: boolean): number[] {
  const col = (c: LevelColumn) => (withNotRated ? [...c.counts, c.notRated] : [...c.counts]);
  const now = col(a.current);
  const before = col(a.previous);
  const change = col(a.change);
  return now.flatMap((n, i) => [n, before[i], change[i]]);
}

function comparisonTitle(ev: Evaluation, c: Comparison): string {
  const L = cycleLabels(ev.settings.lang).sheet;
  const plan = ev.settings.plan.trim();
  const params = { plan, period: c.period, previous: c.previousPeriod };
  return fill(plan === "" ? L.titleNoPlan : L.title, params);
}

/** The two header rows and the area rows with the 計 row; returns the header's first row. */
function addTable(d: SheetDraft, ev: Evaluation, c: Comparison, groups: string[], widths: readonly number[]): number {
  const L = cycleLabels(ev.settings.lang);
  const last = widths.length - 1;
  const withNotRated = groups.length > c.codes.length;
  const top = d.addRow([L.sheet.headerArea, ...groups.flatMap((g) => [g, null, null])], wrappedRowHeight(groups, groups.map(() => COUNT_WIDTH * 3)));
  const sub = d.addRow([null, ...groups.flatMap(() => [L.current, L.previous, L.change])]);
  d.merge(top, 0, sub, 0);
  groups.forEach((_, i) => d.merge(top, 1 + i * 3, top, 3 + i * 3));
  d.style(top, 0, sub, last, HEADER);
  for (const a of c.areas) d.addRow([a.area, ...countCells(a, withNotRated)], wrappedRowHeight([a.area], widths));
  const total = d.addRow([L.sheet.total, ...countCells(c.totals, withNotRated)]);
  d.style(sub + 1, 0, total, 0, BODY);
  d.style(sub + 1, 1, total, last, NUMBER);
  groups.forEach((_, i) => d.style(sub + 1, 3 + i * 3, total, 3 + i * 3, { numberFormat: L.sheet.changeFormat }));
  d.style(total, 0, total, last, TOTAL);
  d.style(total, 0, total, 0, CENTERED);
  return top;
}

export function buildComparison(ev: Evaluation, c: Comparison): ReportSheet {
  const L = cycleLabels(ev.settings.lang);
  const scale = scaleOf(ev.settings);
  const withNotRated = c.totals.current.notRated > 0 || c.totals.previous.notRated > 0;
  // Headed as 進捗集計 heads its levels; a code the plan's scale does not have (never, as compared by the engine) by itself.
  const headers = levelHeaders(scale, reportLabels(ev.settings.lang).summary);
  const levels = c.codes.map((code, i) => (scale.levels[i]?.code === code ? headers[i] : code));
  const groups = [...levels, ...(withNotRated ? [L.notRated] : [])];
  const widths = [AREA_WIDTH, ...groups.flatMap(() => [COUNT_WIDTH, COUNT_WIDTH, COUNT_WIDTH])];
  const last = widths.length - 1;
  const d = new SheetDraft();
  const full = (value: ReportValue, style: typeof TITLE, height: number | null) => void d.addSpanningRow(value, last, style, height);
  const title = comparisonTitle(ev, c);
  full(title, { ...TITLE, wrap: true }, estimateRowHeight([title], [spanWidth(widths, 0, last) / 1.4], TITLE_LINE));
  d.addBlankRow();
  const sentence = comparisonSentence(c, ev.settings);
  full(sentence, SENTENCE, estimateRowHeight([sentence], [spanWidth(widths, 0, last)]));
  d.addBlankRow();
  full(L.sheet.caption, CAPTION, null);
  addTable(d, ev, c, groups, widths);
  d.addBlankRow();
  addChangedList(d, c, widths, ev.settings);
  addAddedRemoved(d, c, widths, ev.settings);
  return d.finish({
    key: "comparison",
    name: reportLabels(ev.settings.lang).sheetNames.comparison,
    columnWidths: widths,
    print: printSetup("portrait", null),
    freezeRows: 0,
  });
}
