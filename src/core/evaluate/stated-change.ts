/**
 * The stated change column (増減率): what staff wrote as the change against
 * the prior year (`約14.8％増`, `▲0.5%`, `0.5%減`, `前年比3.2%増`, or a
 * number), checked against the change computed from actual and prior (§6).
 */
import type { SourceCell } from "../register/types";
import type { NumberReader } from "../values/number-reader";

/** 減 / 減少 written after the number makes it a decrease (the reader keeps the value as written). */
export type StatedChange =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: "empty" | "error" | "unreadable"; readonly text: string };

/** The stated change in percentage points; a percentage-formatted number cell (0.148) reads as 14.8. */
export function readStatedChange(cell: SourceCell, numbers: NumberReader): StatedChange {
  let r = numbers.read(cell.value, cell.format);
  if (!r.ok && r.reason === "unreadable" && typeof cell.value === "string") r = numbers.find(cell.value)?.reading ?? r;
  if (!r.ok) return r;
  // `▲0.5%減` says it twice; a minus either way is one minus.
  return { ok: true, value: r.qualifiers?.change === "decrease" ? -Math.abs(r.value) : r.value };
}

/** True when the stated change differs from the computed one by more than 0.1 points. */
export function statedChangeDiffers(stated: number, computed: number): boolean {
  return Math.abs(stated - computed) > 0.1 + 1e-9;
}

/** Rounded to one decimal for the finding's message. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
