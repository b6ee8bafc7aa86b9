/**
 * 担当課別 in the pane (contract §10): the same table as 進捗集計's, from the
 * evaluation's department tally — per department its entries per level,
 * 対象外・未評価 when 表１ shows it, and 計. Department names are workbook text: inserted as text.
 */
import type { Evaluation } from "../core/evaluate/types";
import { reportLabels } from "../core/report/labels";
import { levelHeaders } from "../core/report/scale-labels";
import { scaleOf } from "../core/settings/scale";
import { el } from "./dom";

/** The table, or null when the evaluation has no department tally. */
export function departmentTable(ev: Evaluation): HTMLTableElement | null {
  const tally = ev.departments;
  if (tally === undefined) return null;
  const labels = reportLabels(ev.settings.lang);
  const D = labels.departments;
  const notRated = (ev.scaleTally?.totals.notRated ?? 0) > 0;
  const headers = [D.headerDepartment, ...levelHeaders(scaleOf(ev.settings), labels.summary), ...(notRated ? [labels.summary.headerNotRated] : []), D.headerTotal];
  const number = (n: number) => el("td", { className: "num", text: String(n) });
  const rows = tally.rows.map((r) =>
    el(
      "tr",
      {},
      el("th", { text: r.department === "" ? D.none : r.department, attrs: { scope: "row" } }),
      ...[...r.counts, ...(notRated ? [r.notRated] : []), r.items].map(number),
    ),
  );
  return el(
    "table",
    { className: "tally departments" },
    el("caption", { text: D.caption }),
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { text: h, attrs: { scope: "col" } })))),
    el("tbody", {}, ...rows),
  );
}
