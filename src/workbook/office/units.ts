/**
 * Column widths: the ReportModel gives Excel's width unit (characters of the
 * default font's widest digit, as in .xlsx files); Office.js's
 * format.columnWidth takes points.
 *
 * Excel draws a column `trunc(chars × digitWidth + 5)` pixels wide (5 px of
 * padding; ECMA-376 §18.3.1.13) and a point is 0.75 px at 96 dpi. Japanese
 * Excel's default font (游ゴシック 11 pt, earlier ＭＳ Ｐゴシック) has an 8 px
 * digit — its default width 8.38 chars is 72 px — so
 *
 *   points = round(chars × 8 + 5) × 0.75 ≈ chars × 6 + 3.75
 *
 * (20 chars → 123.75 pt = 165 px, as a 20-char column opened from the .xlsx
 * the command line writes). Not chars × 7.5: that would be a quarter too wide.
 */
export const DIGIT_WIDTH_PX = 8;
export const CELL_PADDING_PX = 5;
export const POINTS_PER_PIXEL = 0.75;

export function columnWidthPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  return Math.round(chars * DIGIT_WIDTH_PX + CELL_PADDING_PX) * POINTS_PER_PIXEL;
}
