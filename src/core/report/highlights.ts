/**
 * 事例 / Highlights: the seed's 【参考１】 — one card per entry marked for
 * highlighting: a header line (No., name, 【department】), then label / value
 * rows for the overview, the year's plan, the progress and the indicators
 * (each actual with its 基準日 when the register gives one: 「（３月末現在）」).
 */
import type { Evaluation, IndicatorResult, ItemResult } from "../evaluate/types";
import { fill } from "../i18n";
import type { Lang } from "../settings";
import type { ReportSheet } from "./model";
import type { BuildReportOptions } from "./build-report";
import type { Entries } from "../register/types";
import { fiscalYearLabel } from "./fiscal-year-label";
import { reportLabels, type ReportLabels } from "./labels";
import { heightForLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft, spanWidth } from "./sheet-draft";
import { BODY, CAPTION, LABEL, TITLE, WRAP } from "./styles";

/** A narrow label column and a wide, wrapping value column, as in the seed's cards. */
export const HIGHLIGHTS_WIDTHS: readonly number[] = [22, 72];
const TITLE_LINE = 20;
const CAPTION_LINE = 16;

/** The change against the prior year, as the seed writes it: 「（約14.8%増）」. Empty without a change. */
export function changeText(change: number | null, L: ReportLabels["highlights"]): string {
  if (change === null || !Number.isFinite(change)) return "";
  const rounded = Math.round(Math.abs(change) * 10) / 10;
  if (rounded === 0) return L.changeNone;
  return fill(change > 0 ? L.changeUp : L.changeDown, { change: rounded.toFixed(1) });
}

/** 「・センター来場者数：目標 前年比5％以上／実績 ９，８５６人／前年度 ８，５８８人（約14.8%増）」; "" when nothing to say. */
export function indicatorLine(ind: IndicatorResult, labels: ReportLabels, asOf = ""): string {
  const L = labels.highlights;
  const parts: string[] = [];
  if (ind.display.target.trim() !== "") parts.push(fill(L.partTarget, { text: ind.display.target }));
  if (ind.display.actual.trim() !== "") parts.push(fill(L.partActual, { text: ind.display.actual }) + asOfText(asOf, L));
  else if (ind.status === "notMeasured") parts.push(fill(L.partActual, { text: labels.ratings.status.notMeasured }));
  const hasPrior = ind.display.prior.trim() !== "";
  if (hasPrior) parts.push(fill(L.partPrior, { text: ind.display.prior }));
  const name = ind.name.trim();
  if (parts.length === 0 && name === "") return "";
  const text = parts.join(L.partSeparator) + (hasPrior ? changeText(ind.change, L) : "");
  return name === "" ? fill(L.indicatorLineNoName, { parts: text }) : fill(L.indicatorLine, { name, parts: text });
}

/** 「（３月末現在）」 after the actual, from the indicator's 基準日; a text already saying 現在 / 時点 is not doubled. */
export function asOfText(asOf: string, L: ReportLabels["highlights"]): string {
  const t = asOf.trim().replace(/(現在|時点)$/, "");
  return t === "" ? "" : fill(L.partAsOf, { asOf: t });
}

/** The 基準日 shown for each of the item's indicators (by sheet row), "" when none or no register at hand. */
function asOfTexts(item: ItemResult, entries: Entries | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (entries === undefined) return out;
  for (let k = 0; k < entries.indicatorCount(item.entry); k++) {
    const shown = entries.indicatorShown(item.entry, k, "asOf");
    if (shown !== "") out.set(entries.indicatorRow(item.entry, k), shown);
  }
  return out;
}

export function cardHeader(item: ItemResult, L: ReportLabels["highlights"]): string {
  const department = item.department.trim();
  return department === ""
    ? fill(L.cardHeaderNoDepartment, { no: item.no, name: item.name })
    : fill(L.cardHeader, { no: item.no, name: item.name, department });
}

/** The four row labels of a card for this evaluation's year and period. */
export function cardLabels(ev: Evaluation, lang: Lang): [string, string, string, string] {
  const L = reportLabels(lang).highlights;
  const fy = ev.settings.fiscalYear;
  const period = ev.period.trim();
  return [
    L.overview,
    fy === null ? L.planNoYear : fill(L.plan, { fy: fiscalYearLabel(fy, lang) }),
    period === "" ? L.progressNoPeriod : fill(L.progress, { period }),
    L.indicators,
  ];
}

export function buildHighlights(ev: Evaluation, options: BuildReportOptions = {}): ReportSheet {
  const lang = ev.settings.lang;
  const labels = reportLabels(lang);
  const L = labels.highlights;
  const widths = HIGHLIGHTS_WIDTHS;
  const last = widths.length - 1;
  const fullWidth = spanWidth(widths, 0, last);
  const d = new SheetDraft();

  d.addSpanningRow(L.title, last, TITLE, heightForLines(1, TITLE_LINE));

  const rowLabels = cardLabels(ev, lang);
  const cards = ev.items.filter((item) => item.highlight);
  if (cards.length === 0) {
    d.addBlankRow();
    const r = d.addRow([L.none]);
    d.merge(r, 0, r, last);
  }
  for (const item of cards) {
    d.addBlankRow();
    const headerText = cardHeader(item, L);
    const head = d.addSpanningRow(headerText, last, CAPTION, Math.max(heightForLines(1, CAPTION_LINE), wrappedRowHeight([headerText], [fullWidth]) ?? 0));
    d.style(head, 0, head, last, WRAP);

    const asOf = asOfTexts(item, options.entries);
    const indicators = item.indicators.map((ind) => indicatorLine(ind, labels, asOf.get(ind.row))).filter((line) => line !== "");
    const values = [item.text.overview, item.text.plan, item.text.progress, indicators.join("\n")];
    const first = d.nextRow;
    for (let i = 0; i < values.length; i++) {
      const row = [rowLabels[i], values[i]];
      d.addRow(row, wrappedRowHeight(row, widths));
    }
    const bottom = d.nextRow - 1;
    d.style(first, 0, bottom, 0, LABEL);
    d.style(first, 1, bottom, last, BODY);
  }

  return d.finish({
    key: "highlights",
    name: labels.sheetNames.highlights,
    columnWidths: widths,
    print: printSetup("portrait", null),
    freezeRows: 0,
  });
}
