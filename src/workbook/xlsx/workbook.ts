/**
 * The workbook's structure: where workbook.xml is, its sheets in tab order
 * (name → part through the relationship id), sheet states, defined names
 * (with their sheet scope), the date system, and the workbook-level parts
 * (shared strings, styles, theme, calc chain). Parsed once per package.
 */
import { XlsxError } from "./errors";
import { STRICT, TRANSITIONAL, relKind, type OoxmlFlavour } from "./namespaces";
import type { XlsxPackage } from "./package";
import { relsPathOf } from "./part-paths";
import { parseRelationships, type Relationship } from "./relationships";
import { decodeXml } from "./xml";
import { attr, childrenNamed, descendants, firstChild, innerText, parseXml, type XmlNode } from "./xml-tree";

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

/** The relationship id of a `<sheet>`: `r:id` in either flavour's namespace, whatever its prefix. */
function relIdOf(sheet: XmlNode): string {
  return attr(sheet, "id", TRANSITIONAL.relationships) ?? attr(sheet, "id", STRICT.relationships) ?? "";
}

function sheetEntries(pkg: XlsxPackage, root: XmlNode, rels: readonly Relationship[]): SheetEntry[] {
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const sheetsEl = firstChild(root, root.uri, "sheets");
  if (sheetsEl === undefined) return sheets;
  for (const el of childrenNamed(sheetsEl, root.uri, "sheet")) {
    const relId = relIdOf(el);
    const rel = relById.get(relId);
    const state = attr(el, "state");
    const stored = rel?.path != null ? pkg.resolve(rel.path) : undefined;
    sheets.push({
      name: attr(el, "name") ?? "",
      index: sheets.length,
      sheetId: Number(attr(el, "sheetId") ?? "0"),
      relId,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      kind: rel !== undefined ? sheetKind(rel.type) : "unknown",
      path: stored ?? rel?.path ?? null,
    });
  }
  return sheets;
}

function parseWorkbook(pkg: XlsxPackage): WorkbookInfo {
  const path = workbookPath(pkg);
  const xml = pkg.text(path) as string;
  const doc = parseXml(xml, path);
  const root = doc.root;
  if (root.local !== "workbook") throw new XlsxError("no-workbook", path + " is not a SpreadsheetML workbook");
  const relsPath = relsPathOf(path);
  const rels = parseRelationships(path, pkg.text(relsPath));
  const sheets = sheetEntries(pkg, root, rels);

  const definedNames: DefinedName[] = [];
  for (const el of descendants(root, root.uri, "definedName")) {
    const local = attr(el, "localSheetId");
    definedNames.push({
      name: attr(el, "name") ?? "",
      localSheetId: local !== undefined && /^\d+$/.test(local) ? Number(local) : null,
      hidden: isTrue(attr(el, "hidden")),
      formula: decodeXml(innerText(doc, el)),
    });
  }

  const pr = firstChild(root, root.uri, "workbookPr");
  const date1904 = pr !== undefined && isTrue(attr(pr, "date1904"));
  const partOf = (kind: string): string | null => {
    const rel = rels.find((r) => relKind(r.type) === kind && r.path !== null);
    return rel?.path != null ? (pkg.resolve(rel.path) ?? null) : null;
  };
  return {
    path,
    relsPath,
    flavour: root.uri === STRICT.main ? STRICT : TRANSITIONAL,
    prefix: root.prefix === "" ? "" : root.prefix + ":",
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
