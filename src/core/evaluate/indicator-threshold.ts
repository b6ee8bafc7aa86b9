/**
 * 判定基準 (contract §9): an indicator's own threshold(s), overriding the
 * scale's for that indicator — one number for the top level (`105`: this
 * indicator earns the top level from 105 %), or one per level from the top
 * (`120/100/80`). Each is read like the 設定 table's thresholds (percent
 * points; `1.05` or a percentage cell is a ratio).
 */
import type { CellValue } from "../grid";
import { readThreshold } from "../settings/read-scale";
import { cellText, isBlank } from "../values/text";

const SEPARATORS = /[/／・,、，\s]+/;

/** The thresholds in percent, top level first; null when blank; "invalid" when a part cannot be read. */
export function readIndicatorThresholds(value: CellValue, format: string | null): number[] | null | "invalid" {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    const t = readThreshold(value, format);
    return t === null || Number.isNaN(t) ? "invalid" : [t];
  }
  const parts = cellText(value).normalize("NFKC").trim().split(SEPARATORS).filter((p) => p !== "");
  const out: number[] = [];
  for (const p of parts) {
    const t = readThreshold(p, null);
    if (t === null || Number.isNaN(t)) return "invalid";
    out.push(t);
  }
  for (let i = 1; i < out.length; i++) if (out[i] >= out[i - 1]) return "invalid";
  return out.length === 0 ? null : out;
}

/** The scale's margins (threshold / 100 − 1) with the indicator's own in place of the top ones. */
export function marginsWith(scaleMargins: readonly (number | null)[], own: readonly number[]): (number | null)[] {
  return scaleMargins.map((m, i) => (i < own.length && m !== null ? own[i] / 100 - 1 : m));
}
