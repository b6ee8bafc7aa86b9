/**
 * Charts (ExcelApi 1.1): a worksheet's ChartCollection and the parts of a
 * Chart the report writer sets — title, legend, data labels, the category
 * axis's order (1.7), and each series' name, values and categories (1.7)
 * and fill. Only what the adapter uses; anything else fails as undefined.
 *
 * charts.add with seriesBy `Columns` reads the source as Excel does for a
 * table with headers: the first row names the series, the first column
 * holds the categories, one series per other column. The fake requires a
 * text cell over every series column and left of every category (Excel
 * would guess otherwise): the adapter then sets names, values and
 * categories explicitly anyway.
 */
import { FakeOfficeError } from "../errors";
import type { FakeChart, FakeSheet, FakeWorkbook } from "../state";
import type { Rect } from "../address";
import { FakeClientObject, FakeCollection } from "./base";
import { RangeProxy, type RangeTarget } from "./range";

const CHART_TYPES = new Set(["BarStacked", "BarClustered", "BarStacked100", "ColumnStacked", "ColumnClustered", "Pie", "Line"]);
const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Invalid", "Custom"]);

export interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: FakeChart;
}

export interface SeriesTarget extends ChartTarget {
  readonly index: number;
}

/** The rectangle of a range argument on the chart's own sheet. */
function rectOf(range: unknown, sheet: FakeSheet, where: string): Rect {
  if (!(range instanceof RangeProxy)) throw new FakeOfficeError("InvalidArgument", "A Range is expected.", where);
  const t = range._resolve() as RangeTarget | null;
  if (t === null || t.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "The range is not on the chart's sheet.", where);
  return t.rect;
}

function seriesFrom(sheet: FakeSheet, source: Rect): FakeChart["series"] {
  const series: FakeChart["series"] = [];
  for (let c = source.left + 1; c <= source.right; c++) {
    const name = sheet.getValue(source.top, c);
    if (typeof name !== "string") throw new FakeOfficeError("InvalidArgument", "The fake needs a header row over the series.", "ChartCollection.add");
    series.push({
      name,
      values: { top: source.top + 1, left: c, bottom: source.bottom, right: c },
      categories: { top: source.top + 1, left: source.left, bottom: source.bottom, right: source.left },
      fill: null,
    });
  }
  return series;
}

export class ChartCollectionProxy extends FakeCollection<ChartProxy> {
  get _type(): string {
    return "ChartCollection";
  }
  protected _elements(target: unknown): unknown[] {
    const sheet = target as FakeSheet;
    return sheet.charts.map((chart) => ({ sheet, chart }) satisfies ChartTarget);
  }
  protected _itemProxy(): ChartProxy {
    return new ChartProxy(this.context);
  }

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    return this._make(
      "add",
      [type, sourceData, seriesBy],
      new ChartProxy(this.context),
      (t) => {
        const sheet = t as FakeSheet;
        if (!CHART_TYPES.has(type)) throw new FakeOfficeError("InvalidArgument", `Bad chart type ${type}.`, "ChartCollection.add");
        if (seriesBy !== "Columns") throw new FakeOfficeError("InvalidArgument", "The fake makes series by columns only.", "ChartCollection.add");
        const source = rectOf(sourceData, sheet, "ChartCollection.add");
        if (source.bottom <= source.top || source.right <= source.left) throw new FakeOfficeError("InvalidArgument", "The source has no data.", "ChartCollection.add");
        const wb: FakeWorkbook = this.context._engine.workbook;
        const chart: FakeChart = {
          id: wb.newId(),
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source,
          title: null,
          legendPosition: "Right",
          labels: { showValue: false, color: null, numberFormat: null },
          reversePlotOrder: false,
          position: null,
          series: seriesFrom(sheet, source),
        };
        sheet.charts.push(chart);
        return { sheet, chart } satisfies ChartTarget;
      },
      { requires: "1.1" },
    );
  }
}

/** A navigation object of a chart whose target is the chart's (or the series') own. */
abstract class ChartPart extends FakeClientObject {
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected _read(_t: unknown, _prop: string): unknown {
    return undefined;
  }
  protected chart(t: unknown): FakeChart {
    return (t as ChartTarget).chart;
  }
}

