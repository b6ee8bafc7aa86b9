/**
 * Namespace URIs, relationship types and content types the adapter reads or
 * writes. Transitional OOXML (what Excel, LibreOffice and every library write
 * by default) and Strict OOXML (Excel's "Strict Open XML" save option) name
 * the same things with different URIs; a workbook keeps the flavour it has.
 */

export interface OoxmlFlavour {
  readonly main: string;
  readonly relationships: string;
  /** Prefix of relationship type URIs: `${relType}/worksheet`. */
  readonly relType: string;
}

export const TRANSITIONAL: OoxmlFlavour = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

export const STRICT: OoxmlFlavour = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  relType: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

export const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const CONTENT_TYPES_PATH = "[Content_Types].xml";

export const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
} as const;

/** The last segment of a relationship type URI, the same in both flavours (`worksheet`, `styles`, ...). */
export function relKind(type: string): string {
  const slash = type.lastIndexOf("/");
  return slash < 0 ? type : type.slice(slash + 1);
}

/** Picks the flavour from the workbook root's default/main namespace. */
export function flavourOf(workbookXml: string): OoxmlFlavour {
  return workbookXml.indexOf(STRICT.main) >= 0 ? STRICT : TRANSITIONAL;
}

/** DrawingML namespaces of a chart and its drawing, in the workbook's flavour. */
export interface DrawingNamespaces {
  /** `c:` — the chart part (also graphicData's uri for a chart). */
  readonly chart: string;
  /** `xdr:` — the drawing part of a worksheet. */
  readonly spreadsheetDrawing: string;
  /** `a:` — shapes, text and colours. */
  readonly main: string;
}

export const TRANSITIONAL_DRAWING: DrawingNamespaces = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
};

export const STRICT_DRAWING: DrawingNamespaces = {
  chart: "http://purl.oclc.org/ooxml/drawingml/chart",
  spreadsheetDrawing: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  main: "http://purl.oclc.org/ooxml/drawingml/main",
};

export function drawingNamespaces(flavour: OoxmlFlavour): DrawingNamespaces {
  return flavour.main === STRICT.main ? STRICT_DRAWING : TRANSITIONAL_DRAWING;
}

/** Content types of the parts a report chart adds (the same in both flavours). */
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
