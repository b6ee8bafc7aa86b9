/**
 * File I/O of the command line. Outputs are written to a temporary file in the
 * same folder and renamed into place, so a run that fails half-way leaves no
 * half-written file, and the input is never opened for writing.
 */
import * as fs from "fs";
import * as path from "path";
import { openPackage, type XlsxPackage } from "../workbook/xlsx/package";
import { isXlsxError } from "../workbook/xlsx/errors";
import { fill } from "../core/i18n";
import { packageErrorMessage } from "./package-errors";
import type { CliTexts } from "./texts";

export class UsageError extends Error {}

/** Reads an .xlsx file; throws UsageError (exit 2) with the message for each way it can fail. */
export function readWorkbook(file: string, t: CliTexts): XlsxPackage {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new UsageError(fill(t.errors.unreadableFile, { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  if (bytes.length === 0) throw new UsageError(fill(t.errors.emptyFile, { file }));
  try {
    return openPackage(bytes);
  } catch (e) {
    // Damaged inside (a part not well-formed, a cell past Excel's limits) goes on to main's damagedFileMessage.
    const message = isXlsxError(e) ? packageErrorMessage(e, file, t) : null;
    if (message === null) throw e;
    throw new UsageError(message);
  }
}

export function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    return fs.realpathSync(ra) === fs.realpathSync(rb);
  } catch {
    return false;
  }
}

export function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

export function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Opens an input workbook, with the command line's messages for each way it can fail. */
export function openInput(file: string, t: CliTexts): XlsxPackage {
  return readWorkbook(file, t);
}
