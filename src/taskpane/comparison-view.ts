/**
 * The comparison with the previous period in the pane (contract §10): the
 * sentence and the per-level totals as 前回比較 says them (same words), then
 * the changed items 「A←B（6 件）：No1、7、14…」, the added and the removed.
 * Names and Nos are workbook text: inserted as text.
 */
import type { Comparison, ItemRef } from "../core/cycle/types";
import { comparisonSentence, cycleLabels, groupHeading } from "../core/cycle/sentence";
import type { Evaluation } from "../core/evaluate/types";
import { fill } from "../core/i18n";
import { reportLabels } from "../core/report/labels";
import { levelHeaders } from "../core/report/scale-labels";
import { scaleOf } from "../core/settings/scale";
import { el } from "./dom";
import type { PaneStrings } from "./strings";

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function totalsTable(ev: Evaluation, c: Comparison, t: PaneStrings): HTMLTableElement {
  const L = cycleLabels(ev.settings.lang);
  const headers = levelHeaders(scaleOf(ev.settings), reportLabels(ev.settings.lang).summary);
  const tot = c.totals;
  const rows: [string, number, number, number][] = c.codes.map((code, i) => [headers[i] ?? code, tot.current.counts[i], tot.previous.counts[i], tot.change.counts[i]]);
  if (tot.current.notRated > 0 || tot.previous.notRated > 0) rows.push([L.notRated, tot.current.notRated, tot.previous.notRated, tot.change.notRated]);
  const sum = (k: 1 | 2) => rows.reduce((a, r) => a + r[k], 0);
  const cell = (n: number | string) => el("td", { className: "num", text: typeof n === "number" ? String(n) : n });
  return el(
    "table",
    { className: "comparison-table" },
    el("thead", {}, el("tr", {}, ...[t.comparisonLevel, L.current, L.previous, L.change].map((h) => el("th", { text: h, attrs: { scope: "col" } })))),
    el("tbody", {}, ...rows.map(([label, now, before, change]) => el("tr", {}, el("th", { text: label, attrs: { scope: "row" } }), cell(now), cell(before), cell(signed(change))))),
    el("tfoot", {}, el("tr", {}, el("th", { text: t.comparisonTotal, attrs: { scope: "row" } }), cell(sum(1)), cell(sum(2)), cell(signed(sum(1) - sum(2))))),
  );
}

function nos(items: readonly ItemRef[], ev: Evaluation, t: PaneStrings): string {
  return fill(t.comparisonNos, { nos: items.map((i) => i.no).join(cycleLabels(ev.settings.lang).itemSeparator) });
}

export function comparisonSection(ev: Evaluation, c: Comparison, t: PaneStrings): HTMLElement {
  const L = cycleLabels(ev.settings.lang);
  const count = (n: number) => String(n);
  const lines = [
    ...c.groups.map((g) => `${groupHeading(g, ev.settings)} ${nos(g.items, ev, t)}`),
    ...(c.added.length > 0 ? [`${fill(L.addedHeading, { count: count(c.added.length) })} ${nos(c.added, ev, t)}`] : []),
    ...(c.removed.length > 0 ? [`${fill(L.removedHeading, { count: count(c.removed.length) })} ${nos(c.removed, ev, t)}`] : []),
  ];
  return el(
    "section",
    { className: "comparison" },
    el("h3", { text: fill(t.comparisonHeading, { previous: c.previousPeriod }) }),
    el("p", { className: "sentence", text: comparisonSentence(c, ev.settings) }),
    el("div", { className: "table-scroll" }, totalsTable(ev, c, t)),
    lines.length > 0 && el("ul", { className: "changes" }, ...lines.map((text) => el("li", { text }))),
  );
}
