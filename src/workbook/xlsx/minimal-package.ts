/**
 * A new, minimal package: workbook, sheets, styles (and the theme when one
 * is given, and a sheet's chart when it has one), nothing else — what createWorkbook and exportSheets produce.
 * No docProps: neither Excel nor LibreOffice needs them.
 */
import { CONTENT_TYPES_NS, CONTENT_TYPES_PATH, CT, CT_CHART, CT_DRAWING, PACKAGE_RELATIONSHIPS_NS, TRANSITIONAL, type OoxmlFlavour } from "./namespaces";
import { savePackage, XlsxPackage } from "./package";
import { strToU8 } from "fflate";
import type { ZipCodec } from "./zip-codec";
import { definedNameXml, type NewDefinedName } from "./workbook-edit";
import { escapeAttr } from "./xml";

export interface MinimalSheet {
  readonly name: string;
  /** The sheet part; with a chart, its `<drawing r:id="rId1"/>`. */
  readonly xml: string;
  /** A chart on the sheet (the report's, in the committee copy): written as drawing N and chart N for sheet N. */
  readonly chart?: { readonly drawingXml: string; readonly chartXml: string; readonly chartRelId: string };
  /** A hidden sheet (state="hidden"): still read by programs, not shown as a tab. */
  readonly hidden?: boolean;
}

export interface MinimalPackageSpec {
  readonly sheets: readonly MinimalSheet[];
  readonly stylesXml: string | Uint8Array;
  readonly themeXml?: Uint8Array | null;
  readonly definedNames?: readonly NewDefinedName[];
  readonly date1904?: boolean;
  readonly flavour?: OoxmlFlavour;
  /** The deflate implementation (default fflate). */
  readonly codec?: ZipCodec;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function buildMinimalPackage(spec: MinimalPackageSpec): Uint8Array {
  const f = spec.flavour ?? TRANSITIONAL;
  const hasTheme = spec.themeXml !== undefined && spec.themeXml !== null;
  const parts: [string, Uint8Array][] = [];
  const put = (path: string, data: string | Uint8Array): void => {
    parts.push([path, typeof data === "string" ? strToU8(data) : data]);
  };

  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/>`,
    ...spec.sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT.worksheet}"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/>`,
    ...(hasTheme ? [`<Override PartName="/xl/theme/theme1.xml" ContentType="${CT.theme}"/>`] : []),
    ...spec.sheets.flatMap((s, i) =>
      s.chart === undefined
        ? []
        : [
            `<Override PartName="/xl/drawings/drawing${i + 1}.xml" ContentType="${CT_DRAWING}"/>`,
            `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="${CT_CHART}"/>`,
          ],
    ),
  ];
  put(
    CONTENT_TYPES_PATH,
    XML_HEAD +
      `<Types xmlns="${CONTENT_TYPES_NS}">` +
      `<Default Extension="rels" ContentType="${CT.relationships}"/><Default Extension="xml" ContentType="${CT.xml}"/>` +
      overrides.join("") +
      "</Types>",
  );
  put(
    "_rels/.rels",
    XML_HEAD +
      `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
      `<Relationship Id="rId1" Type="${f.relType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );

  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const names = spec.definedNames ?? [];
  put(
    "xl/workbook.xml",
    XML_HEAD +
      `<workbook xmlns="${f.main}" xmlns:r="${f.relationships}">` +
      (spec.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>") +
      '<bookViews><workbookView activeTab="0"/></bookViews>' +
      `<sheets>${sheets}</sheets>` +
      (names.length > 0 ? `<definedNames>${names.map((n) => definedNameXml("", n)).join("")}</definedNames>` : "") +
      "</workbook>",
  );
  const n = spec.sheets.length;
  put(
    "xl/_rels/workbook.xml.rels",
    XML_HEAD +
      `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
      spec.sheets
        .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${f.relType}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("") +
      `<Relationship Id="rId${n + 1}" Type="${f.relType}/styles" Target="styles.xml"/>` +
      (hasTheme ? `<Relationship Id="rId${n + 2}" Type="${f.relType}/theme" Target="theme/theme1.xml"/>` : "") +
      "</Relationships>",
  );
  spec.sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  spec.sheets.forEach((s, i) => {
    if (s.chart === undefined) return;
    const rels = (id: string, kind: string, target: string) =>
      XML_HEAD + `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}"><Relationship Id="${escapeAttr(id)}" Type="${f.relType}/${kind}" Target="${target}"/></Relationships>`;
    put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, rels("rId1", "drawing", `../drawings/drawing${i + 1}.xml`));
    put(`xl/drawings/drawing${i + 1}.xml`, s.chart.drawingXml);
    put(`xl/drawings/_rels/drawing${i + 1}.xml.rels`, rels(s.chart.chartRelId, "chart", `../charts/chart${i + 1}.xml`));
    put(`xl/charts/chart${i + 1}.xml`, s.chart.chartXml);
  });
  put("xl/styles.xml", spec.stylesXml);
  if (hasTheme) put("xl/theme/theme1.xml", spec.themeXml as Uint8Array);
  return savePackage(new XlsxPackage(parts), { codec: spec.codec });
}
