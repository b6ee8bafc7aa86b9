/**
 * The body shared by the numbered list sheets (遅延取組一覧, 次年度新規): one
 * bordered row per entry with its No. centred, each tall enough for its
 * wrapped texts; or, when there is nothing to list, one merged row saying so.
 */
import type { ReportValue } from "./model";
import { wrappedRowHeight } from "./row-height";
import type { SheetDraft } from "./sheet-draft";
import { BODY, NUMBER } from "./styles";

/**
 * `count` entries, entry k's row being `row(k)` (built again whenever the row
 * is read, so it must come out the same every time; see SheetDraft.addRowsOf).
 */
export function addListBody(
  d: SheetDraft,
  count: number,
  row: (k: number) => ReportValue[],
  widths: readonly number[],
  none: string,
): void {
  const last = widths.length - 1;
  if (count === 0) {
    const r = d.addRow([none]);
    d.merge(r, 0, r, last);
    d.style(r, 0, r, last, BODY);
    return;
  }
  const first = d.addRowsOf(count, widths.length, row, (r) => wrappedRowHeight(r, widths));
  const bottom = d.nextRow - 1;
  d.style(first, 0, bottom, last, BODY);
  d.style(first, 0, bottom, 0, NUMBER);
}
