/**
 * The fake's Office.context.document.getFileAsync: the workbook saved as
 * .xlsx (file/workbook-file.ts) for Office.FileType.Compressed, handed out in
 * slices as Office does — slices of at most 4 MB (a larger sliceSize fails
 * with an internal error), at most two files open at once (a third
 * getFileAsync fails until one is closed), and getSliceAsync on a closed file
 * failing. `mode` "refused" claims the CompressedFile set and still fails the
 * call (what Microsoft's getFileAsync reference says of Excel on the web).
 */
import { savedWorkbookBytes } from "./file/workbook-file";
import type { FakeWorkbook } from "./state";

export type FakeFileMode = "yes" | "no" | "refused";

export interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: number; name: string; message: string } | null;
}

type Callback<T> = (result: FakeAsyncResult<T>) => void;

const MAX_SLICE = 4194304;

function succeeded<T>(value: T): FakeAsyncResult<T> {
  return { status: "succeeded", value, error: null };
}

function failed<T>(code: number, message: string): FakeAsyncResult<T> {
  return { status: "failed", value: undefined as T, error: { code, name: "Internal Error", message } };
}

/** What a test can see of the files handed out. */
export interface FileLog {
  /** getFileAsync calls, failed ones included. */
  requested: number;
  /** Files handed out and not yet closed. */
  open: number;
  /** closeAsync calls. */
  closed: number;
  /** Slices read. */
  slices: number;
}

export class FakeDocument {
  readonly log: FileLog = { requested: 0, open: 0, closed: 0, slices: 0 };

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly mode: FakeFileMode,
  ) {}

  getFileAsync(fileType: string, options?: { sliceSize?: number } | Callback<unknown>, callback?: Callback<unknown>): void {
    const cb = (typeof options === "function" ? options : callback) ?? (() => undefined);
    const sliceSize = typeof options === "object" && options !== null && options.sliceSize !== undefined ? options.sliceSize : MAX_SLICE;
    this.log.requested++;
    // Office answers asynchronously, and a failure of its own comes back as a failed result.
    setTimeout(() => {
      let result: FakeAsyncResult<unknown>;
      try {
        result = this.open(fileType, sliceSize);
      } catch (e) {
        result = failed(5001, e instanceof Error ? e.message : String(e));
      }
      cb(result);
    }, 0);
  }

  private open(fileType: string, sliceSize: number): FakeAsyncResult<unknown> {
    if (this.mode === "no") return failed(5001, "This file type is not supported by this host.");
    if (this.mode === "refused") return failed(5001, "An internal error has occurred.");
    if (fileType !== "compressed") return failed(5001, `The fake saves only Office.FileType.Compressed, not ${fileType}.`);
    if (!(Number.isInteger(sliceSize) && sliceSize > 0 && sliceSize <= MAX_SLICE)) return failed(5001, "An internal error has occurred.");
    if (this.log.open >= 2) return failed(5001, "Two documents are already in memory: close one with File.closeAsync.");
    this.log.open++;
    const bytes = savedWorkbookBytes(this.workbook);
    let closed = false;
    const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
    const file = {
      size: bytes.length,
      sliceCount,
      getSliceAsync: (index: number, cb?: Callback<unknown>) => {
        let result: FakeAsyncResult<unknown>;
        if (closed) result = failed(5001, "The file is closed.");
        else if (!(Number.isInteger(index) && index >= 0 && index < sliceCount)) result = failed(5001, `No slice ${index}.`);
        else {
          this.log.slices++;
          const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
          result = succeeded({ index, size: data.length, data });
        }
        setTimeout(() => cb?.(result), 0);
      },
      closeAsync: (cb?: Callback<void>) => {
        if (!closed) {
          closed = true;
          this.log.open--;
        }
        this.log.closed++;
        setTimeout(() => cb?.(succeeded(undefined)), 0);
      },
    };
    return succeeded(file);
  }
}
