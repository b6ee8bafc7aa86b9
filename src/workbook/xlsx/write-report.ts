/**
 * Writes the report sheets into a copy of the user's package.
 *
 * Only these parts change: workbook.xml (new `<sheet>` elements, defined
 * names of the report sheets), its relationships, [Content_Types].xml,
 * styles.xml (styles appended) and the report sheets' own parts. Every
 * other part — the register, charts, pivot tables, images, VBA, ... — is
 * written back byte for byte. calcChain.xml is left alone unless a replaced
 * sheet had formulas listed in it (then it is dropped and Excel rebuilds it).
 * docProps/app.xml's sheet list gets the new and renamed sheets when it
 * matches the workbook (app-props.ts); a stale list stays as it is.
 *
 * A report sheet that replaces a marked sheet takes over its tab position,
 * sheetId, relationship and part path: no other sheet moves, so the sheet
 * indices of every other defined name (localSheetId) stay right. The old
 * sheet's relationships part is removed; parts only it pointed to (a
 * comment, a drawing someone added) stay as unreferenced parts, which Excel
 * ignores — except the report's own chart (its drawing and chart parts are
 * removed and the new sheet gets new ones: report-chart.ts). New sheets go
 * after the existing ones.
 *
 * All or nothing: everything is built in memory and returned as bytes; the
 * caller writes the file only when this returns.
 */
import { placeReportSheets } from "../../core/report/placement";
import { GENERATED_MARKER_NAME, GENERATED_MARKER_VALUE, type ReportModel } from "../../core/report/model";
import { contentTypeOf, parseContentTypes, removeOverrides, setOverrides } from "./content-types";
import { XlsxError } from "./errors";
import { CONTENT_TYPES_PATH, CT } from "./namespaces";
import { deflateAheadFor, savePackage, savePackageAsync, type SaveOptions, type XlsxPackage } from "./package";
import { folderOf, relativeTarget, relsPathOf } from "./part-paths";
import { listSheets } from "./read-grid";
import { addRelationships, EMPTY_RELATIONSHIPS, freshRelationshipId, removeRelationships } from "./relationships";
import { printTitlesFormula, reportSheetXml } from "./report-sheet";
import { removeReportChart, writeReportChart } from "./report-chart";
import { checkSheetName } from "./sheet-name";
import { StyleSheetWriter } from "./styles-write";
import { workbookOf, type SheetEntry, type WorkbookInfo } from "./workbook";
import {
  addDefinedNames,
  appendSheets,
  removeScopedNames,
  renameSheet,
  retargetSheet,
  type NewDefinedName,
  type NewSheetEntry,
} from "./workbook-edit";
import { asUtf8Text } from "./xml-tree";
import { updateAppProps } from "./app-props";

export interface WriteReportResult {
  /** The new package. */
  readonly bytes: Uint8Array;
  /** The names the report sheets were written under, in model order (`進捗集計 (2)` after a clash). */
  readonly written: string[];
}

/** A worksheet part path not used yet: `xl/worksheets/sheet{n}.xml`. */
function freshSheetPath(pkg: XlsxPackage, wb: WorkbookInfo, taken: Set<string>): string {
  const folder = folderOf(wb.path) + "worksheets/";
  let n = 1;
  for (const path of pkg.paths) {
    const m = /sheet(\d+)\.xml$/i.exec(path);
    if (m !== null && path.toLowerCase().startsWith(folder.toLowerCase())) n = Math.max(n, Number(m[1]) + 1);
  }
  let path = `${folder}sheet${n}.xml`;
  while (pkg.has(path) || taken.has(path.toLowerCase())) path = `${folder}sheet${++n}.xml`;
  taken.add(path.toLowerCase());
  return path;
}

