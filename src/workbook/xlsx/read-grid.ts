/**
 * Reading a worksheet into a Grid, and listing the sheets.
 *
 * The sheet XML is scanned by hand with indexOf — no DOM, no tree: a
 * 100 000-row register is some 50 MB of XML, and the grid is all we keep
 * (arrays of primitives; one shared object per distinct error value).
 *
 * What the scanner understands (ECMA-376 §18.3.1.4 `<c>`): `r` (optional —
 * a cell without it follows the previous one; a row without `r` follows the
 * previous row), `t` = s | str | inlineStr | b | e | n | d, `s` (style →
 * number format), `<v>` (for formulas, the cached result: formulas are never
 * evaluated here, and a formula without a cached value reads as empty and is
 * listed in Grid.uncalculated),
 * `<is>` (inline rich text). Shared formulas need nothing special: every cell
 * of the range carries its own cached `<v>`.
 *
 * Decisions where the contract is silent:
 * - grid.top/left are the first row and column holding a value, not
 *   `<dimension>` (writers leave it stale, or write A1 whatever the content),
 *   and not formatted-but-empty cells (whole formatted columns would make
 *   grids a million rows tall). Rows end at their last value.
 * - numberFormats exists only when some cell with a value has a format other
 *   than General; it then has exactly the shape of values, with null for
 *   General. The engine reads a missing format and null alike.
 * - merges: every merged area of the sheet (absolute), also outside the grid.
 * - the totals row of an Excel table (ListObject, `totalsRowCount` of its
 *   table part) is not read: it sums the rows above it (`計`, SUBTOTAL(...))
 *   and is no data of its own; read, it would be one more item or indicator.
 */
import { columnLetters, type CellError, type CellPosition, type CellValue, type Grid, type MergedArea } from "../../core/grid";
import { GENERATED_MARKER_NAME } from "../../core/report/model";
import { MAX_COLS, MAX_ROWS, parseCellRef, parseIndex, REF_MALFORMED, REF_OUT_OF_RANGE } from "./cell-ref";
import { cellOutOfRange, damagedPart } from "./damaged";
import { XlsxError } from "./errors";
import type { XlsxPackage } from "./package";
import { relsPathOf } from "./part-paths";
import { parseRelationships } from "./relationships";
import { isoToSerial } from "./serial-date";
import { hasSharedStrings, sharedStrings, stringItemText } from "./shared-strings";
import { cellFormats } from "./styles-read";
import { sheetByName, workbookOf, type SheetKind } from "./workbook";
import { attributes, decodeOoxmlString, decodeXml, elements, findStartTag, prefixedAttribute, prefixOf, tagEnd } from "./xml";

export interface SheetListing {
  readonly name: string;
  /** Carries the worksheet-scoped defined name GENERATED_MARKER_NAME: written by shinchoku. */
  readonly generated: boolean;
  /** Hidden or very hidden. */
  readonly hidden: boolean;
  /** Only worksheets have cells; the others are listed because their names are taken. */
  readonly kind: SheetKind;
}

/** Every sheet in tab order (what placeReportSheets needs, plus visibility). */
export function listSheets(pkg: XlsxPackage): SheetListing[] {
  const wb = workbookOf(pkg);
  const marker = GENERATED_MARKER_NAME.toUpperCase();
  const marked = new Set<number>();
  for (const n of wb.definedNames) {
    if (n.localSheetId !== null && n.name.toUpperCase() === marker) marked.add(n.localSheetId);
  }
  return wb.sheets.map((s) => ({
    name: s.name,
    generated: marked.has(s.index),
    hidden: s.state !== "visible",
    kind: s.kind,
  }));
}

export interface ReadGridOptions {
  /**
   * Read at most this many rows, counted from the first row holding a value
   * (e.g. 20 to find a header row without reading 100 000 rows).
   */
  readonly maxRows?: number;
}

