/**
 * The words for a package the command line cannot read: each XlsxError code
 * of the zip layer (and of a file that is no workbook) to its message in the
 * user's language, naming the file and the part concerned.
 */
import { fill } from "../core/i18n";
import type { XlsxError } from "../workbook/xlsx/errors";
import { ZIP_LIMITS } from "../workbook/xlsx/zip-read";
import type { CliTexts } from "./texts";

const MB = 1 << 20;

/** The message for an XlsxError met while opening `file`; null when the code is not about the package. */
export function packageErrorMessage(e: XlsxError, file: string, t: CliTexts): string | null {
  const x = t.errors;
  const part = e.detail.part ?? "";
  const params = { file, part };
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
