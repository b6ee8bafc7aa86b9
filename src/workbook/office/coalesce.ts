/**
 * Fewer, larger Office.js operations for the same sheet (render-sheet.ts):
 *
 * - Styled blocks: a block with the same style and the same columns as an
 *   earlier one that ends just above it joins that earlier block (its range
 *   grows down). Blocks are applied in order and later formatting wins, so a
 *   block joins only when no block applied after the one it joins overlaps
 *   it — every cell then ends with the same formatting. Thin borders on every
 *   edge of every cell come out the same: the edges and the inside lines of
 *   the grown range are the edges of each row's. A list styled row by row
 *   (前回比較's changed items, a sheet's body rows) becomes one block.
 * - Merges: one-row merged areas of the same columns on consecutive rows
 *   become one `range.merge(true)` (ExcelApi 1.2: each row merged on its own).
 *   Merged areas never overlap, so their order does not matter.
 *
 * The model (and so the .xlsx) is untouched: this is only how the add-in sends it.
 */
import type { MergedArea } from "../../core/grid";
import type { CellStyle, StyledBlock } from "../../core/report/model";

/** Blocks applied after the one a block would join that are checked for overlap; beyond, the block starts its own (bounds the work). */
export const JOIN_LOOKBACK = 64;

interface Growing {
  top: number;
  left: number;
  bottom: number;
  right: number;
  readonly style: CellStyle;
  readonly key: string;
}

function styleKey(style: CellStyle): string {
  const entries = Object.entries(style)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

function overlaps(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Where a block or merge of these columns, starting on `top`, would continue a run. */
function runKey(key: string, left: number, right: number, top: number): string {
  return `${key}|${left}|${right}|${top}`;
}

/** The blocks, each stacked run of equal ones as one (see above); same formatting on every cell. */
export function joinBlocks(blocks: readonly StyledBlock[]): StyledBlock[] {
  const out: Growing[] = [];
  const open = new Map<string, number>();
  for (const b of blocks) {
    const key = styleKey(b.style);
    const id = runKey(key, b.left, b.right, b.top);
    const at = open.get(id);
    if (at !== undefined && out.length - 1 - at <= JOIN_LOOKBACK && !appliedAfterOverlap(out, at, b)) {
      const g = out[at];
      open.delete(id);
      g.bottom = b.bottom;
      open.set(runKey(key, g.left, g.right, g.bottom + 1), at);
      continue;
    }
    out.push({ top: b.top, left: b.left, bottom: b.bottom, right: b.right, style: b.style, key });
    open.set(runKey(key, b.left, b.right, b.bottom + 1), out.length - 1);
  }
  return out.map((g) => ({ top: g.top, left: g.left, bottom: g.bottom, right: g.right, style: g.style }));
}

function appliedAfterOverlap(out: readonly Growing[], at: number, b: MergedArea): boolean {
  for (let i = at + 1; i < out.length; i++) if (overlaps(out[i], b)) return true;
  return false;
}

/** A merge to send: `across` merges each row of the range on its own. */
export interface MergeOp extends MergedArea {
  readonly across: boolean;
}

/** The merged areas, one-row ones of the same columns on consecutive rows as one `merge(true)`. */
export function joinMerges(merges: readonly MergedArea[]): MergeOp[] {
  const out: { top: number; left: number; bottom: number; right: number; across: boolean }[] = [];
  const open = new Map<string, number>();
  for (const m of merges) {
    if (m.top !== m.bottom) {
      out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right, across: false });
      continue;
    }
    const at = open.get(runKey("", m.left, m.right, m.top));
    if (at !== undefined) {
      open.delete(runKey("", m.left, m.right, m.top));
      out[at].bottom = m.bottom;
      out[at].across = true;
      open.set(runKey("", m.left, m.right, m.bottom + 1), at);
      continue;
    }
    out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right, across: false });
    open.set(runKey("", m.left, m.right, m.bottom + 1), out.length - 1);
  }
  return out;
}
