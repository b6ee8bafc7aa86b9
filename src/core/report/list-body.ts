/**
 * The body shared by the numbered list sheets (遅延取組一覧, 次年度新規): one
 * bordered row per entry with its No. centred, each tall enough for its
 * wrapped texts; or, when there is nothing to list, one merged row saying so.
 */
import type { ReportValue } from "./model";
import { wrappedRowHeight } from "./row-height";
import type { SheetDraft } from "./sheet-draft";
import { BODY, NUMBER } from "./styles";

/** A numbered list's entries: entry k's row is `row(k)`, built again whenever it is read, so it must come out the same every time. */
export interface ListBody {
  readonly count: number;
  readonly row: (k: number) => ReportValue[];
  readonly widths: readonly number[];
  /** The row shown when there is nothing to list. */
  readonly none: string;
  /** The most user texts one cell of an entry's row holds (SheetRows.textsPerCell). */
  readonly textsPerCell: number;
}

export function addListBody(d: SheetDraft, body: ListBody): void {
  const { count, row, widths } = body;
  const last = widths.length - 1;
  if (count === 0) {
    d.addSpanningRow(body.none, last, BODY);
    return;
  }
  const first = d.addRowsOf({ count, width: widths.length, make: row, heightOf: (r) => wrappedRowHeight(r, widths), textsPerCell: body.textsPerCell });
  const bottom = d.nextRow - 1;
  d.style(first, 0, bottom, last, BODY);
  d.style(first, 0, bottom, 0, NUMBER);
}