export class ChartProxy extends ChartPart {
  private titleProxy?: ChartTitleProxy;
  private legendProxy?: ChartLegendProxy;
  private labelsProxy?: ChartDataLabelsProxy;
  private axesProxy?: ChartAxesProxy;
  private seriesProxy?: ChartSeriesCollectionProxy;

  get _type(): string {
    return "Chart";
  }
  protected override get _scalars(): readonly string[] {
    return ["name", "id"];
  }
  protected override _read(t: unknown, prop: string): unknown {
    return prop === "name" ? this.chart(t).name : prop === "id" ? this.chart(t).id : undefined;
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return ({ title: this.title, legend: this.legend, dataLabels: this.dataLabels, axes: this.axes, series: this.series } as Record<string, FakeClientObject>)[name];
  }
  get name(): string {
    return this._get("name");
  }
  /** ExcelApi 1.1: the chart's (shape's) name; Excel refuses an empty one. */
  set name(v: string) {
    this._set("name", v, (t) => {
      if (typeof v !== "string" || v === "") throw new FakeOfficeError("InvalidArgument", "A chart needs a name.", "Chart.name");
      this.chart(t).name = v;
    });
  }
  get title(): ChartTitleProxy {
    return (this.titleProxy ??= new ChartTitleProxy(this.context, this));
  }
  get legend(): ChartLegendProxy {
    return (this.legendProxy ??= new ChartLegendProxy(this.context, this));
  }
  get dataLabels(): ChartDataLabelsProxy {
    return (this.labelsProxy ??= new ChartDataLabelsProxy(this.context, this));
  }
  get axes(): ChartAxesProxy {
    return (this.axesProxy ??= new ChartAxesProxy(this.context, this));
  }
  get series(): ChartSeriesCollectionProxy {
    return (this.seriesProxy ??= new ChartSeriesCollectionProxy(this.context, this));
  }

  /** Over the cells from `startCell` to `endCell` (A1 addresses on the chart's sheet, or ranges). */
  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    this._call("setPosition", [startCell, endCell ?? null], (t) => {
      const { sheet, chart } = t as ChartTarget;
      const rect = (cell: string | RangeProxy): Rect => {
        if (typeof cell !== "string") return rectOf(cell, sheet, "Chart.setPosition");
        const r = parseAddress(cell);
        if (r === null) throw new FakeOfficeError("InvalidArgument", `Bad cell ${cell}.`, "Chart.setPosition");
        return r;
      };
      const from = rect(startCell);
      const to = endCell === undefined ? from : rect(endCell);
      if (to.bottom < from.top || to.right < from.left) throw new FakeOfficeError("InvalidArgument", "The end cell is before the start cell.", "Chart.setPosition");
      chart.position = { top: from.top, left: from.left, bottom: to.bottom, right: to.right };
    });
  }
}

function parseAddress(cell: string): Rect | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(cell.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]) - 1;
  return { top: row, left: col - 1, bottom: row, right: col - 1 };
}

export class ChartTitleProxy extends ChartPart {
  get _type(): string {
    return "ChartTitle";
  }
  set text(v: string) {
    this._set("text", v, (t) => {
      if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", "The title is text.", "ChartTitle.text");
      this.chart(t).title = v;
    });
  }
}

export class ChartLegendProxy extends ChartPart {
  get _type(): string {
    return "ChartLegend";
  }
  set position(v: string) {
    this._set("position", v, (t) => {
      if (!LEGEND_POSITIONS.has(v)) throw new FakeOfficeError("InvalidArgument", `Bad legend position ${v}.`, "ChartLegend.position");
      this.chart(t).legendPosition = v;
    });
  }
}

