/**
 * What the result of an entry needs to know of the plan's scale (contract
 * §9): its codes (as written in 自己評価 / 確定評価), which levels count as
 * behind (参考２, cause required), and whether the plan is self-rated.
 */
import { scaleOf, type Scale } from "../settings/scale";
import { DEFAULT_SETTINGS } from "../settings";
import { ratingCodes } from "./override";
import type { Rating } from "./types";

export interface PlanRules {
  /** Codes best first: a rating's index in them is its level. */
  readonly codes: readonly Rating[];
  /** Codes by their compared form (NFKC, upper case). */
  readonly codeMap: ReadonlyMap<string, Rating>;
  readonly behind: ReadonlySet<Rating>;
  /** 評価方法 自己評価: the self rating is what is tallied. */
  readonly self: boolean;
  /** `S・A・B` for the invalid-rating message. */
  readonly codesText: string;
}

export function planRules(scale: Scale): PlanRules {
  const codes = scale.levels.map((l) => l.code);
  return {
    codes,
    codeMap: ratingCodes(codes),
    behind: new Set(scale.levels.filter((l) => l.behind).map((l) => l.code)),
    self: scale.method === "self",
    codesText: codes.join("・"),
  };
}

/** The seed's S / A / B, rated automatically. */
export const SEED_RULES: PlanRules = planRules(scaleOf(DEFAULT_SETTINGS));

/** The level of a rating (0 = best); −1 when none. */
export function levelOf(rules: PlanRules, rating: Rating | null): number {
  return rating === null ? -1 : rules.codes.indexOf(rating);
}
