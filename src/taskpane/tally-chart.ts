/**
 * A small stacked bar per area (S / A / B), drawn as inline SVG: no chart
 * library (size, and nothing to load on a closed network). Bars share one
 * scale (the largest area fills the width) so areas compare at a glance.
 * The table above holds the same numbers; the SVG carries a text description
 * for screen readers as well.
 */
import type { AreaTally, Rating } from "../core/evaluate/types";
import { RATINGS } from "../core/evaluate/types";
import { fill } from "../core/i18n";
import { el, svg, uniqueId } from "./dom";
import type { PaneStrings } from "./strings";

const WIDTH = 300;
const LABEL_HEIGHT = 14;
const BAR_HEIGHT = 16;
const ROW_GAP = 8;
/** Room right of the longest bar for its item count. */
const COUNT_ROOM = 28;
/** A segment narrower than this gets no number inside. */
const MIN_LABELLED = 14;

/** Fill per rating; each keeps ≥ 4.5:1 contrast with the white numbers on it. */
export const RATING_COLOURS: Readonly<Record<Rating, string>> = { S: "#107c10", A: "#0f6cbd", B: "#bc4b09" };

export function createTallyChart(tally: readonly AreaTally[], t: PaneStrings): HTMLElement {
  const captionId = uniqueId("chart-caption");
  const descId = uniqueId("chart-desc");
  const max = Math.max(1, ...tally.map((a) => a.S + a.A + a.B));
  const scale = (WIDTH - COUNT_ROOM) / max;
  const rowHeight = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const height = Math.max(rowHeight, tally.length * rowHeight);

  const rows = tally.map((area, i) => {
    const top = i * rowHeight;
    const barTop = top + LABEL_HEIGHT;
    let x = 0;
    const segments = RATINGS.map((r) => {
      const w = area[r] * scale;
      const seg = svg(
        "g",
        { class: `segment segment-${r}` },
        svg("rect", { x, y: barTop, width: w, height: BAR_HEIGHT, fill: RATING_COLOURS[r] }),
        w >= MIN_LABELLED &&
          svg(
            "text",
            { x: x + w / 2, y: barTop + BAR_HEIGHT / 2, "text-anchor": "middle", "dominant-baseline": "central", class: "segment-count" },
            String(area[r]),
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
        String(area.S + area.A + area.B),
      ),
    );
  });

  const description = tally.map((a) => fill(t.chartLabel, { area: a.area, s: a.S, a: a.A, b: a.B })).join(" / ");
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

  const legendLabels: Readonly<Record<Rating, string>> = { S: t.ratingS, A: t.ratingA, B: t.ratingB };
  const legend = el(
    "ul",
    { className: "legend" },
    ...RATINGS.map((r) =>
      el(
        "li",
        {},
        el("span", { className: "swatch", attrs: { style: `background:${RATING_COLOURS[r]}`, "aria-hidden": "true" } }),
        legendLabels[r],
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
