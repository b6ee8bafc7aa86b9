/**
 * The few cell styles every generated sheet shares, so that all six sheets
 * look like one document (the seed's tables: grey header, thin borders).
 * Builders combine them in blocks; later blocks win per property.
 */
import type { Severity } from "../findings/finding";
import type { CellStyle } from "./model";

/** The seed's table headers are a light grey. */
export const HEADER_FILL = "D9D9D9";
/** Label column of the 参考１ cards: lighter than a header, still visible in print. */
export const LABEL_FILL = "F2F2F2";

/** Sheet title (A1). */
export const TITLE: CellStyle = { bold: true, fontSize: 14, vAlign: "center" };
/** A caption above a table (【表１】…) or a card's header line. */
export const CAPTION: CellStyle = { bold: true, fontSize: 11, vAlign: "center" };
/** Running text above a table: wraps inside its merged area. */
export const SENTENCE: CellStyle = { wrap: true, vAlign: "top" };
/** Table header row. */
export const HEADER: CellStyle = {
  bold: true,
  fill: HEADER_FILL,
  border: true,
  hAlign: "center",
  vAlign: "center",
  wrap: true,
};
/** Table body text. */
export const BODY: CellStyle = { border: true, wrap: true, vAlign: "top" };
/** Counts and No.: centred whole numbers. */
export const NUMBER: CellStyle = { border: true, hAlign: "center", vAlign: "center", numberFormat: "0" };
/** Short codes (ratings, statuses, schedule words): centred. */
export const CENTERED: CellStyle = { hAlign: "center" };
/** Achievement: a ratio shown as a percentage with one decimal (1.14 → 114.0%). */
export const PERCENT: CellStyle = { border: true, hAlign: "right", vAlign: "top", numberFormat: "0.0%" };
/** A total row. */
export const TOTAL: CellStyle = { bold: true };
/** Label cells of a card (取組の概要, …). */
export const LABEL: CellStyle = {
  bold: true,
  fill: LABEL_FILL,
  border: true,
  hAlign: "center",
  vAlign: "center",
  wrap: true,
};
/** A cell that jumps somewhere when clicked: the usual hyperlink blue. */
export const LINK: CellStyle = { color: "0563C1" };
/** Row fills of the 検証結果 sheet: light red for errors, light yellow for warnings, none for info. */
export const SEVERITY_FILL: Readonly<Record<Severity, CellStyle | null>> = {
  error: { fill: "FFC7CE" },
  warning: { fill: "FFEB9C" },
  info: null,
};
/** Whole numbers without decimals or separators (No.). */
export const INTEGER: CellStyle = { numberFormat: "0" };
/** Lets a caption or card header wrap inside its merged area. */
export const WRAP: CellStyle = { wrap: true };
