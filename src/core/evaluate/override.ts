/**
 * 確定評価 and 自己評価 (contract §5, §6): a final rating overrides the
 * computed one only with a reason; a self rating is only compared.
 */
import type { SourceCell } from "../register/types";
import { cellText, nfkc } from "../values/text";
import type { Rating } from "./types";

const SPACES = /\s+/g;

/** S / A / B after NFKC (`Ｓ`, `s`); "invalid" for anything else written; null when blank. */
export function readRating(cell: SourceCell | undefined): Rating | "invalid" | null {
  if (cell === undefined) return null;
  const t = nfkc(cellText(cell.value)).replace(SPACES, "").toUpperCase();
  if (t === "") return null;
  return t === "S" || t === "A" || t === "B" ? t : "invalid";
}

export type OverrideOutcome =
  /** No final rating, or the same as computed: the computed rating stands. */
  | { readonly kind: "none" }
  /** Differs and a reason is given: the final rating applies. */
  | { readonly kind: "applied"; readonly final: Rating; readonly computed: Rating; readonly reason: string }
  /** Differs without a reason: an error; the computed rating stands (nothing is written anyway). */
  | { readonly kind: "withoutReason"; readonly final: Rating; readonly computed: Rating };

const NONE: OverrideOutcome = { kind: "none" };

export function decideOverride(final: Rating | null, computed: Rating | null, reason: string): OverrideOutcome {
  if (final === null || computed === null || final === computed) return NONE;
  const r = reason.trim();
  return r === "" ? { kind: "withoutReason", final, computed } : { kind: "applied", final, computed, reason: r };
}
