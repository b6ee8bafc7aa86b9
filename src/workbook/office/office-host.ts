/**
 * The Office.js WorkbookHost. `run` is Excel.run and `requirements` is
 * Office.context.requirements, `document` Office.context.document, injected
 * so tests (and the browser end-to-end run) can pass the fake's.
 */
import type { ReportModel } from "../../core/report/model";
import type { WorkbookHost } from "../host";
import type { OfficeDocument } from "./document-file";
import { MIN_EXCEL_API, NEW_WORKBOOK_API, officeFeatures, officeWriteFeatures, supportsCompressedFile, supportsOfficeHost, type RequirementChecker } from "./features";
import { loadWorkbook } from "./load";
import { selectCell } from "./select";
import { writeReport } from "./write-report";
import { writeSettings } from "./write-settings";

/** The file reader is loaded with the committee copy's code, on the click only (the pane starts without it). */
async function readFile(document: OfficeDocument): Promise<Uint8Array> {
  const { readDocumentFile } = await import(/* webpackChunkName: "committee-copy" */ "./document-file");
  return readDocumentFile(document);
}

/**
 * `newWorkbook` is Excel.createWorkbook, used only where the host has ExcelApi 1.8; `document` is read
 * (documentFile) only where the host has the CompressedFile set.
 */
export function createOfficeHost(
  run: typeof Excel.run,
  requirements: RequirementChecker,
  newWorkbook?: (base64: string) => Promise<void>,
  document?: OfficeDocument,
): WorkbookHost {
  if (!supportsOfficeHost(requirements)) {
    // The pane checks supportsOfficeHost first and explains; reaching this is a programming error.
    throw new Error(`Excel with ExcelApi ${MIN_EXCEL_API} or later is required`);
  }
  const features = officeFeatures(requirements);
  const writeFeatures = officeWriteFeatures(requirements);
  return {
    features,
    load: (registerSheet?: string | null) => loadWorkbook(run, features, registerSheet ?? null),
    writeReport: (model: ReportModel) => writeReport(run, writeFeatures, model),
    writeSettings: (rows) => writeSettings(run, rows),
    select: (address: string) => selectCell(run, address),
    ...(newWorkbook !== undefined && requirements.isSetSupported("ExcelApi", NEW_WORKBOOK_API) ? { createWorkbook: newWorkbook } : {}),
    ...(document !== undefined && supportsCompressedFile(requirements) ? { documentFile: () => readFile(document) } : {}),
  };
}