/** True when calcChain.xml lists cells of one of these sheets (`i` = sheetId; an entry without `i` repeats the previous one's). */
function calcChainMentions(xml: string, sheetIds: ReadonlySet<number>): boolean {
  const re = /\si\s*=\s*["'](\d+)["']/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) if (sheetIds.has(Number(m[1]))) return true;
  return false;
}

/** Everything writeReport changes, gathered while the sheets are placed, then written into the package. */
interface PackageEdit {
  readonly pkg: XlsxPackage;
  readonly wb: WorkbookInfo;
  readonly editor: ReturnType<XlsxPackage["edit"]>;
  readonly types: ReturnType<typeof parseContentTypes>;
  readonly styles: StyleSheetWriter;
  workbookXml: string;
  relsXml: string;
  readonly relIds: Set<string>;
  readonly takenPaths: Set<string>;
  maxSheetId: number;
  nextIndex: number;
  readonly replaced: Map<string, SheetEntry>;
  readonly replacedIndices: Set<number>;
  readonly replacedSheetIds: Set<number>;
  readonly newSheets: NewSheetEntry[];
  readonly newRels: { id: string; type: string; target: string }[];
  readonly overrides: { path: string; type: string }[];
  readonly removedParts: string[];
  readonly names: NewDefinedName[];
  readonly renamed: Map<string, string>;
  /** Handed each full block of a report sheet's XML as it is built (see ZipCodec.deflateAhead). */
  readonly onBlock?: (block: Uint8Array) => void;
}

type Placement = ReturnType<typeof placeReportSheets>[number];

export function writeReport(pkg: XlsxPackage, model: ReportModel, opts: SaveOptions = {}): WriteReportResult {
  const edited = reportPackage(pkg, model);
  return { bytes: savePackage(edited.pkg, opts), written: edited.written };
}

/** writeReport's bytes, deflated off the main thread where the codec can (the command line). */
export async function writeReportAsync(pkg: XlsxPackage, model: ReportModel, opts: SaveOptions = {}): Promise<WriteReportResult> {
  const edited = reportPackage(pkg, model, deflateAheadFor(pkg, opts));
  return { bytes: await savePackageAsync(edited.pkg, opts), written: edited.written };
}

/** The package with the report sheets in, not yet zipped; the names the sheets were written under. */
function reportPackage(pkg: XlsxPackage, model: ReportModel, onBlock?: (block: Uint8Array) => void): { readonly pkg: XlsxPackage; readonly written: string[] } {
  const wb = workbookOf(pkg);
  const placements = placeReportSheets(listSheets(pkg), model);
  for (const pl of placements) checkSheetName(pl.name);

  const typesXml0 = pkg.text(CONTENT_TYPES_PATH);
  if (typesXml0 === undefined) throw new XlsxError("not-a-package", "the package has no [Content_Types].xml");
  const edit = { ...startEdit(pkg, wb, typesXml0), onBlock };
  for (const pl of placements) placeSheet(edit, pl);
  dropStaleCalcChain(edit);
  edit.workbookXml = appendSheets(edit.workbookXml, edit.newSheets, wb.flavour.relationships);
  edit.workbookXml = removeScopedNames(edit.workbookXml, edit.replacedIndices);
  edit.workbookXml = addDefinedNames(edit.workbookXml, edit.names);
  edit.editor.set(wb.path, asUtf8Text(edit.workbookXml));
  writeStyles(edit);
  updateAppProps(pkg, edit.editor, {
    before: wb.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name),
    renamed: edit.renamed,
    added: edit.newSheets.map((s) => s.name),
  });
  writeRelsAndTypes(edit, typesXml0);
  return { pkg: edit.editor.build(), written: placements.map((pl) => pl.name) };
}

/** The edit's starting state: the package's workbook, relationships and styles as they are. */
function startEdit(pkg: XlsxPackage, wb: WorkbookInfo, typesXml: string): PackageEdit {
  return {
    pkg,
    wb,
    editor: pkg.edit(),
    types: parseContentTypes(typesXml),
    styles: new StyleSheetWriter(wb.stylesPath === null ? undefined : pkg.text(wb.stylesPath), wb.flavour),
    workbookXml: pkg.text(wb.path) as string,
    relsXml: pkg.text(wb.relsPath) ?? EMPTY_RELATIONSHIPS,
    relIds: new Set(wb.rels.map((r) => r.id)),
    takenPaths: new Set<string>(),
    maxSheetId: wb.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0),
    nextIndex: wb.sheets.length,
    replaced: new Map(),
    replacedIndices: new Set(),
    replacedSheetIds: new Set(),
    newSheets: [],
    newRels: [],
    overrides: [],
    removedParts: [],
    names: [],
    renamed: new Map(),
  };
}

/** A new relationship from the workbook to `partPath` (`type`: the flavour's type suffix, `/worksheet`); returns its id. */
function addWorkbookRel(edit: PackageEdit, type: string, partPath: string): string {
  const relId = freshRelationshipId(edit.relIds);
  edit.relIds.add(relId);
  edit.newRels.push({ id: relId, type: edit.wb.flavour.relType + type, target: relativeTarget(edit.wb.path, partPath) });
  return relId;
}

/** One report sheet: its part written in place of the marked sheet it replaces, or as a new sheet after the others. */
function placeSheet(edit: PackageEdit, pl: Placement): void {
  const old = pl.replaces === null ? undefined : edit.wb.sheets.find((s) => s.name === pl.replaces);
  const { index, partPath } = old !== undefined ? replaceSheet(edit, old, pl.name) : addSheet(edit, pl.name);
  const { wb } = edit;
  const chartTarget = { sheet: pl.sheet, sheetName: pl.name, sheetPath: partPath, workbookPath: wb.path, flavour: wb.flavour, types: edit.types, taken: edit.takenPaths };
  const drawingRelId = writeReportChart(edit.pkg, edit.editor, chartTarget, edit.overrides);
  edit.editor.set(partPath, reportSheetXml(pl.sheet, edit.styles, wb.flavour, drawingRelId, edit.onBlock));
  const repeat = pl.sheet.print.repeatRows;
  if (repeat !== null) {
    edit.names.push({
      name: "_xlnm.Print_Titles",
      localSheetId: index,
      hidden: false,
      formula: printTitlesFormula(pl.name, repeat.top, repeat.bottom),
    });
  }
  edit.names.push({ name: GENERATED_MARKER_NAME, localSheetId: index, hidden: true, formula: GENERATED_MARKER_VALUE });
}

