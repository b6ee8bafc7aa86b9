/**
 * The one source of the levels' colours (the pane's tally chart and the
 * chart written into 進捗集計): levels not behind take greens and blues best
 * first, behind levels oranges and reds, entries not rated grey. The seed's
 * S / A / B come out green, blue, orange. Each keeps ≥ 4.5:1 contrast with
 * white text on it. `RRGGBB`, as CellStyle's colours.
 */
import type { ScaleLevel } from "../settings/scale";

/** Levels not behind, best first. */
const GOOD: readonly string[] = ["107C10", "0F6CBD", "036C70", "5C2E91", "004E8C"];
/** Behind levels, in scale order. */
const BEHIND: readonly string[] = ["BC4B09", "A4262C", "8E562E", "750B1C"];
/** 対象外・未評価. */
export const NOT_RATED_COLOUR = "616161";

/** One colour per level, in scale order. */
export function levelColours(levels: readonly Pick<ScaleLevel, "behind">[]): string[] {
  let good = 0;
  let behind = 0;
  return levels.map((l) => (l.behind ? BEHIND[behind++ % BEHIND.length] : GOOD[good++ % GOOD.length]));
}
