/**
 * The result of a run: the summary title and sentence and 【表１】 exactly as
 * the 進捗集計 sheet will say them (same builders, in the report's language),
 * then the per-area chart. Area names are workbook text: inserted as text.
 */
import type { Evaluation } from "../core/evaluate/types";
import { fill } from "../core/i18n";
import { reportLabels } from "../core/report/labels";
import { summaryParagraph, summaryTitle } from "../core/report/summary";
import { paneTally, type PaneTally } from "./pane-tally";
import { el, replaceChildren, uniqueId } from "./dom";
import type { PaneStrings } from "./strings";
import { createTallyChart } from "./tally-chart";
import { departmentTable } from "./department-table";
import { progressTable } from "./progress-table";
import { comparisonSection } from "./comparison-view";
import type { Comparison } from "../core/cycle/types";

export interface ResultsView {
  readonly element: HTMLElement;
  /** The tally, and the comparison with the previous period when one is known (contract §10). */
  render(evaluation: Evaluation, comparison?: Comparison | null): void;
  clear(): void;
}

function tallyTable(ev: Evaluation, pt: PaneTally): HTMLTableElement {
  const L = reportLabels(ev.settings.lang).summary;
  const period = ev.period.trim();
  const number = (n: number) => el("td", { className: "num", text: String(n) });
  const body = ev.tally.map((a, i) =>
    el(
      "tr",
      {},
      el("th", { text: fill(a.items === 1 ? L.areaRowOne : L.areaRow, { area: a.area, items: a.items }), attrs: { scope: "row" } }),
      ...pt.rows[i].map(number),
    ),
  );
  return el(
    "table",
    { className: "tally" },
    el("caption", { text: period === "" ? L.captionNoPeriod : fill(L.caption, { period }) }),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...[L.headerArea, ...pt.columns.map((c) => c.header)].map((h) => el("th", { text: h, attrs: { scope: "col" } })),
      ),
    ),
    el("tbody", {}, ...body),
    el(
      "tfoot",
      {},
      el("tr", {}, el("th", { text: L.total, attrs: { scope: "row" } }), ...pt.totals.map(number)),
    ),
  );
}

export function createResultsView(t: PaneStrings): ResultsView {
  const headingId = uniqueId("results-heading");
  const content = el("div", { className: "results-content" });
  const root = el(
    "section",
    { className: "card results", attrs: { "aria-labelledby": headingId } },
    el("h2", { text: t.resultsHeading, attrs: { id: headingId } }),
    content,
  );

  function clear(): void {
    replaceChildren(content, el("p", { className: "hint", text: t.resultsEmpty }));
  }
  clear();

  return {
    element: root,
    clear,
    render(ev, comparison = null) {
      if (ev.total === 0) {
        replaceChildren(content, el("p", { className: "hint warning", text: t.resultsNoItems }));
        return;
      }
      const labels = reportLabels(ev.settings.lang);
      const L = labels.summary;
      const pt = paneTally(ev, t);
      const departments = departmentTable(ev);
      const progress = progressTable(ev);
      // Entries counted nowhere (not even 対象外・未評価): their ratings failed, an error says why.
      const unrated = ev.total - pt.totals.reduce((a, b) => a + b, 0);
      replaceChildren(
        content,
        ev.blocked && el("p", { className: "hint warning", text: t.resultsProvisional }),
        el("h3", { className: "report-title", text: summaryTitle(ev, L, labels.departments) }),
        el("p", { className: "sentence", text: summaryParagraph(ev, L) }),
        unrated > 0 && el("p", { className: "hint warning", text: fill(t.tallyUnrated, { count: unrated }) }),
        el("div", { className: "table-scroll" }, tallyTable(ev, pt)),
        ev.tally.length > 0 && createTallyChart(ev.tally, pt, t),
        departments !== null && el("div", { className: "table-scroll" }, departments),
        progress !== null && el("div", { className: "table-scroll" }, progress),
        comparison !== null && comparisonSection(ev, comparison, t),
      );
    },
  };
}
