/**
 * The parts of a report sheet's chart: adding them (drawing, its
 * relationships, chart; the sheet's relationships to the drawing; content
 * type overrides), and, when a report sheet is replaced, removing the old
 * sheet's chart — only a drawing whose every shape is the report's own chart
 * (drawing-xml.ts's REPORT_CHART_NAME), with the charts it points to. A
 * drawing holding anything else (a user's own chart or picture on the old
 * sheet) is left where it is, unreferenced, like every other part the old
 * sheet pointed to.
 *
 * New parts take the next free number in their folder (`drawing7.xml` after
 * the package's `drawing6.xml`), never one the package or this run holds.
 */
import type { ReportSheet } from "../../core/report/model";
import { chartXml } from "./chart-xml";
import type { ContentTypes } from "./content-types";
import { drawingXml, REPORT_CHART_NAME } from "./drawing-xml";
import { CT, CT_CHART, CT_DRAWING, drawingNamespaces, relKind, type OoxmlFlavour } from "./namespaces";
import type { PackageEditor, XlsxPackage } from "./package";
import { folderOf, relativeTarget, relsPathOf } from "./part-paths";
import { addRelationships, EMPTY_RELATIONSHIPS, parseRelationships } from "./relationships";
import { attr, descendants, parseXml } from "./xml-tree";

export interface ChartTarget {
  readonly sheet: ReportSheet;
  /** The sheet's final name (the chart's formulas name it). */
  readonly sheetName: string;
  /** The sheet's part. */
  readonly sheetPath: string;
  /** The workbook part (the new parts go in its folder's `drawings/` and `charts/`). */
  readonly workbookPath: string;
  readonly flavour: OoxmlFlavour;
  readonly types: ContentTypes;
  /** Lower-cased paths already given out in this run. */
  readonly taken: Set<string>;
}

/** `{folder}{stem}{n}.xml` with n past every such part of the package and of this run. */
export function freshPartPath(pkg: XlsxPackage, folder: string, stem: string, taken: Set<string>): string {
  const prefix = (folder + stem).toLowerCase();
  let n = 1;
  for (const path of [...pkg.paths, ...taken]) {
    const p = path.toLowerCase();
    if (!p.startsWith(prefix) || !p.endsWith(".xml")) continue;
    const digits = p.slice(prefix.length, -4);
    if (/^\d+$/.test(digits)) n = Math.max(n, Number(digits) + 1);
  }
  let path = `${folder}${stem}${n}.xml`;
  while (pkg.has(path) || taken.has(path.toLowerCase())) path = `${folder}${stem}${++n}.xml`;
  taken.add(path.toLowerCase());
  return path;
}

/**
 * Writes the chart of `t.sheet` (if it has one) into `editor`, adding the
 * parts' overrides to `overrides`; returns the sheet's relationship id of the
 * drawing (for `<drawing r:id>`), or undefined when the sheet has no chart.
 */
export function writeReportChart(pkg: XlsxPackage, editor: PackageEditor, t: ChartTarget, overrides: { path: string; type: string }[]): string | undefined {
  const chart = t.sheet.chart;
  if (chart === undefined) return undefined;
  const base = folderOf(t.workbookPath);
  const drawingPath = freshPartPath(pkg, base + "drawings/", "drawing", t.taken);
  const chartPath = freshPartPath(pkg, base + "charts/", "chart", t.taken);
  const ns = drawingNamespaces(t.flavour);
  const rel = (kind: string) => t.flavour.relType + "/" + kind;
  const drawingRelId = "rId1";
  const chartRelId = "rId1";

  editor.set(chartPath, chartXml(chart, t.sheet, t.sheetName, ns, t.flavour.relationships));
  editor.set(drawingPath, drawingXml(chart.anchor, chartRelId, chart.title, ns, t.flavour.relationships));
  const drawingRels = addRelationships(EMPTY_RELATIONSHIPS, [{ id: chartRelId, type: rel("chart"), target: relativeTarget(drawingPath, chartPath) }]);
  const sheetRels = addRelationships(EMPTY_RELATIONSHIPS, [{ id: drawingRelId, type: rel("drawing"), target: relativeTarget(t.sheetPath, drawingPath) }]);
  editor.set(relsPathOf(drawingPath), drawingRels);
  editor.set(relsPathOf(t.sheetPath), sheetRels);

  overrides.push({ path: drawingPath, type: CT_DRAWING }, { path: chartPath, type: CT_CHART });
  // Without the usual Default for `.rels` each relationships part needs its own Override (by the Default alone: an
  // Override the replaced sheet's relationships had is removed with them).
  if (t.types.defaults.get("rels") !== CT.relationships) {
    for (const rels of [relsPathOf(drawingPath), relsPathOf(t.sheetPath)]) overrides.push({ path: rels, type: CT.relationships });
  }
  return drawingRelId;
}

