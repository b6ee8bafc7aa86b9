/**
 * A small stacked bar per area (S / A / B, or the plan's own levels), drawn as inline SVG: no chart
 * library (size, and nothing to load on a closed network). Bars share one
 * scale (the largest area fills the width) so areas compare at a glance.
 * The table above holds the same numbers; the SVG carries a text description
 * for screen readers as well.
 */
import type { AreaTally } from "../core/evaluate/types";
import { fill } from "../core/i18n";
import { el, svg, uniqueId } from "./dom";
import type { PaneTally } from "./pane-tally";
import type { PaneStrings } from "./strings";

const WIDTH = 300;
const LABEL_HEIGHT = 14;
const BAR_HEIGHT = 16;
const ROW_GAP = 8;
/** Room right of the longest bar for its item count. */
const COUNT_ROOM = 28;
/** A segment narrower than this gets no number inside. */
const MIN_LABELLED = 14;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** One bar per area of `tally`, one segment per column of `pt` (the plan's levels, and 対象外・未評価). */
export function createTallyChart(tally: readonly AreaTally[], pt: PaneTally, t: PaneStrings): HTMLElement {
  const captionId = uniqueId("chart-caption");
  const descId = uniqueId("chart-desc");
  const max = Math.max(1, ...pt.rows.map(sum));
  const scale = (WIDTH - COUNT_ROOM) / max;
  const rowHeight = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const height = Math.max(rowHeight, tally.length * rowHeight);

  const rows = tally.map((area, i) => {
    const top = i * rowHeight;
    const barTop = top + LABEL_HEIGHT;
    let x = 0;
    const counts = pt.rows[i];
    const segments = pt.columns.map((column, c) => {
      const w = counts[c] * scale;
      const seg = svg(
        "g",
        { class: `segment segment-${column.key}` },
        svg("rect", { x, y: barTop, width: w, height: BAR_HEIGHT, fill: column.colour }),
        w >= MIN_LABELLED &&
          svg(
            "text",
            { x: x + w / 2, y: barTop + BAR_HEIGHT / 2, "text-anchor": "middle", "dominant-baseline": "central", class: "segment-count" },
            String(counts[c]),
          ),
      );
      x += w;
      return seg;
    });
    return svg(
      "g",
      { class: "chart-row" },
      svg("text", { x: 0, y: top + LABEL_HEIGHT - 3, class: "chart-area" }, area.area),
      ...segments,
      svg(
        "text",
        { x: x + 4, y: barTop + BAR_HEIGHT / 2, "dominant-baseline": "central", class: "chart-total" },
        String(sum(counts)),
      ),
    );
  });

  const description = tally
    .map((a, i) => `${a.area}: ${pt.columns.map((col, c) => fill(t.chartLevel, { label: col.legend, n: pt.rows[i][c] })).join(t.chartLevelSeparator)}`)
    .join(" / ");
  const chart = svg(
    "svg",
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: "100%",
      role: "img",
      "aria-labelledby": captionId,
      "aria-describedby": descId,
      class: "chart",
    },
    svg("desc", { id: descId }, description),
    ...rows,
  );

  const legend = el(
    "ul",
    { className: "legend" },
    ...pt.columns.map((column) =>
      el(
        "li",
        {},
        el("span", { className: "swatch", attrs: { style: `background:${column.colour}`, "aria-hidden": "true" } }),
        column.legend,
      ),
    ),
  );

  return el(
    "figure",
    { className: "tally-chart" },
    el("figcaption", { text: t.chartTitle, attrs: { id: captionId } }),
    chart,
    legend,
  );
}
