/**
 * 進捗率 in the pane (contract §10): the table of indicators by band as
 * 進捗集計 has it (same rows and headings), when the register has 基準値.
 */
import type { Evaluation } from "../core/evaluate/types";
import { reportLabels } from "../core/report/labels";
import { bandHeaders, bandRows } from "../core/report/summary-progress";
import { el } from "./dom";

/** The table, or null without 進捗率. */
export function progressTable(ev: Evaluation): HTMLTableElement | null {
  const p = ev.progress;
  if (p === undefined) return null;
  const L = reportLabels(ev.settings.lang).progress;
  const rows = bandRows(p, L);
  const row = (r: readonly (string | number | null)[]) =>
    el("tr", {}, el("th", { text: String(r[0]), attrs: { scope: "row" } }), ...r.slice(1).map((v) => el("td", { className: "num", text: String(v) })));
  return el(
    "table",
    { className: "tally progress" },
    el("caption", { text: L.caption }),
    el("thead", {}, el("tr", {}, ...bandHeaders(ev, p, L).map((h) => el("th", { text: h, attrs: { scope: "col" } })))),
    el("tbody", {}, ...rows.slice(0, -1).map(row)),
    el("tfoot", {}, row(rows[rows.length - 1])),
  );
}
