/**
 * The fake Excel host: a FakeWorkbook, `run` standing in for `Excel.run`, the
 * requirement sets it claims, and what tests measure — every sync (request
 * and response bytes, operations, failure) and the count of operations
 * applied. `failAt(k)` makes the k-th operation applied from then on fail
 * with GeneralException (once), as a host failure in the middle of a run.
 */
import { FakeRequestContext, type FakeEngine, type SyncRecord } from "./context";
import { FakeDocument, type FakeFileMode } from "./document";
import { FakeOfficeError } from "./errors";
import type { FakeWorkbook } from "./state";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (default "1.17"). */
  readonly excelApi?: string;
  /** Office.context.displayLanguage (default "ja-JP"). */
  readonly displayLanguage?: string;
  /** Request and response size Excel rejects (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** Cells a range read may hold before `values` comes back null (default 5,000,000). */
  readonly cellReadLimit?: number;
  /** Merged areas getMergedAreasOrNullObject returns before failing (default 512). */
  readonly mergedAreasLimit?: number;
  /**
   * Office.context.document.getFileAsync(Compressed): "yes" (default) claims the CompressedFile set and hands out
   * the workbook saved as .xlsx; "no" does not claim it; "refused" claims it and fails the call.
   */
  readonly compressedFile?: FakeFileMode;
  /**
   * A `*OrNullObject` method called through a null object
   * (`worksheets.getItemOrNullObject("none").names.getItemOrNullObject(m)`):
   * "propagate" (default) gives a null object, "fail" fails the request with
   * ItemNotFound — for code that must also work on a host that does not propagate.
   */
  readonly nullChains?: "propagate" | "fail";
}

export const MB = 1024 * 1024;

function versionParts(v: string): number[] {
  return v.split(".").map((x) => Number(x));
}

function atLeast(have: string, want: string): boolean {
  const [a, b] = [versionParts(have), versionParts(want)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export class FakeExcel implements FakeEngine {
  readonly payloadLimitBytes: number;
  readonly cellReadLimit: number;
  readonly mergedAreasLimit: number;
  readonly nullChains: "propagate" | "fail";
  readonly excelApi: string;
  readonly displayLanguage: string;
  /** Every request sent, in order (a rejected one included, with its error code). */
  readonly syncs: SyncRecord[] = [];
  /** Workbooks opened with Excel.createWorkbook (base64 .xlsx), in order. */
  readonly createdWorkbooks: string[] = [];
  /** Office.context.document (getFileAsync), with its log of files handed out and closed. */
  readonly document: FakeDocument;
  readonly compressedFile: FakeFileMode;
  /** Operations applied since the fake was made (failed requests count up to the failing one). */
  operationsApplied = 0;
  /** Labels of the operations applied, in order (`Worksheet.name=`, `Range.values=`, ...). */
  readonly operationLog: string[] = [];
  private failOn: number | null = null;

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeExcelOptions = {},
  ) {
    this.excelApi = options.excelApi ?? "1.17";
    this.displayLanguage = options.displayLanguage ?? "ja-JP";
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5 * MB;
    this.cellReadLimit = options.cellReadLimit ?? 5_000_000;
    this.mergedAreasLimit = options.mergedAreasLimit ?? 512;
    this.compressedFile = options.compressedFile ?? "yes";
    this.document = new FakeDocument(workbook, this.compressedFile);
    this.nullChains = options.nullChains ?? "propagate";
  }

  /** Stands in for Excel.run: runs the batch, then sends what is still queued; the context is released after. */
  readonly run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args[args.length - 1] as Batch<T>;
    const context = new FakeRequestContext(this);
    try {
      const result = await batch(context);
      await context.sync();
      return result;
    } finally {
      context.released = true;
    }
  };

  /** `run` typed as Office.js's Excel.run, for the adapter. */
  get excelRun(): typeof Excel.run {
    return this.run as unknown as typeof Excel.run;
  }

  /** Office.context.requirements.isSetSupported: ExcelApi up to `excelApi`; the Common API sets File and CompressedFile (1.1) unless `compressedFile` is "no". */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name === "ExcelApi") return atLeast(this.excelApi, version ?? "1.1");
    if (name === "File" || name === "CompressedFile") return this.compressedFile !== "no" && atLeast("1.1", version ?? "1.1");
    return false;
  };

  require(version: string, where: string): void {
    if (!atLeast(this.excelApi, version)) {
      throw new FakeOfficeError("ApiNotFound", `${where} needs ExcelApi ${version}; this host has ${this.excelApi}.`, where);
    }
  }

  /** The k-th operation applied from now on (1-based) fails once with GeneralException. */
  failAt(k: number): void {
    if (!Number.isInteger(k) || k < 1) throw new Error("failAt takes a positive integer");
    this.failOn = this.operationsApplied + k;
  }

  countOperation(label: string): void {
    this.operationsApplied++;
    this.operationLog.push(label);
    if (this.failOn !== null && this.operationsApplied === this.failOn) {
      this.failOn = null;
      throw new FakeOfficeError("GeneralException", `Injected failure at operation ${this.operationsApplied} (${label}).`, label);
    }
  }

  recordSync(record: SyncRecord): void {
    this.syncs.push(record);
  }

  /** Requests sent (each one a round trip). */
  get roundTrips(): number {
    return this.syncs.length;
  }

  get largestRequestBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }

  get largestResponseBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.responseBytes), 0);
  }

  /** Forgets the syncs and operations recorded so far (the workbook stays). */
  resetStats(): void {
    this.syncs.length = 0;
    this.operationLog.length = 0;
  }
}

/**
 * Defines a global `Excel` (with `Excel.run`) and a minimal `Office` on
 * `globalObj` (window in the browser end-to-end run, globalThis in tests).
 * Returns the fake, for counting syncs and inspecting the workbook.
 */
export function installFakeExcel(globalObj: object, workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  const fake = new FakeExcel(workbook, options);
  const g = globalObj as Record<string, unknown>;
  g.Excel = {
    run: fake.run,
    // Excel.createWorkbook (ExcelApi 1.8): the new workbook is only recorded; older hosts have no such function.
    ...(atLeast(fake.excelApi, "1.8")
      ? {
          createWorkbook: async (base64?: string): Promise<void> => {
            fake.createdWorkbooks.push(base64 ?? "");
          },
        }
      : {}),
    ErrorCodes: {
      generalException: "GeneralException",
      itemNotFound: "ItemNotFound",
      invalidArgument: "InvalidArgument",
      itemAlreadyExists: "ItemAlreadyExists",
      apiNotFound: "ApiNotFound",
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  g.Office = {
    HostType: { Excel: "Excel" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: fake.displayLanguage,
      requirements: { isSetSupported: fake.isSetSupported },
      document: fake.document,
    },
  };
  return fake;
}
