/**
 * The errors of a damaged package part: where (part, 1-based line) and why.
 * The line is counted only when an error is made, so the happy path pays
 * nothing for it.
 */
import { XlsxError } from "./errors";

/** 1-based line of `offset` in `text` (LF, CR LF and lone CR each end a line, as XML reads them). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

/** A part that is not well-formed XML (or holds a DTD): the whole file is refused. */
export function damagedPart(part: string, text: string, offset: number, what: string, reason: "dtd" | "malformed" = "malformed"): XlsxError {
  const line = lineAt(text, offset);
  return new XlsxError("damaged-part", `${part} line ${line}: ${what}`, null, { part, line, reason });
}

/** A cell reference beyond Excel's limits (column XFD, row 1,048,576). */
export function cellOutOfRange(sheet: string, part: string, text: string, offset: number, ref: string): XlsxError {
  const line = lineAt(text, offset);
  return new XlsxError("cell-out-of-range", `${part} line ${line}: cell ${ref} is beyond XFD1048576`, sheet, { part, line, cell: ref });
}
