/**
 * The workbook's structure: where workbook.xml is, its sheets in tab order
 * (name → part through the relationship id), sheet states, defined names
 * (with their sheet scope), the date system, and the workbook-level parts
 * (shared strings, styles, theme, calc chain). Parsed once per package.
 */
import { XlsxError } from "./errors";
import { flavourOf, relKind, type OoxmlFlavour } from "./namespaces";
import type { XlsxPackage } from "./package";
import { relsPathOf } from "./part-paths";
import { parseRelationships, type Relationship } from "./relationships";
import { attributes, decodeXml, elements, firstElement, innerOf, prefixedAttribute, prefixOf } from "./xml";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "unknown";
export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  readonly name: string;
  /** Position in the tab order: what a defined name's localSheetId counts. */
  readonly index: number;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: SheetState;
  readonly kind: SheetKind;
  /** The sheet's part, or null when its relationship is missing. */
  readonly path: string | null;
}

export interface DefinedName {
  readonly name: string;
  /** Index (tab order) of the sheet the name is scoped to; null for a workbook-wide name. */
  readonly localSheetId: number | null;
  readonly hidden: boolean;
  /** The formula, decoded (`'進捗集計'!$5:$5`, `"shinchoku"`). */
  readonly formula: string;
}

export interface WorkbookInfo {
  /** The workbook part, usually `xl/workbook.xml`. */
  readonly path: string;
  readonly relsPath: string;
  readonly flavour: OoxmlFlavour;
  /** Prefix of the SpreadsheetML namespace in workbook.xml ("" or e.g. "x:"). */
  readonly prefix: string;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** Serial numbers count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly rels: readonly Relationship[];
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
  readonly themePath: string | null;
  readonly calcChainPath: string | null;
}

function sheetKind(relType: string): SheetKind {
  switch (relKind(relType)) {
    case "worksheet":
      return "worksheet";
    case "chartsheet":
      return "chartsheet";
    case "dialogsheet":
      return "dialogsheet";
    case "xlMacrosheet":
    case "xlIntlMacrosheet":
      return "macrosheet";
    default:
      return "unknown";
  }
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** The workbook part named by the package relationships (`_rels/.rels`). */
function workbookPath(pkg: XlsxPackage): string {
  const rootRels = parseRelationships("", pkg.text("_rels/.rels"));
  const office = rootRels.find((r) => relKind(r.type) === "officeDocument" && r.path !== null);
  const path = office?.path ?? "xl/workbook.xml";
  const stored = pkg.resolve(path);
  if (stored === undefined) throw new XlsxError("no-workbook", "the package has no workbook part (" + path + ")");
  return stored;
}

function parseWorkbook(pkg: XlsxPackage): WorkbookInfo {
  const path = workbookPath(pkg);
  const xml = pkg.text(path) as string;
  if (!/<([\w.-]+:)?workbook[\s>/]/.test(xml)) {
    throw new XlsxError("no-workbook", path + " is not a SpreadsheetML workbook");
  }
  const p = prefixOf(xml, "workbook");
  const relsPath = relsPathOf(path);
  const rels = parseRelationships(path, pkg.text(relsPath));
  const relById = new Map(rels.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  const sheetsEl = firstElement(xml, p + "sheets");
  if (sheetsEl !== null) {
    for (const el of elements(xml, p + "sheet", sheetsEl.openEnd, sheetsEl.end)) {
      const a = attributes(el.tag);
      const relId = prefixedAttribute(a, "id") ?? "";
      const rel = relById.get(relId);
      const state = a.get("state");
      const stored = rel?.path != null ? pkg.resolve(rel.path) : undefined;
      sheets.push({
        name: a.get("name") ?? "",
        index: sheets.length,
        sheetId: Number(a.get("sheetId") ?? "0"),
        relId,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        kind: rel !== undefined ? sheetKind(rel.type) : "unknown",
        path: stored ?? rel?.path ?? null,
      });
    }
  }

  const definedNames: DefinedName[] = [];
  for (const el of elements(xml, p + "definedName")) {
    const a = attributes(el.tag);
    const local = a.get("localSheetId");
    definedNames.push({
      name: a.get("name") ?? "",
      localSheetId: local !== undefined && /^\d+$/.test(local) ? Number(local) : null,
      hidden: isTrue(a.get("hidden")),
      formula: decodeXml(innerOf(xml, el, p + "definedName")),
    });
  }

  const pr = firstElement(xml, p + "workbookPr");
  const date1904 = pr !== null && isTrue(attributes(pr.tag).get("date1904"));
  const partOf = (kind: string): string | null => {
    const rel = rels.find((r) => relKind(r.type) === kind && r.path !== null);
    return rel?.path != null ? (pkg.resolve(rel.path) ?? null) : null;
  };
  return {
    path,
    relsPath,
    flavour: flavourOf(xml),
    prefix: p,
    sheets,
    definedNames,
    date1904,
    rels,
    sharedStringsPath: partOf("sharedStrings"),
    stylesPath: partOf("styles"),
    themePath: partOf("theme"),
    calcChainPath: partOf("calcChain"),
  };
}

export function workbookOf(pkg: XlsxPackage): WorkbookInfo {
  return pkg.memo("workbook", () => parseWorkbook(pkg));
}

/** Excel compares sheet names case-insensitively (as placement.ts does). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

/** The sheet by name (exact first, then case-insensitive), or throws sheet-not-found. */
export function sheetByName(pkg: XlsxPackage, name: string): SheetEntry {
  const sheets = workbookOf(pkg).sheets;
  const found = sheets.find((s) => s.name === name) ?? sheets.find((s) => sameSheetName(s.name, name));
  if (found === undefined) throw new XlsxError("sheet-not-found", "no sheet named " + name, name);
  return found;
}
