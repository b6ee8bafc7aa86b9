/**
 * A cell's value from its type (`t`) and the text of its `<v>` (ECMA-376
 * §18.3.1.4): shared strings, inline and formula strings, booleans, error
 * values, ISO dates and numbers. Content that cannot be what its type says
 * reads as an error value (UNREADABLE), never as a silent number or blank.
 */
import type { CellError, CellValue } from "../../core/grid";
import { parseIndex } from "./cell-ref";
import { XlsxError } from "./errors";
import type { XlsxPackage } from "./package";
import { isoToSerial } from "./serial-date";
import { hasSharedStrings, sharedStrings } from "./shared-strings";
import { decodeOoxmlString, decodeXml } from "./xml";

// Cell types (the `t` attribute).
export const T_NUMBER = 0;
export const T_SHARED = 1;
export const T_STR = 2;
export const T_INLINE = 3;
export const T_BOOL = 4;
export const T_ERROR = 5;
export const T_DATE = 6;

/** The type code of a `t` attribute's value between `from` and `to`. */
export function typeCode(xml: string, from: number, to: number): number {
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
export const UNREADABLE: CellError = Object.freeze({ error: "#VALUE!" });

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

/** Reads `<v>` texts of one sheet part into values; the shared strings are loaded at the first t="s" cell. */
export class CellValueReader {
  private sst: readonly string[] | null = null;
  /** One frozen object per distinct error value. */
  private readonly errors = new Map<string, CellError>();

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly sheet: string,
    private readonly part: string,
    private readonly date1904: boolean,
  ) {}

  /** The value of a cell of type `type` whose `<v>` text lies between `vs` and `ve`. */
  value(xml: string, type: number, vs: number, ve: number): CellValue {
    switch (type) {
      case T_SHARED:
        return this.shared(xml, vs, ve);
      case T_STR:
      case T_INLINE:
        return decodeOoxmlString(xml.slice(vs, ve));
      case T_BOOL: {
        const raw = xml.slice(vs, ve).trim();
        return raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : UNREADABLE;
      }
      case T_ERROR:
        return this.error(decodeXml(xml.slice(vs, ve)).trim());
      case T_DATE: {
        const raw = xml.slice(vs, ve);
        return isoToSerial(raw, this.date1904) ?? decodeXml(raw);
      }
      default: {
        if (ve <= vs) return null;
        const n = plainNumber(xml, vs, ve);
        return Number.isNaN(n) ? xsdNumber(xml.slice(vs, ve)) : n;
      }
    }
  }

  private shared(xml: string, vs: number, ve: number): CellValue {
    if (this.sst === null) {
      // Every shared-string cell would read as an error: say once what is wrong with the file.
      if (!hasSharedStrings(this.pkg)) {
        throw new XlsxError("missing-shared-strings", this.part + ': t="s" cells, no sharedStrings part', this.sheet, { part: this.part });
      }
      this.sst = sharedStrings(this.pkg);
    }
    const n = parseIndex(xml, vs, ve);
    // An index that is no number, or past the table's end: a damaged cell, said so at its address.
    return n >= 0 && n < this.sst.length ? this.sst[n] : UNREADABLE;
  }

  private error(text: string): CellError {
    let err = this.errors.get(text);
    if (err === undefined) {
      err = Object.freeze({ error: text });
      this.errors.set(text, err);
    }
    return err;
  }
}
