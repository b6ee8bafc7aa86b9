/**
 * The command line's words for a workbook that is damaged inside (an
 * XlsxError the .xlsx adapter throws while reading parts): the file, the
 * part and line, and what the user can do — in the user's language.
 */
import { fill } from "../core/i18n";
import { isXlsxError } from "../workbook/xlsx/errors";
import type { CliTexts } from "./texts";

/** The message for a damaged-file error, or null when `e` is no such error. */
export function damagedFileMessage(e: unknown, file: string, t: CliTexts): string | null {
  if (!isXlsxError(e)) return null;
  const d = e.detail;
  const where = { file, part: d.part ?? "", line: d.line ?? "", sheet: e.sheet ?? "", cell: d.cell ?? "" };
  switch (e.code) {
    case "damaged-part":
      return fill(d.reason === "dtd" ? t.errors.dtdPart : t.errors.damagedPart, where);
    case "cell-out-of-range":
      return fill(t.errors.cellOutOfRange, where);
    case "missing-shared-strings":
      return fill(t.errors.missingSharedStrings, where);
    default:
      return null;
  }
}
