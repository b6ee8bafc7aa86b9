/**
 * File I/O of the command line. Inputs and outputs must be regular files: a
 * pipe or /dev/zero as input would hang or fill the memory, and renaming onto
 * a device would replace it. Outputs are written to a temporary file in the
 * same folder and renamed into place, so a run that fails half-way leaves no
 * half-written file, and the input is never opened for writing.
 */
import * as fs from "fs";
import * as path from "path";
import { fill } from "../core/i18n";
import { openPackage, type XlsxPackage } from "../workbook/xlsx/package";
import type { PartChecker } from "../workbook/xlsx/part-check";
import { ZIP_LIMITS } from "../workbook/xlsx/zip-read";
import { cliCodec } from "./node-codec";
import { xlsxErrorMessage } from "./xlsx-messages";
import type { CliTexts } from "./texts";

export class UsageError extends Error {}

const MB = 1 << 20;

/** The words for a failed read or write of `file` (errno code), in the user's language. */
function ioMessage(code: string | undefined, file: string, t: CliTexts, writing: boolean): string {
  const x = t.errors;
  switch (code) {
    case "ENOENT":
      return fill(writing ? x.outputFolderMissing : x.fileNotFound, { file });
    case "EACCES":
    case "EPERM":
      return fill(writing ? x.noWritePermission : x.noReadPermission, { file });
    case "EISDIR":
      return fill(writing ? x.notRegularOutput : x.notRegularFile, { file });
    case "ENOSPC":
      return fill(x.diskFull, { file });
    case "EROFS":
      return fill(x.readOnlyFolder, { file });
    default:
      return fill(writing ? x.cannotWrite : x.unreadableFile, { file, reason: code ?? "?" });
  }
}

function errnoOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

/**
 * The file's bytes, when it is a regular file. Checked with stat before it is
 * opened (opening a FIFO blocks until someone writes to it) and again on the
 * open descriptor, for a file swapped in between.
 */
function readRegularFile(file: string, t: CliTexts): Uint8Array {
  let fd: number;
  try {
    if (!fs.statSync(file).isFile()) throw new UsageError(fill(t.errors.notRegularFile, { file }));
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(ioMessage(errnoOf(e), file, t, false));
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new UsageError(fill(t.errors.notRegularFile, { file }));
    // Nothing this large inflates within the total cap (stored parts are their own size).
    if (st.size > ZIP_LIMITS.totalBytes) throw new UsageError(fill(t.errors.packageTooLarge, { file, limit: ZIP_LIMITS.totalBytes / MB }));
    return fs.readFileSync(fd);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(ioMessage(errnoOf(e), file, t, false));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens an input workbook; throws UsageError (exit 2) with the message for each way it can fail.
 * `checker` checks its parts (part-check.ts; by default each at once, when read).
 */
export function openInput(file: string, t: CliTexts, checker?: PartChecker): XlsxPackage {
  const bytes = readRegularFile(file, t);
  if (bytes.length === 0) throw new UsageError(fill(t.errors.emptyFile, { file }));
  try {
    return openPackage(bytes, cliCodec, checker); // the codec: for every package written from it too
  } catch (e) {
    const message = xlsxErrorMessage(e, file, t);
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

/** Refuses an output that exists and is not a regular file (a folder, a device, a pipe): it is never replaced. */
export function checkOutput(file: string, t: CliTexts): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return; // not there yet: the write says why if it cannot be made
  }
  if (!st.isFile()) throw new UsageError(fill(t.errors.notRegularOutput, { file }));
}

/** Temporary files being written now: removed if the process is told to stop. */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const SIGNAL_EXIT: Record<(typeof SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    /* already gone */
  }
}

function onSignal(signal: (typeof SIGNALS)[number]): void {
  for (const tmp of pending) removeQuietly(tmp);
  process.exit(SIGNAL_EXIT[signal]);
}

/**
 * Writes `bytes` to a temporary file beside `file`, then renames it into
 * place. Signal handlers are held only while the temporary file exists: the
 * rest of a run stops at once on Ctrl-C (there is nothing to clean), and a
 * signal during the write is handled when it ends (the write is synchronous),
 * by removing the temporary file if it is still there and exiting.
 */
export function writeAtomically(file: string, bytes: Uint8Array, t: CliTexts): void {
  checkOutput(file, t);
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  pending.add(tmp);
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    removeQuietly(tmp);
    throw new UsageError(ioMessage(errnoOf(e), file, t, true));
  } finally {
    pending.delete(tmp);
    for (const s of SIGNALS) process.off(s, onSignal);
  }
}

export function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
