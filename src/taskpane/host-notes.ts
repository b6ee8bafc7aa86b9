/** A visible note for each host capability this Excel lacks (ExcelApi 1.9 print setup, 1.13 merged areas). */
import type { HostFeatures } from "../workbook/host";
import { el, uniqueId } from "./dom";
import type { PaneStrings } from "./strings";

/** The notes that apply, in display order; empty when the host has everything. */
export function degradedNotes(features: HostFeatures, t: PaneStrings): string[] {
  const notes: string[] = [];
  if (!features.pageLayout) notes.push(t.noPageLayout);
  if (!features.mergedAreas) notes.push(t.noMergedAreas);
  return notes;
}

/** The notes as a section, or null when there are none. */
export function createHostNotes(features: HostFeatures, t: PaneStrings): HTMLElement | null {
  const notes = degradedNotes(features, t);
  if (notes.length === 0) return null;
  const headingId = uniqueId("degraded-heading");
  return el(
    "section",
    { className: "card notice", attrs: { "aria-labelledby": headingId } },
    el("h2", { text: t.degradedHeading, attrs: { id: headingId } }),
    el("ul", {}, ...notes.map((n) => el("li", { text: n }))),
  );
}
