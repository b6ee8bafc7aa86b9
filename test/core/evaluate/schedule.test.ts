/** §2 Schedule values: the accepted words, and a finding on anything else. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { readSchedule } from "../../../src/core/evaluate/schedule";
import { addressAt, registerOf } from "../../helpers/register";
import { findingOf, seedSettings } from "./support";

describe("schedule words (§2)", () => {
  test.each([
    ["予定以上", "ahead"],
    ["前倒し", "ahead"],
    ["ahead", "ahead"],
    ["予定以上に進捗", "ahead"],
    ["予定どおり", "on"],
    ["予定通り", "on"],
    ["順調", "on"],
    ["on track", "on"],
    ["On", "on"],
    ["予定どおりに進捗", "on"],
    ["遅れ", "behind"],
    ["遅延", "behind"],
    ["予定よりも遅れている", "behind"],
    ["Behind", "behind"],
    ["ＢＥＨＩＮＤ", "behind"],
    [" 予定 どおり ", "on"],
  ] as const)("%s → %s", (word, schedule) => {
    expect(readSchedule(word)).toBe(schedule);
  });

  test.each(["S", "A", "B", "進行中", "", "未定"])("%s is not a schedule word (rating letters included)", (word) => {
    expect(readSchedule(word)).toBeNull();
  });
});

describe("schedule findings (§2, §6)", () => {
  test("an unknown schedule value is an unknown-schedule error on that cell; the item is not rated", () => {
    const e = evaluate(registerOf([{ no: "1", area: "Ⅰ 地域", name: "取組", schedule: "A" }]), seedSettings());
    expect(findingOf(e, "unknown-schedule")).toMatchObject({
      severity: "error",
      cell: addressAt("schedule", 2),
      params: { value: "A" },
    });
    expect(e.items[0].computed).toBeNull();
    expect(e.items[0].rating).toBeNull();
    expect(e.blocked).toBe(true);
  });

  test("a blank schedule is a missing-schedule error at the schedule column of the item's row", () => {
    const e = evaluate(
      registerOf([
        { no: "1", area: "Ⅰ 地域", name: "取組", schedule: "順調" },
        { no: "2", area: "Ⅰ 地域", name: "取組2" },
      ]),
      seedSettings(),
    );
    expect(findingOf(e, "missing-schedule")).toMatchObject({
      severity: "error",
      cell: addressAt("schedule", 3),
      params: { no: "2" },
    });
    expect(e.items[1].computed).toBeNull();
  });
});
