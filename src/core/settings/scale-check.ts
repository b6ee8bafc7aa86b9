/**
 * Checks a scale (contract §9) — the same rules for the 設定 sheet's reader
 * and the task pane's editor, which show the problems at a cell or a field:
 * at least two levels, every level a code and a label, codes unique, every
 * level but the lowest a threshold, thresholds falling, the lowest without
 * one, at least one level marked behind.
 */
import type { FindingCode } from "../findings/finding";
import type { ScaleLevel } from "./scale";

/** The field of a level a problem is about (null: the scale as a whole). */
export type ScaleField = "code" | "label" | "threshold" | "behind";

export interface ScaleProblem {
  readonly code: FindingCode;
  /** Index of the level (best first); -1 for the scale as a whole. */
  readonly level: number;
  readonly field: ScaleField | null;
  readonly params: Readonly<Record<string, string | number>>;
}

function checkLevel(levels: readonly ScaleLevel[], i: number, out: ScaleProblem[]): void {
  const l = levels[i];
  const lowest = i === levels.length - 1;
  const code = l.code.trim();
  if (code === "") out.push({ code: "scale-missing-code", level: i, field: "code", params: { level: i + 1 } });
  else if (levels.findIndex((o) => o.code.trim() === code) < i) {
    out.push({ code: "scale-duplicate-code", level: i, field: "code", params: { code } });
  }
  if (l.label.trim() === "") out.push({ code: "scale-missing-label", level: i, field: "label", params: { code: code || String(i + 1) } });
  const name = code || String(i + 1);
  if (lowest) {
    if (l.threshold !== null) out.push({ code: "scale-lowest-threshold", level: i, field: "threshold", params: { code: name } });
    return;
  }
  if (l.threshold === null || !Number.isFinite(l.threshold) || l.threshold < 0) {
    out.push({ code: "scale-missing-threshold", level: i, field: "threshold", params: { code: name } });
    return;
  }
  const above = levels.slice(0, i).map((o) => o.threshold).filter((t): t is number => t !== null);
  if (above.length > 0 && l.threshold >= above[above.length - 1]) {
    out.push({ code: "scale-threshold-order", level: i, field: "threshold", params: { code: name, threshold: l.threshold, above: above[above.length - 1] } });
  }
}

/** The scale's problems in level order; empty when it can be used. */
export function checkScale(levels: readonly ScaleLevel[]): ScaleProblem[] {
  const out: ScaleProblem[] = [];
  if (levels.length < 2) {
    out.push({ code: "scale-too-few-levels", level: -1, field: null, params: { count: levels.length } });
    return out;
  }
  for (let i = 0; i < levels.length; i++) checkLevel(levels, i, out);
  if (!levels.some((l) => l.behind)) out.push({ code: "scale-no-behind", level: -1, field: null, params: {} });
  return out;
}
