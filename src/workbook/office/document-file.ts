/**
 * WorkbookHost.documentFile for Office.js: the open workbook's own .xlsx
 * bytes, through `Office.context.document.getFileAsync(Office.FileType
 * .Compressed)` (Common API requirement sets File and CompressedFile), read
 * slice by slice (at most 4 MB each: larger slices fail with an internal
 * error) and closed in every case — Office keeps at most two such files open,
 * and a file left open makes the next getFileAsync fail.
 *
 * The types are the few members used, so tests pass a fake document.
 */

/** Office.FileType.Compressed ("compressed"): Office Open XML as bytes. */
export const COMPRESSED_FILE = "compressed";
/** Office.AsyncResultStatus.Succeeded. */
const SUCCEEDED = "succeeded";
/** The largest slice Office hands out on desktop (4 MB; 64 KB on iPad, where Excel has no Compressed file). */
export const SLICE_BYTES = 4 * 1024 * 1024;

export interface AsyncOutcome<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: { readonly message?: string; readonly code?: number } | null;
}

export interface OfficeFileSlice {
  /** Bytes of the slice: a number[] from Office (a Uint8Array is taken too). */
  readonly data: ArrayLike<number>;
}

export interface OfficeFile {
  readonly size: number;
  readonly sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncOutcome<OfficeFileSlice>) => void): void;
  closeAsync(callback?: (result: AsyncOutcome<void>) => void): void;
}

/** `Office.context.document`, as far as getFileAsync goes. */
export interface OfficeDocument {
  getFileAsync(fileType: string, options: { sliceSize: number }, callback: (result: AsyncOutcome<OfficeFile>) => void): void;
}

/** Thrown when Office refuses the file or a slice; the message is Office's. */
export class DocumentFileError extends Error {
  constructor(
    readonly step: "getFileAsync" | "getSliceAsync" | "size",
    message: string,
  ) {
    super(message);
    this.name = "DocumentFileError";
  }
}

function outcome<T>(call: (callback: (result: AsyncOutcome<T>) => void) => void, step: DocumentFileError["step"]): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === SUCCEEDED) resolve(result.value);
      else reject(new DocumentFileError(step, result.error?.message ?? `${step} failed`));
    });
  });
}

/** Closes the file, never throwing: a failed close must not hide the outcome of the read. */
function close(file: OfficeFile): Promise<void> {
  return new Promise((resolve) => {
    try {
      file.closeAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

async function readSlices(file: OfficeFile): Promise<Uint8Array> {
  const slices: ArrayLike<number>[] = [];
  let total = 0;
  for (let i = 0; i < file.sliceCount; i++) {
    const slice = await outcome<OfficeFileSlice>((cb) => file.getSliceAsync(i, cb), "getSliceAsync");
    slices.push(slice.data);
    total += slice.data.length;
  }
  if (total !== file.size) throw new DocumentFileError("size", `the file's slices hold ${total} bytes, not the ${file.size} announced`);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const s of slices) {
    bytes.set(s, at);
    at += s.length;
  }
  return bytes;
}

/** The document's bytes as Office.FileType.Compressed; the file is closed whether the read succeeds or not. */
export async function readDocumentFile(document: OfficeDocument, sliceSize: number = SLICE_BYTES): Promise<Uint8Array> {
  const file = await outcome<OfficeFile>((cb) => document.getFileAsync(COMPRESSED_FILE, { sliceSize }, cb), "getFileAsync");
  try {
    return await readSlices(file);
  } finally {
    await close(file);
  }
}
