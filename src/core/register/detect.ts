/**
 * Which sheet is the register: the one named 取組一覧 when it holds the
 * required headers, else the first sheet (in workbook order) whose first 20
 * rows hold them. Hosts pass the top rows of each candidate sheet, so the
 * rule is the header finder's own and is written once.
 */
import type { Grid } from "../grid";
import { DEFAULT_REGISTER_SHEET } from "../settings";
import { findHeader, HEADER_SEARCH_ROWS } from "./header";

/** Rows of a sheet a host must read for detection. */
export const DETECTION_ROWS = HEADER_SEARCH_ROWS;
/** Columns of a sheet a host must read for detection (AN: wide registers put optional columns far right). */
export const DETECTION_COLUMNS = 40;

function holdsHeader(grid: Grid): boolean {
  return findHeader(grid).row >= 0;
}

export function detectRegisterSheet(candidates: readonly Grid[]): string | null {
  const named = candidates.find((g) => g.sheet === DEFAULT_REGISTER_SHEET);
  if (named && holdsHeader(named)) return named.sheet;
  const found = candidates.find((g) => g !== named && holdsHeader(g));
  return found ? found.sheet : named ? named.sheet : null;
}