/** True when every shape of the drawing is a report chart (and there is at least one). */
export function isReportDrawing(xml: string): boolean {
  let doc;
  try {
    doc = parseXml(xml, "a drawing");
  } catch {
    return false;
  }
  const ns = doc.root.uri;
  const anchors = new Set(["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]);
  if (doc.root.children.length === 0) return false;
  if (!doc.root.children.every((c) => c.uri === ns && anchors.has(c.local))) return false;
  const shapes = descendants(doc.root, ns, "cNvPr");
  return shapes.length === doc.root.children.length && shapes.every((s) => attr(s, "name") === REPORT_CHART_NAME);
}

/** Parts a chart part brings along (Excel's chart style and colour parts), and its own relationships. */
function chartParts(pkg: XlsxPackage, chartPath: string): string[] {
  const relsPath = relsPathOf(chartPath);
  const out = [chartPath];
  if (!pkg.has(relsPath)) return out;
  out.push(relsPath);
  for (const r of safeRelationships(pkg, chartPath)) {
    const kind = relKind(r.type);
    if (r.path !== null && (kind === "chartStyle" || kind === "chartColorStyle") && pkg.has(r.path)) out.push(r.path);
  }
  return out;
}

function safeRelationships(pkg: XlsxPackage, source: string) {
  try {
    return parseRelationships(source, pkg.text(relsPathOf(source)));
  } catch {
    return [];
  }
}

/**
 * The report chart's parts of a replaced report sheet (its drawing when that
 * holds nothing but report charts, the drawing's relationships, its charts),
 * deleted from `editor`; returns their paths (for the content types).
 */
export function removeReportChart(pkg: XlsxPackage, editor: PackageEditor, sheetPath: string): string[] {
  const removed: string[] = [];
  for (const r of safeRelationships(pkg, sheetPath)) {
    if (relKind(r.type) !== "drawing" || r.path === null) continue;
    const xml = pkg.text(r.path);
    if (xml === undefined || !isReportDrawing(xml)) continue;
    removed.push(r.path);
    if (pkg.has(relsPathOf(r.path))) removed.push(relsPathOf(r.path));
    for (const c of safeRelationships(pkg, r.path)) {
      if (relKind(c.type) === "chart" && c.path !== null && pkg.has(c.path)) removed.push(...chartParts(pkg, c.path));
    }
  }
  for (const path of removed) editor.delete(path);
  return removed;
}

/** A report chart as the committee copy takes it: the drawing and chart parts' text, and the drawing's relationship id of the chart. */
export interface CopiedChart {
  readonly drawingXml: string;
  readonly chartXml: string;
  readonly chartRelId: string;
}

/**
 * The report chart of a generated sheet, for the committee copy: its
 * drawing when every shape in it is the report's chart and it points to one
 * chart, and that chart when it needs no relationships of its own (no
 * `r:id` in it; Excel's style and colour parts, implicit, are left behind).
 * Null otherwise: the copy then goes without a chart, as before.
 */
export function copiedReportChart(pkg: XlsxPackage, sheetPath: string): CopiedChart | null {
  const drawings = safeRelationships(pkg, sheetPath).filter((r) => relKind(r.type) === "drawing" && r.path !== null);
  if (drawings.length !== 1) return null;
  const drawingPath = drawings[0].path as string;
  const drawingXml = pkg.text(drawingPath);
  if (drawingXml === undefined || !isReportDrawing(drawingXml)) return null;
  const charts = safeRelationships(pkg, drawingPath).filter((r) => relKind(r.type) === "chart" && r.path !== null);
  if (charts.length !== 1) return null;
  const chartXml = pkg.text(charts[0].path as string);
  if (chartXml === undefined || /\sr:id\s*=/.test(chartXml) || /:id\s*=\s*"rId/.test(chartXml)) return null;
  return { drawingXml, chartXml, chartRelId: charts[0].id };
}
