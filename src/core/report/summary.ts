/**
 * 進捗集計 / Summary: the seed's opening — title, the lead-in and the sentence
 * with the counts, and 【表１】 with S / A / B per area and the 計 row.
 */
import type { Evaluation } from "../evaluate/types";
import { fill } from "../i18n";
import type { ReportSheet } from "./model";
import { countText, tightenFullWidth } from "./counts";
import type { LevelCounts } from "../evaluate/scale-tally";
import { levelHeaders } from "./scale-labels";
import { scaleSentence } from "./scale-sentence";
import { sharesNeedNote } from "./shares";
import { reportLabels, type ReportLabels } from "./labels";
import { estimateRowHeight, heightForLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft, spanWidth } from "./sheet-draft";
import { levelColours, NOT_RATED_COLOUR } from "./level-colours";
import { summaryChart } from "./summary-chart";
import { SEED_LEVELS } from "../settings/scale";
import { appendDepartmentTable, departmentColumns } from "./summary-departments";
import { appendProgress, PROGRESS_LIST_COLUMNS } from "./summary-progress";
import { BODY, CAPTION, CENTERED, HEADER, NUMBER, SENTENCE, TITLE, TOTAL } from "./styles";

/** 分野 wide enough for 「Ⅱ 情報の共有と双方向のコミュニケーション（5項目）」 on two lines; counts narrow. */
export const SUMMARY_WIDTHS: readonly number[] = [40, 14, 14, 14];
/** Line height of the 14 pt title. */
const TITLE_LINE = 20;

/** 「{plan}の{period}進捗状況」, dropping whichever part is not set. */
export function summaryTitle(ev: Evaluation, L: ReportLabels["summary"], D?: ReportLabels["departments"]): string {
  const title = plainTitle(ev, L);
  return ev.department === undefined || D === undefined ? title : title + fill(D.titleSuffix, { department: ev.department });
}

function plainTitle(ev: Evaluation, L: ReportLabels["summary"]): string {
  const plan = ev.settings.plan.trim();
  const period = ev.period.trim();
  if (plan !== "" && period !== "") return fill(L.title, { plan, period });
  if (plan !== "") return fill(L.titlePlanOnly, { plan });
  if (period !== "") return fill(L.titlePeriodOnly, { period });
  return L.titleBare;
}

/** 「全 N 項目（再掲 k 項目）の取組のうち、…」; the re-listed part only when there are any. */
export function summarySentence(ev: Evaluation, L: ReportLabels["summary"]): string {
  const n = (k: number) => countText(k, ev.settings);
  const text = fill(L.sentence, {
    total: n(ev.total),
    relisted: ev.relisted > 0 ? fill(L.sentenceRelisted, { k: n(ev.relisted) }) : "",
    s: n(ev.totals.S),
    a: n(ev.totals.A),
    b: n(ev.totals.B),
  });
  return tightenFullWidth(text, ev.settings);
}

/**
 * The sheet's paragraph as the seed writes it: the lead-in 「平成26年度末の各
 * プログラムの進捗状況について、…評価を実施したところ、」 and the sentence.
 */
export function summaryParagraph(ev: Evaluation, L: ReportLabels["summary"]): string {
  const period = ev.period.trim();
  const lead = period === "" ? L.leadInNoPeriod : fill(L.leadIn, { period });
  const st = ev.scaleTally;
  const sentence =
    st === undefined
      ? summarySentence(ev, L)
      : scaleSentence({ total: ev.total, relisted: ev.relisted, counts: st.totals.counts, notRated: st.totals.notRated }, st.scale.levels, ev.settings, L);
  return lead + sentence;
}

/** 表１'s columns: the seed's S / A / B, or one per level of the plan's scale and 対象外・未評価 when any entry is not rated. */
interface TableShape {
  readonly headers: string[];
  /** Per area (parallel to ev.tally), then the 計 row: the counts after the area label. */
  readonly rows: number[][];
  readonly total: number[];
  readonly widths: readonly number[];
  /** Whether the shares' rounding note goes under the table. */
  readonly note: boolean;
  /** The chart's fill per counted column. */
  readonly colours: readonly string[];
}

