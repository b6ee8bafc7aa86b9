/**
 * 委員会用に書き出す (issue 12, contract §7 and §10): the committee copy
 * made in the pane as `shinchoku export` makes it without --sheets — the
 * workbook's own bytes from the host (WorkbookHost.documentFile: Office's
 * getFileAsync, CompressedFile), the same exportSheets over the same default
 * sheets (src/workbook/xlsx/committee-copy.ts, a chunk of its own loaded on
 * the click only, so the pane starts without the .xlsx code), opened as a new
 * workbook through Excel.createWorkbook (ExcelApi 1.8). Every way it cannot
 * ends in an outcome the pane words as a note, never a throw.
 */
import type { WorkbookHost } from "../workbook/host";
import { toBase64 } from "./make-template";

export type CommitteeOutcome =
  | { readonly kind: "created"; readonly sheets: readonly string[] }
  /** The host cannot open a new workbook (no Excel.createWorkbook / ExcelApi 1.8). */
  | { readonly kind: "noNewWorkbook" }
  /** The host cannot hand over the workbook's file (no CompressedFile). */
  | { readonly kind: "noFile" }
  /** The host claimed it could and then refused (Excel on the web). */
  | { readonly kind: "fileRefused"; readonly message: string }
  /** The bytes are no .xlsx package the reader takes. */
  | { readonly kind: "unreadable"; readonly message: string }
  /** No report sheet in the workbook yet. */
  | { readonly kind: "noReport" };

export type CommitteeStep = "readingFile" | "exporting";

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export type CommitteeUnsupported = Extract<CommitteeOutcome, { kind: "noNewWorkbook" | "noFile" }>;

/** Whether the host has what the export needs, before any work: null when it has, else the outcome to show. */
export function committeeUnsupported(host: WorkbookHost): CommitteeUnsupported | null {
  if (host.createWorkbook === undefined) return { kind: "noNewWorkbook" };
  if (host.documentFile === undefined) return { kind: "noFile" };
  return null;
}

export async function exportCommitteeCopy(host: WorkbookHost, onStep: (step: CommitteeStep) => void = () => undefined): Promise<CommitteeOutcome> {
  const unsupported = committeeUnsupported(host);
  if (unsupported !== null) return unsupported;
  const create = host.createWorkbook as (base64: string) => Promise<void>;
  const read = host.documentFile as () => Promise<Uint8Array>;
  onStep("readingFile");
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (e) {
    return { kind: "fileRefused", message: messageOf(e) };
  }
  onStep("exporting");
  const { committeeCopy } = await import(/* webpackChunkName: "committee-copy" */ "../workbook/xlsx/committee-copy");
  let copy: ReturnType<typeof committeeCopy>;
  try {
    copy = committeeCopy(bytes);
  } catch (e) {
    return { kind: "unreadable", message: messageOf(e) };
  }
  if (copy.kind === "noReport") return copy;
  await create(toBase64(copy.bytes));
  return { kind: "created", sheets: copy.sheets };
}
