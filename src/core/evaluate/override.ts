/**
 * 確定評価 and 自己評価 (contract §5, §6, §9): a final rating overrides the
 * computed one only with a reason; a self rating is only compared — unless
 * the plan is self-rated (評価方法 自己評価), when it is the rating tallied.
 */
import type { SourceCell } from "../register/types";
import { cellText, nfkc } from "../values/text";
import { RATINGS, type Rating } from "./types";

const SPACES = /\s+/g;

/** A code as compared: NFKC, no spaces, upper case (`Ｓ`, `s` → `S`). */
function codeKey(text: string): string {
  return nfkc(text).replace(SPACES, "").toUpperCase();
}

/** The scale's codes by their compared form, made once per scale. */
export function ratingCodes(codes: readonly Rating[]): ReadonlyMap<string, Rating> {
  return new Map(codes.map((c) => [codeKey(c), c]));
}

const SEED_CODES = ratingCodes(RATINGS);

/** A code of the plan's scale (the seed's S / A / B by default) after NFKC (`Ｓ`, `s`); "invalid" for anything else written; null when blank. */
export function readRating(cell: SourceCell | undefined, codes: ReadonlyMap<string, Rating> = SEED_CODES): Rating | "invalid" | null {
  if (cell === undefined) return null;
  const t = codeKey(cellText(cell.value));
  if (t === "") return null;
  return codes.get(t) ?? "invalid";
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
