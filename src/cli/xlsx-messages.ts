/**
 * The command line's words for a workbook it cannot read: each XlsxError code
 * (a package that is no workbook, a damaged zip, a part not well-formed, a
 * cell past Excel's limits) to its message in the user's language, naming the
 * file, the part and line, and what the user can do. One table for both
 * places such an error is met: opening the package and reading its parts.
 */
import { fill } from "../core/i18n";
import { isXlsxError, type XlsxError } from "../workbook/xlsx/errors";
import { ZIP_LIMITS } from "../workbook/xlsx/zip-read";
import type { CliTexts } from "./texts";

const MB = 1 << 20;

/** The message for `e` met while reading `file`, or null when `e` is no XlsxError the user can be told about. */
export function xlsxErrorMessage(e: unknown, file: string, t: CliTexts): string | null {
  return isXlsxError(e) ? packageMessage(e, file, t) ?? damagedMessage(e, file, t) : null;
}

function packageMessage(e: XlsxError, file: string, t: CliTexts): string | null {
  const x = t.errors;
  const params = { file, part: e.detail.part ?? "" };
  switch (e.code) {
    case "not-a-package":
    case "no-workbook":
      return fill(x.notXlsx, params);
    case "encrypted-or-legacy":
      return fill(x.encrypted, params);
    case "zip-truncated":
      return fill(x.zipTruncated, params);
    case "zip-damaged":
      return fill(e.detail.part === undefined ? x.zipDamaged : x.zipDamagedPart, params);
    case "zip-corrupt-part":
      return fill(x.zipCorruptPart, params);
    case "zip-duplicate-part":
      return fill(x.zipDuplicatePart, params);
    case "zip-unsupported":
      return fill(x.zipUnsupported, params);
    case "zip-encrypted-entry":
      return fill(x.zipEncryptedEntry, params);
    case "part-too-large":
      return fill(x.partTooLarge, { ...params, limit: ZIP_LIMITS.partBytes / MB });
    case "package-too-large":
      return fill(x.packageTooLarge, { ...params, limit: ZIP_LIMITS.totalBytes / MB });
    case "part-ratio":
      return fill(x.partRatio, params);
    default:
      return null;
  }
}

function damagedMessage(e: XlsxError, file: string, t: CliTexts): string | null {
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
