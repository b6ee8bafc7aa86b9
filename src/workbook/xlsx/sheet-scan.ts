/**
 * The scan of a worksheet's `<sheetData>`: rows and cells in document order,
 * by hand with indexOf — no DOM, no tree: a 100 000-row register is some
 * 50 MB of XML, and the grid is all we keep. The part has been checked
 * well-formed whole before (xml-check.ts); the checks left here keep a scan
 * from running away, never from reading on.
 *
 * What it understands (ECMA-376 §18.3.1.4 `<c>`): `r` (optional — a cell
 * without it follows the previous one; a row without `r` follows the
 * previous row), `t` (cell-value.ts), `s` (style → number format), `<v>`
 * (for formulas, the cached result: formulas are never evaluated here, and a
 * formula without a cached value reads as empty and is listed in
 * Grid.uncalculated), `<is>` (inline rich text). Shared formulas need
 * nothing special: every cell of the range carries its own cached `<v>`.
 */
import { columnLetters, type CellValue, type MergedArea } from "../../core/grid";
import { MAX_COLS, MAX_ROWS, parseCellRef, parseIndex, REF_MALFORMED, REF_OUT_OF_RANGE } from "./cell-ref";
import { CellValueReader, T_NUMBER, typeCode } from "./cell-value";
import { cellOutOfRange, damagedPart } from "./damaged";
import type { GridBuilder } from "./grid-builder";
import type { XlsxPackage } from "./package";
import { inAny } from "./sheet-areas";
import { stringItemText } from "./shared-strings";
import { cellFormats } from "./styles-read";
import { nextAttribute, type AttributeSpan } from "./tag-attributes";

export interface SheetScanInput {
  readonly pkg: XlsxPackage;
  readonly sheet: string;
  readonly part: string;
  readonly xml: string;
  /** The SpreadsheetML prefix of the part ("" or e.g. "x:"). */
  readonly prefix: string;
  readonly date1904: boolean;
  /** Read at most this many rows from the first row holding a value. */
  readonly maxRows: number;
  /** Areas whose cells are not read (tables' totals rows). */
  readonly skipped: readonly MergedArea[];
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

export class SheetScanner {
  private readonly xml: string;
  private readonly rowTag: string;
  private readonly cTag: string;
  private readonly cClose: string;
  private readonly vClose: string;
  private readonly isClose: string;
  private readonly values: CellValueReader;
  private formats: readonly (string | null)[] | null = null;
  private readonly attr: AttributeSpan = { nameStart: 0, nameLength: 0, valueStart: 0, valueEnd: 0 };
  private rowIdx = -1;
  private col = -1;
  // The cell being read: its attributes, then where its <v> or <is> is.
  private refRow = -1;
  private refCol = -1;
  private type = T_NUMBER;
  private style = 0;
  private vs = -1;
  private ve = -1;
  private inlineAt = -1;
  private formula = false;

  constructor(
    private readonly input: SheetScanInput,
    private readonly grid: GridBuilder,
  ) {
    const p = input.prefix;
    this.xml = input.xml;
    this.rowTag = p + "row";
    this.cTag = p + "c";
    this.cClose = "</" + p + "c>";
    this.vClose = "</" + p + "v>";
    this.isClose = "</" + p + "is>";
    this.values = new CellValueReader(input.pkg, input.sheet, input.part, input.date1904);
  }

  /** Scans the content of `<sheetData>` between `from` and `to`. */
  scan(from: number, to: number): void {
    const xml = this.xml;
    const part = this.input.part;
    let i = from;
    while (i < to) {
      const lt = xml.indexOf("<", i);
      if (lt < 0 || lt >= to) break;
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
        if (close < 0 || close >= to) throw damagedPart(part, xml, lt, "unclosed comment");
        i = close + 3;
        continue;
      }
      let ne = lt + 1;
      while (ne < to && !isNameEnd(xml.charCodeAt(ne))) ne++;
      const gt = xml.indexOf(">", ne);
      if (gt < 0 || gt >= to) throw damagedPart(part, xml, lt, "unterminated tag");
      const nameLen = ne - lt - 1;
      if (nameLen === this.rowTag.length && xml.startsWith(this.rowTag, lt + 1)) {
        if (!this.row(lt, ne, gt)) break;
        i = gt + 1;
      } else if (nameLen === this.cTag.length && xml.startsWith(this.cTag, lt + 1)) {
        i = this.cell(lt, ne, gt, to);
      } else {
        i = gt + 1; // anything else inside sheetData: step over its start tag
      }
    }
  }

  /** `<row r="12" …>`: only r matters. False when the rows asked for are all read. */
  private row(lt: number, ne: number, gt: number): boolean {
    const xml = this.xml;
    const { sheet, part } = this.input;
    const end = xml.charCodeAt(gt - 1) === 47 ? gt - 1 : gt;
    const a = this.attr;
    let r = -1;
    for (let j = nextAttribute(xml, ne, end, a, part); j >= 0; j = nextAttribute(xml, j, end, a, part)) {
      if (a.nameLength !== 1 || xml.charCodeAt(a.nameStart) !== 114) continue;
      const n = parseIndex(xml, a.valueStart, a.valueEnd);
      if (n < 1 || n > MAX_ROWS) {
        const text = xml.slice(a.valueStart, a.valueEnd);
        if (n < 1) throw damagedPart(part, xml, a.nameStart, "row number " + text);
        throw cellOutOfRange(sheet, part, xml, a.nameStart, text + ":" + text);
      }
      r = n - 1;
    }
    this.rowIdx = r >= 0 ? r : this.rowIdx + 1;
    if (this.rowIdx >= MAX_ROWS) throw cellOutOfRange(sheet, part, xml, lt, this.rowIdx + 1 + ":" + (this.rowIdx + 1));
    this.col = -1;
    const first = this.grid.firstRow;
    return !(first >= 0 && this.rowIdx >= first + this.input.maxRows);
  }