function tableShape(ev: Evaluation, L: ReportLabels["summary"]): TableShape {
  const st = ev.scaleTally;
  if (st === undefined) {
    return {
      headers: [L.headerArea, L.headerS, L.headerA, L.headerB],
      rows: ev.tally.map((t) => [t.S, t.A, t.B]),
      total: [ev.totals.S, ev.totals.A, ev.totals.B],
      widths: SUMMARY_WIDTHS,
      note: false,
      colours: levelColours(SEED_LEVELS),
    };
  }
  const withNotRated = st.totals.notRated > 0;
  const counts = (c: LevelCounts) => (withNotRated ? [...c.counts, c.notRated] : [...c.counts]);
  const headers = [L.headerArea, ...levelHeaders(st.scale, L), ...(withNotRated ? [L.headerNotRated] : [])];
  return {
    headers,
    rows: st.areas.map(counts),
    total: counts(st.totals),
    widths: [SUMMARY_WIDTHS[0], ...headers.slice(1).map(() => SUMMARY_WIDTHS[1])],
    note: sharesNeedNote(st.totals.counts, ev.total - st.totals.notRated),
    colours: [...levelColours(st.scale.levels), ...(withNotRated ? [NOT_RATED_COLOUR] : [])],
  };
}

/**
 * The sheet's column widths: 表１'s, widened by count columns for what contract
 * §10 adds below it (担当課別 with its 計 column, the 進捗率 list).
 */
function sheetWidths(ev: Evaluation, table1: readonly number[]): readonly number[] {
  const columns = Math.max(table1.length, departmentColumns(ev), ev.progress === undefined ? 0 : PROGRESS_LIST_COLUMNS);
  if (columns === table1.length) return table1;
  return [...table1, ...new Array<number>(columns - table1.length).fill(SUMMARY_WIDTHS[1])];
}

export function buildSummary(ev: Evaluation): ReportSheet {
  const labels = reportLabels(ev.settings.lang);
  const L = labels.summary;
  const shape = tableShape(ev, L);
  const widths = sheetWidths(ev, shape.widths);
  const last = shape.widths.length - 1;
  const d = new SheetDraft();

  d.addSpanningRow(summaryTitle(ev, L, labels.departments), last, TITLE, heightForLines(1, TITLE_LINE));
  d.addBlankRow();
  const sentence = summaryParagraph(ev, L);
  d.addSpanningRow(sentence, last, SENTENCE, estimateRowHeight([sentence], [spanWidth(widths, 0, last)]));
  d.addBlankRow();
  const period = ev.period.trim();
  d.addSpanningRow(period === "" ? L.captionNoPeriod : fill(L.caption, { period }), last, CAPTION);

  const header = d.addRow(shape.headers, wrappedRowHeight(shape.headers, widths));
  d.style(header, 0, header, last, HEADER);
  ev.tally.forEach((t, k) => {
    const label = fill(t.items === 1 ? L.areaRowOne : L.areaRow, { area: t.area, items: countText(t.items, ev.settings) });
    d.addRow([label, ...shape.rows[k]], wrappedRowHeight([label], widths));
  });
  const total = d.addRow([L.total, ...shape.total]);

  d.style(header + 1, 0, total, 0, BODY);
  d.style(header + 1, 1, total, last, NUMBER);
  d.style(total, 0, total, last, TOTAL);
  d.style(total, 0, total, 0, CENTERED);
  if (shape.note) d.addSpanningRow(L.shareNote, last, SENTENCE);
  const chart = summaryChart(
    { header, areas: ev.tally.length, headings: shape.headers.slice(1), colours: shape.colours, below: d.nextRow, lastCol: last },
    L.chartTitle,
  );
  // Contract §10: 担当課別 and 進捗率 below 表１, after the chart that stands under it.
  if (chart && (ev.departments !== undefined || ev.progress !== undefined)) while (d.nextRow <= chart.anchor.bottom) d.addBlankRow();
  appendDepartmentTable(d, ev, labels, widths);
  appendProgress(d, ev, labels, widths);

  return d.finish({
    key: "summary",
    name: labels.sheetNames.summary,
    columnWidths: widths,
    print: printSetup("portrait", header),
    freezeRows: 0,
    chart,
  });
}