export class ChartDataLabelsProxy extends ChartPart {
  private formatProxy?: ChartDataLabelFormatProxy;
  get _type(): string {
    return "ChartDataLabels";
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }
  get format(): ChartDataLabelFormatProxy {
    return (this.formatProxy ??= new ChartDataLabelFormatProxy(this.context, this));
  }
  set showValue(v: boolean) {
    this._set("showValue", v, (t) => void (this.chart(t).labels.showValue = v === true));
  }
  /** ExcelApi 1.8. */
  set numberFormat(v: string) {
    this._set("numberFormat", v, (t) => void (this.chart(t).labels.numberFormat = v), "1.8");
  }
}

export class ChartDataLabelFormatProxy extends ChartPart {
  private fontProxy?: ChartFontProxy;
  get _type(): string {
    return "ChartDataLabelFormat";
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return name === "font" ? this.font : undefined;
  }
  get font(): ChartFontProxy {
    return (this.fontProxy ??= new ChartFontProxy(this.context, this));
  }
}

export class ChartFontProxy extends ChartPart {
  get _type(): string {
    return "ChartFont";
  }
  set color(v: string) {
    this._set("color", v, (t) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeOfficeError("InvalidArgument", `Bad colour ${v}.`, "ChartFont.color");
      this.chart(t).labels.color = v.toUpperCase();
    });
  }
}

export class ChartAxesProxy extends ChartPart {
  private categoryProxy?: ChartAxisProxy;
  get _type(): string {
    return "ChartAxes";
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return name === "categoryAxis" ? this.categoryAxis : undefined;
  }
  get categoryAxis(): ChartAxisProxy {
    return (this.categoryProxy ??= new ChartAxisProxy(this.context, this));
  }
}

export class ChartAxisProxy extends ChartPart {
  get _type(): string {
    return "ChartAxis";
  }
  /** ExcelApi 1.7. */
  set reversePlotOrder(v: boolean) {
    this._set("reversePlotOrder", v, (t) => void (this.chart(t).reversePlotOrder = v === true), "1.7");
  }
}

export class ChartSeriesCollectionProxy extends ChartPart {
  get _type(): string {
    return "ChartSeriesCollection";
  }
  getItemAt(index: number): ChartSeriesProxy {
    return this._make("getItemAt", [index], new ChartSeriesProxy(this.context), (t) => {
      const { sheet, chart } = t as ChartTarget;
      return Number.isInteger(index) && index >= 0 && index < chart.series.length ? ({ sheet, chart, index } satisfies SeriesTarget) : null;
    });
  }
}

export class ChartSeriesProxy extends ChartPart {
  private formatProxy?: ChartSeriesFormatProxy;
  get _type(): string {
    return "ChartSeries";
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }
  get format(): ChartSeriesFormatProxy {
    return (this.formatProxy ??= new ChartSeriesFormatProxy(this.context, this));
  }
  private of(t: unknown) {
    const s = t as SeriesTarget;
    return s.chart.series[s.index];
  }
  set name(v: string) {
    this._set("name", v, (t) => void (this.of(t).name = String(v)));
  }
  /** ExcelApi 1.7. */
  setValues(range: RangeProxy): void {
    this._call("setValues", [range], (t) => void (this.of(t).values = rectOf(range, (t as SeriesTarget).sheet, "ChartSeries.setValues")), "1.7");
  }
  /** ExcelApi 1.7. */
  setXAxisValues(range: RangeProxy): void {
    this._call("setXAxisValues", [range], (t) => void (this.of(t).categories = rectOf(range, (t as SeriesTarget).sheet, "ChartSeries.setXAxisValues")), "1.7");
  }
}

export class ChartSeriesFormatProxy extends ChartPart {
  private fillProxy?: ChartFillProxy;
  get _type(): string {
    return "ChartSeriesFormat";
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return name === "fill" ? this.fill : undefined;
  }
  get fill(): ChartFillProxy {
    return (this.fillProxy ??= new ChartFillProxy(this.context, this));
  }
}

export class ChartFillProxy extends ChartPart {
  get _type(): string {
    return "ChartFill";
  }
  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], (t) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeOfficeError("InvalidArgument", `Bad colour ${color}.`, "ChartFill.setSolidColor");
      const s = t as SeriesTarget;
      s.chart.series[s.index].fill = color.toUpperCase();
    });
  }
}