  /** `<c r="H12" t="s" s="3">…</c>` at `lt`; returns the offset after the cell. */
  private cell(lt: number, ne: number, gt: number, to: number): number {
    const xml = this.xml;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    this.cellAttributes(ne, selfClosing ? gt - 1 : gt);
    const col = this.refCol >= 0 ? this.refCol : this.col + 1;
    const row = this.refRow >= 0 ? this.refRow : this.rowIdx;
    if (col >= MAX_COLS) throw cellOutOfRange(this.input.sheet, this.input.part, xml, lt, columnLetters(col) + (row + 1));
    this.col = col;
    if (selfClosing) return gt + 1;
    const end = xml.indexOf(this.cClose, gt);
    if (end < 0 || end > to) throw damagedPart(this.input.part, xml, lt, "cell without its end tag");
    const first = this.grid.firstRow;
    if (row >= 0 && !(first >= 0 && row >= first + this.input.maxRows)) this.read(row, col, gt, end);
    return end + this.cClose.length;
  }

  /** The cell's r, t and s. */
  private cellAttributes(from: number, end: number): void {
    const xml = this.xml;
    const { sheet, part } = this.input;
    const a = this.attr;
    this.refRow = -1;
    this.refCol = -1;
    this.type = T_NUMBER;
    this.style = 0;
    for (let j = nextAttribute(xml, from, end, a, part); j >= 0; j = nextAttribute(xml, j, end, a, part)) {
      if (a.nameLength !== 1) continue;
      const name = xml.charCodeAt(a.nameStart);
      if (name === 114) {
        // r: letters then digits
        const ref = parseCellRef(xml, a.valueStart, a.valueEnd);
        if (ref === REF_OUT_OF_RANGE) throw cellOutOfRange(sheet, part, xml, a.nameStart, xml.slice(a.valueStart, a.valueEnd));
        if (ref === REF_MALFORMED) throw damagedPart(part, xml, a.nameStart, "cell reference " + xml.slice(a.valueStart, a.valueEnd));
        this.refCol = ref % MAX_COLS;
        this.refRow = (ref - this.refCol) / MAX_COLS;
      } else if (name === 116) {
        this.type = typeCode(xml, a.valueStart, a.valueEnd);
      } else if (name === 115) {
        this.style = Math.max(0, parseIndex(xml, a.valueStart, a.valueEnd));
      }
    }
  }

  /** Reads the value of the cell whose content lies between `gt` (its start tag's `>`) and `end` (its `</c>`). */
  private read(row: number, col: number, gt: number, end: number): void {
    this.children(gt, end);
    const xml = this.xml;
    let value: CellValue = null;
    if (this.inlineAt >= 0) {
      const isEnd = xml.indexOf(this.isClose, this.inlineAt);
      value = stringItemText(xml, xml.indexOf(">", this.inlineAt) + 1, isEnd < 0 || isEnd > end ? end : isEnd, this.input.prefix);
    } else if (this.vs >= 0 && this.ve >= this.vs) {
      value = this.values.value(xml, this.type, this.vs, this.ve);
    }
    const skipped = this.input.skipped;
    const skip = skipped.length > 0 && inAny(skipped, row, col);
    if (value === null && this.formula && this.vs < 0 && this.inlineAt < 0 && !skip) this.grid.uncalculatedAt(row, col);
    if (value === null || skip) return;
    const rel = this.grid.put(row, col, value);
    if (this.style > 0) {
      if (this.formats === null) this.formats = cellFormats(this.input.pkg);
      const fmt = this.style < this.formats.length ? this.formats[this.style] : null;
      if (fmt !== null) this.grid.format(rel, col, fmt);
    }
  }

  /** Finds `<v>` and `<is>` among the cell's children (`<f>`'s text holds no `<`). */
  private children(gt: number, end: number): void {
    const xml = this.xml;
    const p = this.input.prefix;
    this.vs = this.ve = this.inlineAt = -1;
    this.formula = false;
    for (let k = xml.indexOf("<", gt + 1); k >= 0 && k < end; k = xml.indexOf("<", k + 1)) {
      const at = k + 1 + p.length;
      if (p !== "" && !xml.startsWith(p, k + 1)) continue;
      const c = xml.charCodeAt(at);
      if (c === 102 && isNameEnd(xml.charCodeAt(at + 1))) this.formula = true; // f
      else if (c === 118 && isNameEnd(xml.charCodeAt(at + 1))) {
        // v
        const vgt = xml.indexOf(">", k);
        if (xml.charCodeAt(vgt - 1) === 47) this.vs = this.ve = vgt + 1; // <v/>
        else {
          this.vs = vgt + 1;
          this.ve = xml.indexOf(this.vClose, this.vs);
          if (this.ve < 0 || this.ve > end) throw damagedPart(this.input.part, xml, k, "value without its end tag");
        }
        return;
      } else if (c === 105 && xml.charCodeAt(at + 1) === 115 && isNameEnd(xml.charCodeAt(at + 2))) {
        this.inlineAt = k; // is
        return;
      }
    }
  }
}
