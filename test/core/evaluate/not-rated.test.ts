import { isNotRatedWord, notRatedSet } from "../../../src/core/evaluate/not-rated";
import { scaleOf } from "../../../src/core/settings/scale";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

describe("not-rated words (contract §9)", () => {
  const words = notRatedSet(scaleOf({ ...DEFAULT_SETTINGS, notRatedWords: ["中止"] }).notRatedWords);

  test.each(["対象外", "評価対象外", "未評価", "完了", "廃止", "休止", " 対象外 ", "中止"])("%s is not rated", (w) => {
    expect(isNotRatedWord(w, words)).toBe(true);
  });

  test.each(["予定どおり", "遅れ", "", "対象"])("%s is no not-rated word", (w) => {
    expect(isNotRatedWord(w, words)).toBe(false);
  });
});
