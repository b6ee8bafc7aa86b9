/**
 * 遅延取組一覧 / Delayed: the seed's 【参考２】 — every entry rated behind (B;
 * on a plan's own scale, its levels marked 遅延, which name the title) with its
 * progress and 「【要因】…【今後の対応】…」 (【今後の対策】 when the register's
 * column is headed so).
 */
import type { Evaluation, ItemResult } from "../evaluate/types";
import { fill } from "../i18n";
import type { ReportSheet } from "./model";
import type { BuildReportOptions } from "./build-report";
import { countText, tightenFullWidth } from "./counts";
import { delayedNone, delayedTitle } from "./scale-labels";
import { scaleOf } from "../settings/scale";
import { reportLabels, type ReportLabels } from "./labels";
import { heightForLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft } from "./sheet-draft";
import { HEADER, TITLE } from "./styles";
import { addListBody } from "./list-body";

/** Like the seed: a narrow No, the name, the progress, and the widest column for causes and next steps. */
export const DELAYED_WIDTHS: readonly number[] = [6, 20, 30, 40];
const TITLE_LINE = 20;

/**
 * 「【要因】\n…\n\n【今後の対応】\n…」. A blank part is left out rather than
 * printed as an empty heading: the 検証結果 sheet already reports it (b-without-cause).
 */
export function causeAndNextSteps(item: ItemResult, L: ReportLabels["delayed"], measures = false): string {
  const parts: string[] = [];
  if (item.text.cause.trim() !== "") parts.push(fill(L.causeSection, { text: item.text.cause }));
  const next = measures ? L.nextStepsSectionMeasures : L.nextStepsSection;
  if (item.text.nextSteps.trim() !== "") parts.push(fill(next, { text: item.text.nextSteps }));
  return parts.join("\n\n");
}

/** True when the register heads its next-steps column 今後の対策 (the seed's other wording): 参考２ then says so too. */
export function saysMeasures(header: string | undefined): boolean {
  return header !== undefined && header.normalize("NFKC").replace(/\s+/g, "").includes("対策");
}

export function buildDelayed(ev: Evaluation, options: BuildReportOptions = {}): ReportSheet {
  const measures = saysMeasures(options.headers?.nextSteps);
  const labels = reportLabels(ev.settings.lang);
  const L = labels.delayed;
  const widths = DELAYED_WIDTHS;
  const last = widths.length - 1;
  const d = new SheetDraft();

  const n = ev.delayed.length;
  const scale = scaleOf(ev.settings);
  const titleText = tightenFullWidth(delayedTitle(scale, countText(n, ev.settings), n === 1, L), ev.settings);
  d.addSpanningRow(titleText, last, TITLE, heightForLines(1, TITLE_LINE));

  const period = ev.period.trim();
  const headers = [
    L.headerNo,
    L.headerName,
    period === "" ? L.headerProgressNoPeriod : fill(L.headerProgress, { period }),
    measures ? L.headerCauseMeasures : L.headerCause,
  ];
  const header = d.addRow(headers, wrappedRowHeight(headers, widths));
  d.style(header, 0, header, last, HEADER);

  addListBody(d, {
    count: ev.delayed.length,
    row: (k) => {
      const item = ev.delayed[k];
      return [item.no, item.name, item.text.progress, causeAndNextSteps(item, L, measures)];
    },
    widths,
    none: delayedNone(scale, L),
    // 要因 and 今後の対応 share a cell.
    textsPerCell: 2,
  });

  return d.finish({
    key: "delayed",
    name: labels.sheetNames.delayed,
    columnWidths: widths,
    print: printSetup("portrait", header),
    freezeRows: header + 1,
  });
}
