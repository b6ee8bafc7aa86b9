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
import { savePackage, type SaveOptions, type XlsxPackage } from "./package";
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

export function writeReport(pkg: XlsxPackage, model: ReportModel, opts: SaveOptions = {}): WriteReportResult {
  const wb = workbookOf(pkg);
  const placements = placeReportSheets(listSheets(pkg), model);
  for (const pl of placements) checkSheetName(pl.name);

  const typesXml0 = pkg.text(CONTENT_TYPES_PATH);
  if (typesXml0 === undefined) throw new XlsxError("not-a-package", "the package has no [Content_Types].xml");
  const types = parseContentTypes(typesXml0);
  const editor = pkg.edit();
  const relNs = wb.flavour.relationships;
  let workbookXml = pkg.text(wb.path) as string;
  let relsXml = pkg.text(wb.relsPath) ?? EMPTY_RELATIONSHIPS;
  let typesXml = typesXml0;

  const styles = new StyleSheetWriter(wb.stylesPath === null ? undefined : pkg.text(wb.stylesPath), wb.flavour);

  const relIds = new Set(wb.rels.map((r) => r.id));
  const takenPaths = new Set<string>();
  let maxSheetId = wb.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0);
  let nextIndex = wb.sheets.length;
  const replaced = new Map<string, SheetEntry>();
  const replacedIndices = new Set<number>();
  const replacedSheetIds = new Set<number>();
  const newSheets: NewSheetEntry[] = [];
  const newRels: { id: string; type: string; target: string }[] = [];
  const overrides: { path: string; type: string }[] = [];
  const removedParts: string[] = [];
  const names: NewDefinedName[] = [];
  const renamed = new Map<string, string>();

  for (const pl of placements) {
    let index: number;
    let partPath: string;
    const old = pl.replaces === null ? undefined : wb.sheets.find((s) => s.name === pl.replaces);
    if (old !== undefined) {
      if (replaced.has(old.name)) throw new XlsxError("invalid-report", "two report sheets replace " + old.name, old.name);
      replaced.set(old.name, old);
      index = old.index;
      replacedIndices.add(index);
      replacedSheetIds.add(old.sheetId);
      let sheetRelId = old.relId;
      if (old.path !== null && old.kind === "worksheet") {
        partPath = old.path;
        removedParts.push(...removeReportChart(pkg, editor, old.path));
        const oldRels = relsPathOf(old.path);
        if (pkg.has(oldRels)) {
          editor.delete(oldRels);
          removedParts.push(oldRels);
        }
      } else {
        // A marked sheet whose part is missing or not a worksheet: give it a new one.
        partPath = freshSheetPath(pkg, wb, takenPaths);
        const relId = freshRelationshipId(relIds);
        relIds.add(relId);
        newRels.push({ id: relId, type: wb.flavour.relType + "/worksheet", target: relativeTarget(wb.path, partPath) });
        workbookXml = retargetSheet(workbookXml, relNs, old.relId, relId);
        sheetRelId = relId;
      }
      if (contentTypeOf(types, partPath) !== CT.worksheet) overrides.push({ path: partPath, type: CT.worksheet });
      if (old.name !== pl.name) {
        workbookXml = renameSheet(workbookXml, relNs, sheetRelId, pl.name);
        renamed.set(old.name, pl.name);
      }
    } else {
      index = nextIndex++;
      partPath = freshSheetPath(pkg, wb, takenPaths);
      const relId = freshRelationshipId(relIds);
      relIds.add(relId);
      maxSheetId++;
      newSheets.push({ name: pl.name, sheetId: maxSheetId, relId });
      newRels.push({ id: relId, type: wb.flavour.relType + "/worksheet", target: relativeTarget(wb.path, partPath) });
      overrides.push({ path: partPath, type: CT.worksheet });
    }

    const chartTarget = { sheet: pl.sheet, sheetName: pl.name, sheetPath: partPath, workbookPath: wb.path, flavour: wb.flavour, types, taken: takenPaths };
    const drawingRelId = writeReportChart(pkg, editor, chartTarget, overrides);
    editor.set(partPath, reportSheetXml(pl.sheet, styles, wb.flavour, drawingRelId));
    const repeat = pl.sheet.print.repeatRows;
    if (repeat !== null) {
      names.push({
        name: "_xlnm.Print_Titles",
        localSheetId: index,
        hidden: false,
        formula: printTitlesFormula(pl.name, repeat.top, repeat.bottom),
      });
    }
    names.push({ name: GENERATED_MARKER_NAME, localSheetId: index, hidden: true, formula: GENERATED_MARKER_VALUE });
  }

  // A replaced sheet's formulas in calcChain.xml would point at cells without formulas: Excel calls that damage.
  if (wb.calcChainPath !== null && replacedSheetIds.size > 0) {
    const chain = pkg.text(wb.calcChainPath);
    if (chain !== undefined && calcChainMentions(chain, replacedSheetIds)) {
      editor.delete(wb.calcChainPath);
      removedParts.push(wb.calcChainPath);
      const chainPath = wb.calcChainPath.toLowerCase();
      relsXml = removeRelationships(relsXml, new Set(wb.rels.filter((r) => r.path?.toLowerCase() === chainPath).map((r) => r.id)));
    }
  }

  workbookXml = appendSheets(workbookXml, newSheets, relNs);
  workbookXml = removeScopedNames(workbookXml, replacedIndices);
  workbookXml = addDefinedNames(workbookXml, names);
  editor.set(wb.path, asUtf8Text(workbookXml));

  if (styles.created) {
    const stylesPath = folderOf(wb.path) + "styles.xml";
    const relId = freshRelationshipId(relIds);
    relIds.add(relId);
    newRels.push({ id: relId, type: wb.flavour.relType + "/styles", target: relativeTarget(wb.path, stylesPath) });
    overrides.push({ path: stylesPath, type: CT.styles });
    editor.set(stylesPath, styles.toXml());
  } else if (styles.changed && wb.stylesPath !== null) {
    editor.set(wb.stylesPath, asUtf8Text(styles.toXml()));
  }

  updateAppProps(pkg, editor, {
    before: wb.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name),
    renamed,
    added: newSheets.map((s) => s.name),
  });
  relsXml = addRelationships(relsXml, newRels);
  if (newRels.length > 0 || relsXml !== pkg.text(wb.relsPath)) editor.set(wb.relsPath, asUtf8Text(relsXml));
  typesXml = removeOverrides(typesXml, removedParts);
  typesXml = setOverrides(typesXml, overrides);
  if (typesXml !== typesXml0) editor.set(CONTENT_TYPES_PATH, asUtf8Text(typesXml));

  return { bytes: savePackage(editor.build(), opts), written: placements.map((pl) => pl.name) };
}
