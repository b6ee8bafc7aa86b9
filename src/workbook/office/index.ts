/** The Office.js adapter: WorkbookHost over Excel.run. */
export { createOfficeHost } from "./office-host";
export { supportsOfficeHost, officeFeatures, MIN_EXCEL_API, type RequirementChecker } from "./features";
export { REQUEST_BUDGET_BYTES } from "./payload";
export { type OfficeDocument } from "./document-file";