// Cell types (the `t` attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** Placeholder for rows without values while scanning; replaced by fresh arrays in the grid. */
const NO_VALUES: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const NO_FORMATS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function typeCode(xml: string, from: number, to: number): number {
  const len = to - from;
  const c = xml.charCodeAt(from);
  if (len === 1) {
    if (c === 115) return T_SHARED; // s
    if (c === 98) return T_BOOL; // b
    if (c === 101) return T_ERROR; // e
    if (c === 100) return T_DATE; // d
    return T_NUMBER; // n
  }
  if (len === 3 && c === 115) return T_STR; // str
  if (len === 9 && c === 105) return T_INLINE; // inlineStr
  return T_NUMBER;
}

/**
 * What a cell reads as when its content cannot be what its type says (a
 * number cell holding `0x1F` or only spaces, a shared-string index past the
 * table): an error value, so the register reader reports it at the cell's
 * address — never a silent 0, 31 or blank (contract §3).
 */
const UNREADABLE: CellError = Object.freeze({ error: "#VALUE!" });

/** xsd:double as a number cell holds it (exponents allowed, whitespace collapsed); not INF/NaN, not hex. */
const XSD_NUMBER = /^[ \t\n\r]*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \t\n\r]*$/;

/** The number a number cell's text stands for, or UNREADABLE. */
function xsdNumber(raw: string): CellValue {
  if (!XSD_NUMBER.test(raw)) return UNREADABLE;
  const n = Number(raw);
  return Number.isFinite(n) ? n : UNREADABLE;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `-?digits(.digits)?` with at most 15 digits, without allocating a string:
 * the integer mantissa and the power of ten are both exact doubles, so one
 * division rounds correctly (the same double as Number()). NaN for anything
 * else (exponents, long numbers), which the caller hands to Number().
 */
function plainNumber(xml: string, from: number, to: number): number {
  let i = from;
  let negative = false;
  if (xml.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const n = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
  return negative ? -n : n;
}

/** The sheet's merged areas (`<mergeCells>` follows `<sheetData>`). */
function readMerges(xml: string, p: string, from: number, sheet: string, part: string): MergedArea[] {
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
function totalsRows(pkg: XlsxPackage, sheetPath: string, xml: string, p: string, from: number): MergedArea[] {
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

function inAny(areas: readonly MergedArea[], row: number, col: number): boolean {
  for (const a of areas) if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return true;
  return false;
}

function lettersToIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n - 1;
}

/** Reads one worksheet's cell values (cached results for formulas), number formats and merged areas. */
export function readGrid(pkg: XlsxPackage, sheetName: string, opts: ReadGridOptions = {}): Grid {
  const entry = sheetByName(pkg, sheetName);
  if (entry.kind !== "worksheet") {
    throw new XlsxError("not-a-worksheet", entry.name + " is a " + entry.kind + ", not a worksheet", entry.name);
  }
  const xml = entry.path === null ? undefined : pkg.text(entry.path);
  if (xml === undefined) throw new XlsxError("not-a-worksheet", "the part of sheet " + entry.name + " is missing", entry.name);
  const part = entry.path as string;
  const date1904 = workbookOf(pkg).date1904;
  const maxRows = opts.maxRows !== undefined && opts.maxRows >= 0 ? opts.maxRows : Infinity;

  const p = prefixOf(xml, "worksheet");
  const cTag = p + "c";
  const rowTag = p + "row";
  const vOpen = "<" + p + "v";
  const vClose = "</" + p + "v>";
  const isOpen = "<" + p + "is";
  const isClose = "</" + p + "is>";
  const cClose = "</" + p + "c>";
  const fOpen = "<" + p + "f";

  // Loaded on first use: a sheet of numbers needs neither.
  let sst: readonly string[] | null = null;
  let formats: readonly (string | null)[] | null = null;
  const errors = new Map<string, CellError>();

  let rows: CellValue[][] = [];
  /** Formulas saved without a result (no <v>): Grid.uncalculated. */
  const uncalculated: CellPosition[] = [];
  let fmtRows: (string | null)[][] | null = null;
  let firstRow = -1;
  let minCol = Number.MAX_SAFE_INTEGER;

  let sdEnd = xml.length;
  let i = xml.length;
  const sdStart = findStartTag(xml, p + "sheetData");
  if (sdStart >= 0) {
    const openEnd = tagEnd(xml, sdStart);
    if (xml.charCodeAt(openEnd - 2) === 47) {
      sdEnd = openEnd; // <sheetData/>
    } else {
      const close = xml.indexOf("</" + p + "sheetData>", openEnd);
      if (close < 0) throw damagedPart(part, xml, sdStart, "sheetData without its end tag");
      sdEnd = close;
    }
    i = openEnd;
  }
  const skipped = entry.path === null ? [] : totalsRows(pkg, entry.path, xml, p, sdEnd);

  if (maxRows === 0) i = sdEnd;
  let rowIdx = -1;
  let col = -1;
  while (i < sdEnd) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= sdEnd) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 47 || c1 === 63) {
      // an end tag or a processing instruction
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw damagedPart(part, xml, lt, "unterminated tag");
      i = gt + 1;
      continue;
    }
    if (c1 === 33) {
      // a comment
      const close = xml.indexOf("-->", lt);
      if (close < 0 || close >= sdEnd) throw damagedPart(part, xml, lt, "unclosed comment");
      i = close + 3;
      continue;
    }
    let ne = lt + 1;
    while (ne < sdEnd && !isNameEnd(xml.charCodeAt(ne))) ne++;
    const gt = xml.indexOf(">", ne);
    if (gt < 0 || gt >= sdEnd) throw damagedPart(part, xml, lt, "unterminated tag");
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrEnd = selfClosing ? gt - 1 : gt;
    const nameLen = ne - lt - 1;

    if (nameLen === rowTag.length && xml.startsWith(rowTag, lt + 1)) {
      // <row r="12" ...>: only r matters
      let r = -1;
      for (let j = ne; j < attrEnd; ) {
        const c = xml.charCodeAt(j);
        if (isSpace(c)) {
          j++;
          continue;
        }
        const an = j;
        while (j < attrEnd && xml.charCodeAt(j) !== 61 && !isSpace(xml.charCodeAt(j))) j++;
        const anLen = j - an;
        while (j < attrEnd && xml.charCodeAt(j) !== 34 && xml.charCodeAt(j) !== 39) j++;
        const q = xml.charCodeAt(j);
        const vs = j + 1;
        const ve = j < attrEnd ? xml.indexOf(q === 34 ? '"' : "'", vs) : -1;
        if (ve < 0 || ve >= attrEnd) throw damagedPart(part, xml, an, "attribute value without quotes");
        j = ve + 1;
        if (anLen === 1 && xml.charCodeAt(an) === 114) {
          const n = parseIndex(xml, vs, ve);
          if (n < 1) throw damagedPart(part, xml, an, "row number " + xml.slice(vs, ve));
          if (n > MAX_ROWS) throw cellOutOfRange(entry.name, part, xml, an, xml.slice(vs, ve) + ":" + xml.slice(vs, ve));
          r = n - 1;
        }
      }
      rowIdx = r >= 0 ? r : rowIdx + 1;
      if (rowIdx >= MAX_ROWS) throw cellOutOfRange(entry.name, part, xml, lt, rowIdx + 1 + ":" + (rowIdx + 1));
      col = -1;
      if (firstRow >= 0 && rowIdx >= firstRow + maxRows) break;
      i = gt + 1;
      continue;
    }

    if (!(nameLen === cTag.length && xml.startsWith(cTag, lt + 1))) {
      i = gt + 1; // anything else inside sheetData: step over its start tag
      continue;
    }

    // <c r="H12" t="s" s="3">
    let refRow = -1;
    let refCol = -1;
    let type = T_NUMBER;
    let style = 0;
    for (let j = ne; j < attrEnd; ) {
      const c = xml.charCodeAt(j);
      if (isSpace(c)) {
        j++;
        continue;
      }
      const an = j;
      while (j < attrEnd && xml.charCodeAt(j) !== 61 && !isSpace(xml.charCodeAt(j))) j++;
      const anLen = j - an;
      while (j < attrEnd && xml.charCodeAt(j) !== 34 && xml.charCodeAt(j) !== 39) j++;
      const q = xml.charCodeAt(j);
      const vs = j + 1;
      const ve = j < attrEnd ? xml.indexOf(q === 34 ? '"' : "'", vs) : -1;
      if (ve < 0 || ve >= attrEnd) throw damagedPart(part, xml, an, "attribute value without quotes");
      j = ve + 1;
      if (anLen !== 1) continue;
      const a = xml.charCodeAt(an);
      if (a === 114) {
        // r: letters then digits
        const ref = parseCellRef(xml, vs, ve);
        if (ref === REF_OUT_OF_RANGE) throw cellOutOfRange(entry.name, part, xml, an, xml.slice(vs, ve));
        if (ref === REF_MALFORMED) throw damagedPart(part, xml, an, "cell reference " + xml.slice(vs, ve));
        refCol = ref % MAX_COLS;
        refRow = (ref - refCol) / MAX_COLS;
      } else if (a === 116) {
        type = typeCode(xml, vs, ve);
      } else if (a === 115) {
        style = Math.max(0, parseIndex(xml, vs, ve));
      }
    }
    const cellCol = refCol >= 0 ? refCol : col + 1;
    const cellRow = refRow >= 0 ? refRow : rowIdx;
    if (cellCol >= MAX_COLS) throw cellOutOfRange(entry.name, part, xml, lt, columnLetters(cellCol) + (cellRow + 1));
    col = cellCol;
    if (selfClosing) {
      i = gt + 1;
      continue;
    }
    const end = xml.indexOf(cClose, gt);
    if (end < 0 || end > sdEnd) throw damagedPart(part, xml, lt, "cell without its end tag");
    i = end + cClose.length;
    if (cellRow < 0 || (firstRow >= 0 && cellRow >= firstRow + maxRows)) continue;

    // Find <v> and <is> among the cell's children (<f>'s text holds no `<`).
    let vs = -1;
    let ve = -1;
    let inlineAt = -1;
    let formula = false;
    for (let k = xml.indexOf("<", gt + 1); k >= 0 && k < end; k = xml.indexOf("<", k + 1)) {
      if (xml.startsWith(fOpen, k) && isNameEnd(xml.charCodeAt(k + fOpen.length))) formula = true;
      if (xml.startsWith(vOpen, k) && isNameEnd(xml.charCodeAt(k + vOpen.length))) {
        const vgt = xml.indexOf(">", k);
        if (xml.charCodeAt(vgt - 1) === 47) {
          vs = ve = vgt + 1; // <v/>
        } else {
          vs = vgt + 1;
          ve = xml.indexOf(vClose, vs);
          if (ve < 0 || ve > end) throw damagedPart(part, xml, k, "value without its end tag");
        }
        break;
      }
      if (xml.startsWith(isOpen, k) && isNameEnd(xml.charCodeAt(k + isOpen.length))) {
        inlineAt = k;
        break;
      }
    }

    let value: CellValue = null;
    if (inlineAt >= 0) {
      const isEnd = xml.indexOf(isClose, inlineAt);
      value = stringItemText(xml, xml.indexOf(">", inlineAt) + 1, isEnd < 0 || isEnd > end ? end : isEnd, p);
    } else if (vs >= 0 && ve >= vs) {
      switch (type) {
        case T_SHARED: {
          if (sst === null) {
            // Every shared-string cell would read as an error: say once what is wrong with the file.
            if (!hasSharedStrings(pkg)) throw new XlsxError("missing-shared-strings", part + ": t=\"s\" cells, no sharedStrings part", entry.name, { part });
            sst = sharedStrings(pkg);
          }
          const n = parseIndex(xml, vs, ve);
          // An index that is no number, or past the table's end: a damaged cell, said so at its address.
          value = n >= 0 && n < sst.length ? sst[n] : UNREADABLE;
          break;
        }
        case T_STR:
        case T_INLINE:
          value = decodeOoxmlString(xml.slice(vs, ve));
          break;
        case T_BOOL: {
          const raw = xml.slice(vs, ve).trim();
          value = raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : UNREADABLE;
          break;
        }
        case T_ERROR: {
          const raw = decodeXml(xml.slice(vs, ve)).trim();
          let err = errors.get(raw);
          if (err === undefined) {
            err = Object.freeze({ error: raw });
            errors.set(raw, err);
          }
          value = err;
          break;
        }
        case T_DATE: {
          const raw = xml.slice(vs, ve);
          value = isoToSerial(raw, date1904) ?? decodeXml(raw);
          break;
        }
        default: {
          if (ve > vs) {
            value = plainNumber(xml, vs, ve);
            if (Number.isNaN(value)) value = xsdNumber(xml.slice(vs, ve));
          }
        }
      }
    }
    const skip = skipped.length > 0 && inAny(skipped, cellRow, cellCol);
    if (value === null && formula && vs < 0 && inlineAt < 0 && !skip) uncalculated.push({ row: cellRow, col: cellCol });
    if (value === null || skip) continue;

    // Store the value at (cellRow, cellCol), absolute columns for now.
    if (firstRow < 0) firstRow = cellRow;
    let rel = cellRow - firstRow;
    if (rel < 0) {
      // Rows out of order (not what any known writer does, but cheap to allow).
      const gap: CellValue[][] = new Array(-rel).fill(NO_VALUES);
      rows = gap.concat(rows);
      if (fmtRows !== null) fmtRows = (new Array(-rel).fill(NO_FORMATS) as (string | null)[][]).concat(fmtRows);
      firstRow = cellRow;
      rel = 0;
    }
    while (rows.length <= rel) rows.push(NO_VALUES);
    let row = rows[rel];
    if (row === NO_VALUES) rows[rel] = row = [];
    if (cellCol < row.length) row[cellCol] = value;
    else {
      while (row.length < cellCol) row.push(null);
      row.push(value);
    }
    if (cellCol < minCol) minCol = cellCol;

    if (style > 0) {
      if (formats === null) formats = cellFormats(pkg);
      const fmt = style < formats.length ? formats[style] : null;
      if (fmt !== null) {
        if (fmtRows === null) fmtRows = [];
        while (fmtRows.length <= rel) fmtRows.push(NO_FORMATS);
        let frow = fmtRows[rel];
        if (frow === NO_FORMATS) fmtRows[rel] = frow = [];
        while (frow.length < cellCol) frow.push(null);
        frow[cellCol] = fmt;
      }
    }
  }

  const merges = readMerges(xml, p, sdEnd, entry.name, part);
  // Only when there are any: a grid from a calculated workbook stays as it was.
  const extra = uncalculated.length === 0 ? {} : { uncalculated };
  if (firstRow < 0) return { sheet: entry.name, top: 0, left: 0, values: [], merges, ...extra };

  // Drop the columns left of the first value; give every row its own array.
  const left = minCol;
  const values: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    values[r] = row === NO_VALUES ? [] : left > 0 ? row.slice(left) : row;
  }
  let numberFormats: (string | null)[][] | undefined;
  if (fmtRows !== null) {
    numberFormats = new Array(values.length);
    for (let r = 0; r < values.length; r++) {
      const width = values[r].length;
      const src = r < fmtRows.length ? fmtRows[r] : NO_FORMATS;
      const out: (string | null)[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const f = src[c + left];
        out[c] = f === undefined ? null : f;
      }
      numberFormats[r] = out;
    }
  }
  return numberFormats === undefined
    ? { sheet: entry.name, top: firstRow, left, values, merges, ...extra }
    : { sheet: entry.name, top: firstRow, left, values, numberFormats, merges, ...extra };
}
