/**
 * 進捗集計 / Summary: the seed's opening — title, the lead-in and the sentence
 * with the counts, and 【表１】 with S / A / B per area and the 計 row.
 */
import type { Evaluation } from "../evaluate/types";
import { fill } from "../i18n";
import type { ReportSheet } from "./model";
import { countText, tightenFullWidth } from "./counts";
import { reportLabels, type ReportLabels } from "./labels";
import { estimateRowHeight, heightForLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft, spanWidth } from "./sheet-draft";
import { BODY, CAPTION, CENTERED, HEADER, NUMBER, SENTENCE, TITLE, TOTAL } from "./styles";

/** 分野 wide enough for 「Ⅱ 情報の共有と双方向のコミュニケーション（5項目）」 on two lines; counts narrow. */
export const SUMMARY_WIDTHS: readonly number[] = [40, 14, 14, 14];
/** Line height of the 14 pt title. */
const TITLE_LINE = 20;

/** 「{plan}の{period}進捗状況」, dropping whichever part is not set. */
export function summaryTitle(ev: Evaluation, L: ReportLabels["summary"]): string {
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
  return lead + summarySentence(ev, L);
}

export function buildSummary(ev: Evaluation): ReportSheet {
  const labels = reportLabels(ev.settings.lang);
  const L = labels.summary;
  const widths = SUMMARY_WIDTHS;
  const last = widths.length - 1;
  const fullWidth = spanWidth(widths, 0, last);
  const d = new SheetDraft();

  const title = d.addRow([summaryTitle(ev, L)], heightForLines(1, TITLE_LINE));
  d.merge(title, 0, title, last);
  d.style(title, 0, title, last, TITLE);
  d.addBlankRow();

  const sentence = summaryParagraph(ev, L);
  const s = d.addRow([sentence], estimateRowHeight([sentence], [fullWidth]));
  d.merge(s, 0, s, last);
  d.style(s, 0, s, last, SENTENCE);
  d.addBlankRow();

  const period = ev.period.trim();
  const caption = d.addRow([period === "" ? L.captionNoPeriod : fill(L.caption, { period })]);
  d.merge(caption, 0, caption, last);
  d.style(caption, 0, caption, last, CAPTION);

  const headers = [L.headerArea, L.headerS, L.headerA, L.headerB];
  const header = d.addRow(headers, wrappedRowHeight(headers, widths));
  d.style(header, 0, header, last, HEADER);

  for (const t of ev.tally) {
    const label = fill(t.items === 1 ? L.areaRowOne : L.areaRow, { area: t.area, items: countText(t.items, ev.settings) });
    d.addRow([label, t.S, t.A, t.B], wrappedRowHeight([label], widths));
  }
  const total = d.addRow([L.total, ev.totals.S, ev.totals.A, ev.totals.B]);

  d.style(header + 1, 0, total, 0, BODY);
  d.style(header + 1, 1, total, last, NUMBER);
  d.style(total, 0, total, last, TOTAL);
  d.style(total, 0, total, 0, CENTERED);

  return d.finish({
    key: "summary",
    name: labels.sheetNames.summary,
    columnWidths: widths,
    print: printSetup("portrait", header),
    freezeRows: 0,
  });
}
