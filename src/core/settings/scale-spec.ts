/**
 * A rating scale written on one line (the command line's `--scale`): a preset
 * name, or the 評価区分 table's rows with `:` between the cells and `,` between
 * the levels — `A:前進:100,B:現状維持:50,C:後退:0:遅延,D:未着手::遅延`, i.e.
 * code:label:threshold:mark, best first, as the 設定 sheet has them in
 * columns B–E. The rows are read by the 設定 sheet's own reader, so a value
 * means the same in both places and a broken table gets the same findings.
 *
 * Presets (the task pane's two): `sab` (the seed's S/A/B, also `seed`,
 * `S/A/B`) and `sabc` (S/A/B/C with C behind, also `four`, `S/A/B/C`).
 */
import { type CellValue, type Grid } from "../grid";
import { finding, type Finding } from "../findings/finding";
import { readScaleTable } from "./read-scale";
import { FOUR_LEVELS, type ScaleLevel } from "./scale";

/** The seed's scale is "no 評価区分" (null levels: contract §9, sections 5–8 hold exactly). */
const PRESETS: ReadonlyMap<string, readonly ScaleLevel[] | null> = new Map<string, readonly ScaleLevel[] | null>([
  ["sab", null],
  ["seed", null],
  ["s/a/b", null],
  ["sabc", FOUR_LEVELS],
  ["four", FOUR_LEVELS],
  ["s/a/b/c", FOUR_LEVELS],
]);

export interface ScaleSpec {
  /** The levels; null for the seed's scale (nothing to write under 評価区分). */
  readonly levels: readonly ScaleLevel[] | null;
  /** Why the spec cannot be used (the 設定 reader's findings: scale-duplicate-code, invalid-setting, …). */
  readonly findings: readonly Finding[];
}

const LEVEL_SEPARATOR = /[,;、]/;

/** Reads `--scale`'s value. */
export function readScaleSpec(spec: string): ScaleSpec {
  const text = spec.normalize("NFKC").trim();
  const preset = PRESETS.get(text.toLowerCase().replace(/\s+/g, ""));
  if (preset !== undefined) return { levels: preset === null ? null : preset.map((l) => ({ ...l })), findings: [] };
  const rows: CellValue[][] = [["評価区分"]];
  for (const part of text.split(LEVEL_SEPARATOR)) {
    if (part.trim() === "") continue;
    const cells = part.split(":").map((c) => c.trim());
    rows.push([null, ...cells.slice(0, 4).map((c) => (c === "" ? null : c))]);
  }
  const grid: Grid = { sheet: "--scale", top: 0, left: 0, values: rows };
  const findings: Finding[] = [];
  const reading = readScaleTable(grid, 0, () => false, findings);
  // No level at all unsets the table on the sheet; here it is a spec that says nothing.
  if (rows.length === 1) findings.push(finding("scale-too-few-levels", null, { count: 0 }));
  // An unreadable mark is only a warning on the sheet; a spec typed on purpose is refused instead.
  return { levels: findings.length > 0 ? null : reading.levels, findings };
}
