/**
 * What the Excel host can do, from its requirement sets.
 *
 * Minimum ExcelApi 1.7: the adapter needs getRangeByIndexes (block reads and
 * writes without building A1 strings), freezePanes and in-document hyperlinks
 * (report sheets), all 1.7 (as is worksheet.copy). Office 2019 perpetual has
 * 1.7–1.8, so that is the oldest Excel the add-in runs in; Office 2016
 * perpetual (1.1–1.2) is not supported — those users have the command line.
 *
 * Optional: page layout (1.9, print setup of the report sheets) and merged
 * areas (1.13, merged continuation cells of the register). Without them the
 * pane says what is missing (HostFeatures) and the rest still works.
 *
 * Adapter-only (WriteFeatures, not shown in the pane): range.setCellProperties
 * (1.9) writes a column's links in one statement per block of rows instead of
 * one per cell, a fraction of the request bytes (the workbook comes out the
 * same either way); the chart's data labels hide zero counts with a number
 * format (1.8; without it a zero count shows as 0). Charts themselves are
 * ExcelApi 1.1, their series' setValues / setXAxisValues and the category
 * axis's reversePlotOrder 1.7: within the minimum.
 */
import type { HostFeatures } from "../host";

/** `Office.context.requirements`, injected so tests can pass the fake's. */
export interface RequirementChecker {
  isSetSupported(name: string, version: string): boolean;
}

export const MIN_EXCEL_API = "1.7";
export const PAGE_LAYOUT_API = "1.9";
export const MERGED_AREAS_API = "1.13";
export const CELL_PROPERTIES_API = "1.9";
/** Excel.createWorkbook(base64): a new workbook from a file (the register template). */
export const NEW_WORKBOOK_API = "1.8";
/**
 * Office.context.document.getFileAsync(Office.FileType.Compressed): the open workbook's own .xlsx bytes (the committee
 * copy). A Common API set (CompressedFile 1.1; getFileAsync itself is File 1.1, which every host with CompressedFile
 * has), not ExcelApi. Microsoft's getFileAsync reference lists Compressed for Excel on Windows and Mac only (the web:
 * Pdf only) while the requirement-set table lists Excel on the web too: a host that claims the set may still refuse
 * the file, and the pane then says so.
 */
export const COMPRESSED_FILE_SET = "CompressedFile";
/** Chart data labels' number format (the 進捗集計 chart hides zero counts with it). */
export const CHART_LABEL_FORMAT_API = "1.8";

/** What the report writer may use besides HostFeatures; none of it changes the result, only the requests. */
export interface WriteFeatures extends HostFeatures {
  /** range.setCellProperties (ExcelApi 1.9): links written per block of rows of a column. */
  readonly cellProperties: boolean;
  /** ChartDataLabels.numberFormat (ExcelApi 1.8): the chart's zero counts hidden. */
  readonly chartLabelFormat: boolean;
}

export function supportsOfficeHost(requirements: RequirementChecker): boolean {
  return requirements.isSetSupported("ExcelApi", MIN_EXCEL_API);
}

export function supportsCompressedFile(requirements: RequirementChecker): boolean {
  return requirements.isSetSupported(COMPRESSED_FILE_SET, "1.1");
}

export function officeFeatures(requirements: RequirementChecker): HostFeatures {
  return {
    pageLayout: requirements.isSetSupported("ExcelApi", PAGE_LAYOUT_API),
    mergedAreas: requirements.isSetSupported("ExcelApi", MERGED_AREAS_API),
  };
}

export function officeWriteFeatures(requirements: RequirementChecker): WriteFeatures {
  return {
    ...officeFeatures(requirements),
    cellProperties: requirements.isSetSupported("ExcelApi", CELL_PROPERTIES_API),
    chartLabelFormat: requirements.isSetSupported("ExcelApi", CHART_LABEL_FORMAT_API),
  };
}