/** A report sheet taking over a marked sheet's tab position, sheetId, relationship and part path. */
function replaceSheet(edit: PackageEdit, old: SheetEntry, name: string): { index: number; partPath: string } {
  if (edit.replaced.has(old.name)) throw new XlsxError("invalid-report", "two report sheets replace " + old.name, old.name);
  edit.replaced.set(old.name, old);
  edit.replacedIndices.add(old.index);
  edit.replacedSheetIds.add(old.sheetId);
  const relNs = edit.wb.flavour.relationships;
  let sheetRelId = old.relId;
  let partPath: string;
  if (old.path !== null && old.kind === "worksheet") {
    partPath = old.path;
    edit.removedParts.push(...removeReportChart(edit.pkg, edit.editor, old.path));
    const oldRels = relsPathOf(old.path);
    if (edit.pkg.has(oldRels)) {
      edit.editor.delete(oldRels);
      edit.removedParts.push(oldRels);
    }
  } else {
    // A marked sheet whose part is missing or not a worksheet: give it a new one.
    partPath = freshSheetPath(edit.pkg, edit.wb, edit.takenPaths);
    const relId = addWorkbookRel(edit, "/worksheet", partPath);
    edit.workbookXml = retargetSheet(edit.workbookXml, relNs, old.relId, relId);
    sheetRelId = relId;
  }
  if (contentTypeOf(edit.types, partPath) !== CT.worksheet) edit.overrides.push({ path: partPath, type: CT.worksheet });
  if (old.name !== name) {
    edit.workbookXml = renameSheet(edit.workbookXml, relNs, sheetRelId, name);
    edit.renamed.set(old.name, name);
  }
  return { index: old.index, partPath };
}

/** A new sheet after the existing ones. */
function addSheet(edit: PackageEdit, name: string): { index: number; partPath: string } {
  const index = edit.nextIndex++;
  const partPath = freshSheetPath(edit.pkg, edit.wb, edit.takenPaths);
  const relId = addWorkbookRel(edit, "/worksheet", partPath);
  edit.maxSheetId++;
  edit.newSheets.push({ name, sheetId: edit.maxSheetId, relId });
  edit.overrides.push({ path: partPath, type: CT.worksheet });
  return { index, partPath };
}

/** A replaced sheet's formulas in calcChain.xml would point at cells without formulas: Excel calls that damage. */
function dropStaleCalcChain(edit: PackageEdit): void {
  const { wb } = edit;
  if (wb.calcChainPath === null || edit.replacedSheetIds.size === 0) return;
  const chain = edit.pkg.text(wb.calcChainPath);
  if (chain === undefined || !calcChainMentions(chain, edit.replacedSheetIds)) return;
  edit.editor.delete(wb.calcChainPath);
  edit.removedParts.push(wb.calcChainPath);
  const chainPath = wb.calcChainPath.toLowerCase();
  edit.relsXml = removeRelationships(edit.relsXml, new Set(wb.rels.filter((r) => r.path?.toLowerCase() === chainPath).map((r) => r.id)));
}

/** styles.xml: written when the report's styles changed it, created (with its relationship) when the package had none. */
function writeStyles(edit: PackageEdit): void {
  const { styles, wb } = edit;
  if (styles.created) {
    const stylesPath = folderOf(wb.path) + "styles.xml";
    addWorkbookRel(edit, "/styles", stylesPath);
    edit.overrides.push({ path: stylesPath, type: CT.styles });
    edit.editor.set(stylesPath, styles.toXml());
  } else if (styles.changed && wb.stylesPath !== null) {
    edit.editor.set(wb.stylesPath, asUtf8Text(styles.toXml()));
  }
}

/** The workbook's relationships and [Content_Types].xml, each written only when it changed. */
function writeRelsAndTypes(edit: PackageEdit, typesXml0: string): void {
  const { wb } = edit;
  const relsXml = addRelationships(edit.relsXml, edit.newRels);
  if (edit.newRels.length > 0 || relsXml !== edit.pkg.text(wb.relsPath)) edit.editor.set(wb.relsPath, asUtf8Text(relsXml));
  let typesXml = removeOverrides(typesXml0, edit.removedParts);
  typesXml = setOverrides(typesXml, edit.overrides);
  if (typesXml !== typesXml0) edit.editor.set(CONTENT_TYPES_PATH, asUtf8Text(typesXml));
}
