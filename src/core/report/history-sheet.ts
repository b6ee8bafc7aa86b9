/**
 * 評価履歴 / History (contract §10): each reported period's result, one
 * block per period — 時点, No, 分野, 項目名, 評価, 対象外・未評価, 再掲元No and
 * the indicators' actuals. Written with every report from the blocks the host
 * read back (cycle/read-history.ts) with this period's block put in; the next
 * period's report finds its 前回 here.
 */
import type { HistoryBlock } from "../cycle/history-block";
import type { Evaluation } from "../evaluate/types";
import { cycleLabels } from "../cycle/sentence";
import { fill } from "../i18n";
import { countText } from "./counts";
import type { ReportSheet, ReportValue } from "./model";
import { estimateRowHeight, heightForLines, wrappedRowHeight } from "./row-height";
import { printSetup, SheetDraft, spanWidth } from "./sheet-draft";
import { BODY, CAPTION, CENTERED, HEADER, NUMBER, SENTENCE, TITLE, WRAP } from "./styles";
import { reportLabels } from "./labels";

/** 時点, No, 分野, 項目名, 評価, 対象外・未評価, 再掲元No, 成果指標の実績. */
export const HISTORY_WIDTHS: readonly number[] = [16, 7, 24, 36, 7, 10, 9, 44];
const TITLE_LINE = 20;

/** A No. that is a whole number is written as one (no "number stored as text" marks); `R2-1` stays text. */
function noValue(no: string): ReportValue {
  return /^[1-9]\d{0,14}$/.test(no) ? Number(no) : no;
}

function blockRow(b: HistoryBlock, k: number, mark: string): ReportValue[] {
  const item = b.items[k];
  return [b.period, noValue(item.no), item.area, item.name, item.level ?? "", item.level === null ? mark : "", item.relistOf ?? "", b.actuals(k)];
}

export function buildHistory(ev: Evaluation, history: readonly HistoryBlock[]): ReportSheet {
  const L = cycleLabels(ev.settings.lang).history;
  const widths = HISTORY_WIDTHS;
  const last = widths.length - 1;
  const d = new SheetDraft();
  const full = (text: string, style: typeof TITLE, height: number | null) => d.addSpanningRow(text, last, style, height);
  full(L.title, TITLE, heightForLines(1, TITLE_LINE));
  full(L.note, SENTENCE, estimateRowHeight([L.note], [spanWidth(widths, 0, last)]));
  const headers = [L.headers.period, L.headers.no, L.headers.area, L.headers.name, L.headers.level, L.headers.notRated, L.headers.relistOf, L.headers.actuals];
  for (const b of history) {
    d.addBlankRow();
    const caption = full(fill(L.blockCaption, { period: b.period, count: countText(b.items.length, ev.settings) }), CAPTION, null);
    d.style(caption, 0, caption, last, WRAP);
    const header = d.addRow(headers, wrappedRowHeight(headers, widths));
    d.style(header, 0, header, last, HEADER);
    if (b.items.length === 0) continue;
    // One user text a cell at most (No, 分野, 項目名; 実績 is capped below the label room in blockOf);
    // cells read back from the sheet were Excel cells already, within its limit.
    const first = d.addRowsOf({
      count: b.items.length,
      width: widths.length,
      make: (k) => blockRow(b, k, L.notRatedMark),
      heightOf: (row) => wrappedRowHeight(row, widths),
      textsPerCell: 1,
    });
    const bottom = d.nextRow - 1;
    d.style(first, 0, bottom, last, BODY);
    d.style(first, 1, bottom, 1, NUMBER);
    d.style(first, 4, bottom, 6, CENTERED);
  }
  return d.finish({
    key: "history",
    name: reportLabels(ev.settings.lang).sheetNames.history,
    columnWidths: widths,
    print: printSetup("landscape", null),
    freezeRows: 0,
  });
}
