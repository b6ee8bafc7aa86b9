/**
 * Reads the 評価区分 table of the 設定 sheet (contract §9): one level a row
 * below the key (key column blank), best first, from the 2nd column: code,
 * label, threshold, behind mark. The table ends at the next key row or at a
 * row whose code cell is blank.
 *
 * Decisions where the contract is silent:
 * - A threshold is percent points: `120`, `120%`, `１２０％`. A cell showing a
 *   percentage (1.2 formatted `0%`) and a plain fraction up to 3 (`1.2`) are
 *   ratios and read ×100: an achievement threshold of 3 % or less is no level
 *   anyone publishes, while 1.2 for 120 % is what a percentage cell holds.
 * - `-`, `−`, `―` or blank in the threshold cell: no threshold.
 * - The behind mark: 遅延 / 遅れ / behind / ○ …; blank, `-`, `×` = not behind;
 *   anything else is an invalid-setting warning and reads as not behind.
 * - A table that breaks a rule of checkScale is one error per problem at
 *   its cell; the scale then stays the base's (the error blocks the report).
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { finding, type Finding } from "../findings/finding";
import { isPercentFormat } from "../values/number-format";
import { cellText, isBlank } from "../values/text";
import { behindMarkOf } from "./keys";
import type { ScaleLevel } from "./scale";
import { checkScale, type ScaleField } from "./scale-check";

const PERCENT_TEXT = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/;
const NONE_TEXT = /^[-−―ー－]$/;

/** The threshold of a cell in percent; null for none; NaN when unreadable. */
export function readThreshold(value: CellValue, format: string | null): number | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (isPercentFormat(format) || (value > 0 && value <= 3)) return Math.round(value * 1e8) / 1e6;
    return value;
  }
  if (typeof value !== "string") return NaN;
  const t = value.normalize("NFKC").replace(/\s+/g, "");
  if (NONE_TEXT.test(t)) return null;
  const m = PERCENT_TEXT.exec(t);
  if (m === null) return NaN;
  const n = Number(m[1]);
  return m[2] === "" && n > 0 && n <= 3 ? Math.round(n * 1e8) / 1e6 : n;
}

export interface ScaleReading {
  /** The levels, or null when the table cannot be used (findings say why). */
  readonly levels: ScaleLevel[] | null;
  /** Row after the table. */
  readonly next: number;
}

const COLUMN_OF: Readonly<Record<ScaleField, number>> = { code: 1, label: 2, threshold: 3, behind: 4 };

/** Reads the table whose key is on row `keyRow` (0-based in the grid); `isKeyRow` tells where the next key stands. */
export function readScaleTable(grid: Grid, keyRow: number, isKeyRow: (r: number) => boolean, findings: Finding[]): ScaleReading {
  const rows = grid.values;
  const at = (r: number, c: number) => cellAddress(grid.sheet, grid.top + r, grid.left + c);
  const levels: ScaleLevel[] = [];
  const rowOf: number[] = [];
  let bad = false;
  let r = keyRow + 1;
  for (; r < rows.length && !isKeyRow(r) && !isBlank(rows[r]?.[1] ?? null); r++) {
    const cells = rows[r];
    const threshold = readThreshold(cells[3] ?? null, grid.numberFormats?.[r]?.[3] ?? null);
    const mark = cellText(cells[4] ?? null);
    const behind = behindMarkOf(mark);
    if (Number.isNaN(threshold)) {
      findings.push(finding("invalid-setting", at(r, 3), { key: cellText(rows[keyRow][0]).trim(), value: cellText(cells[3] ?? null) }));
      bad = true;
    }
    if (behind === null) findings.push(finding("invalid-setting", at(r, 4), { key: cellText(rows[keyRow][0]).trim(), value: mark }));
    levels.push({
      code: cellText(cells[1]).normalize("NFKC").trim(),
      label: cellText(cells[2] ?? null).trim(),
      threshold: Number.isNaN(threshold) ? null : threshold,
      behind: behind === true,
    });
    rowOf.push(r);
  }
  // A key with nothing below it unsets the table: the seed's scale.
  if (levels.length === 0) return { levels: [], next: r };
  for (const p of bad ? [] : checkScale(levels)) {
    const cell = p.level < 0 || p.field === null ? at(keyRow, 0) : at(rowOf[p.level], COLUMN_OF[p.field]);
    findings.push(finding(p.code, cell, p.params));
    bad = true;
  }
  return { levels: bad ? null : levels, next: r };
}
