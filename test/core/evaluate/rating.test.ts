/** §5 Per item: B, S, A by the default rule. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { rateItem } from "../../../src/core/evaluate/rating";
import { registerOf } from "../../helpers/register";
import { seedSettings } from "./support";

describe("rateItem (§5 default rule)", () => {
  test("only the first `count` statuses are the item's (the evaluation reuses one list)", () => {
    expect(rateItem("on", ["exceeded", "missed"], 1)).toBe("S");
    expect(rateItem("on", ["met", "missed"], 2)).toBe("B");
    expect(rateItem("on", ["missed"], 0)).toBe("A");
  });

  test("B when the schedule is behind, whatever the indicators", () => {
    expect(rateItem("behind", ["exceeded", "exceeded"])).toBe("B");
    expect(rateItem("behind", [])).toBe("B");
  });

  test("B when any due indicator is missed, even ahead of schedule", () => {
    expect(rateItem("ahead", ["exceeded", "missed"])).toBe("B");
    expect(rateItem("on", ["missed", "notMeasured"])).toBe("B");
  });

  test("S when nothing is missed and the schedule is ahead", () => {
    expect(rateItem("ahead", ["met", "notYetDue"])).toBe("S");
    expect(rateItem("ahead", [])).toBe("S");
  });

  test("S when on track with at least one due indicator and every due indicator exceeded", () => {
    expect(rateItem("on", ["exceeded", "exceeded"])).toBe("S");
    expect(rateItem("on", ["exceeded", "notYetDue"])).toBe("S");
  });

  test("A when on track and some due indicator is only met", () => {
    expect(rateItem("on", ["exceeded", "met"])).toBe("A");
  });

  test("an item with no due indicator is rated by its schedule alone", () => {
    expect(rateItem("ahead", ["notYetDue"])).toBe("S");
    expect(rateItem("on", ["notYetDue"])).toBe("A");
    expect(rateItem("behind", ["notYetDue"])).toBe("B");
    expect(rateItem("on", [])).toBe("A");
  });

  test("a not-measured indicator caps the item at A (but not above B)", () => {
    expect(rateItem("ahead", ["notMeasured"])).toBe("A");
    expect(rateItem("on", ["exceeded", "notMeasured"])).toBe("A");
    expect(rateItem("behind", ["notMeasured"])).toBe("B");
  });

  test("no rating when the schedule could not be read", () => {
    expect(rateItem(null, ["exceeded"])).toBeNull();
  });
});

describe("item rating through evaluate", () => {
  const settings = seedSettings();
  function rate(schedule: string, indicators: { target: string; actual: string; prior?: string }[]) {
    return evaluate(registerOf([{ no: "1", area: "Ⅰ 地域", name: "取組", schedule, indicators }]), settings).items[0].computed;
  }

  test("on track, every indicator exceeded → S", () => {
    expect(rate("予定どおり", [{ target: "100人以上", actual: "130人" }, { target: "3件以下", actual: "1件" }])).toBe("S");
  });

  test("on track, one indicator only met → A", () => {
    expect(rate("予定どおり", [{ target: "100人以上", actual: "130人" }, { target: "3件以下", actual: "3件" }])).toBe("A");
  });

  test("ahead of schedule with an indicator missed → B", () => {
    expect(rate("前倒し", [{ target: "100人以上", actual: "99人" }])).toBe("B");
  });

  test("behind schedule with indicators exceeded → B", () => {
    expect(rate("遅れ", [{ target: "100人以上", actual: "200人" }])).toBe("B");
  });

  test("milestone not yet due: the item is rated by its schedule", () => {
    expect(rate("予定以上", [{ target: "28年度末までに策定", actual: "未策定" }])).toBe("S");
    expect(rate("予定どおり", [{ target: "28年度末までに策定", actual: "未策定" }])).toBe("A");
  });
});
