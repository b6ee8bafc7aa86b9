/**
 * The areas of a sheet that are not cells: its merged areas (`<mergeCells>`,
 * after `<sheetData>`) and the totals rows of its Excel tables, whose cells
 * the scanner passes over.
 */
import type { MergedArea } from "../../core/grid";
import { MAX_COLS, MAX_ROWS } from "./cell-ref";
import { cellOutOfRange } from "./damaged";
import type { XlsxPackage } from "./package";
import { relsPathOf } from "./part-paths";
import { parseRelationships } from "./relationships";
import { attributes, elements, findStartTag, prefixedAttribute, prefixOf, tagEnd } from "./xml";

/** The sheet's merged areas (`<mergeCells>` follows `<sheetData>`). */
export function readMerges(xml: string, p: string, from: number, sheet: string, part: string): MergedArea[] {
  const start = findStartTag(xml, p + "mergeCells", from);
  if (start < 0) return [];
  const end = xml.indexOf("</" + p + "mergeCells>", start);
  const section = xml.slice(start, end < 0 ? xml.length : end);
  const out: MergedArea[] = [];
  const re = /\sref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?["']/g;
  for (let m = re.exec(section); m !== null; m = re.exec(section)) {
    const top = Number(m[2]) - 1;
    const left = lettersToIndex(m[1]);
    const bottom = m[4] !== undefined ? Number(m[4]) - 1 : top;
    const right = m[3] !== undefined ? lettersToIndex(m[3]) : left;
    if (Math.max(top, bottom) >= MAX_ROWS || Math.max(left, right) >= MAX_COLS) {
      throw cellOutOfRange(sheet, part, xml, start + m.index, m[0].replace(/^\s*ref\s*=\s*["']|["']$/g, ""));
    }
    out.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return out;
}

/**
 * The totals rows of the sheet's tables (`<tableParts>` → table parts with a
 * `totalsRowCount`), as areas whose cells are not read. Table parts that are
 * missing or unreadable are passed over: they change nothing else.
 */
export function totalsRows(pkg: XlsxPackage, sheetPath: string, xml: string, p: string, from: number): MergedArea[] {
  const start = findStartTag(xml, p + "tableParts", from);
  if (start < 0) return [];
  const rels = parseRelationships(sheetPath, pkg.text(relsPathOf(sheetPath)));
  const out: MergedArea[] = [];
  for (const el of elements(xml, p + "tablePart", start)) {
    const id = prefixedAttribute(attributes(el.tag), "id");
    const rel = rels.find((r) => r.id === id);
    const table = rel?.path != null ? pkg.text(rel.path) : undefined;
    if (table === undefined) continue;
    const tp = prefixOf(table, "table");
    const at = findStartTag(table, tp + "table");
    if (at < 0) continue;
    const a = attributes(table.slice(at, tagEnd(table, at)));
    const count = Number(a.get("totalsRowCount") ?? "0");
    const ref = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec((a.get("ref") ?? "").trim());
    if (!(Number.isInteger(count) && count > 0) || ref === null) continue;
    const bottom = Number(ref[4]) - 1;
    out.push({ top: bottom - count + 1, left: lettersToIndex(ref[1]), bottom, right: lettersToIndex(ref[3]) });
  }
  return out;
}

export function inAny(areas: readonly MergedArea[], row: number, col: number): boolean {
  for (const a of areas) if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return true;
  return false;
}

function lettersToIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n - 1;
}
