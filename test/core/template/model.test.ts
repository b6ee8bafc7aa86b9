/** The register template's model (src/core/template): what the command line's and the pane's writers draw. */
import type { Grid } from "../../../src/core/grid";
import { matchHeader, REQUIRED_COLUMNS } from "../../../src/core/register/aliases";
import { DEFAULT_SETTINGS, type Lang, type Settings } from "../../../src/core/settings";
import { readSettingsSheet } from "../../../src/core/settings/read-settings";
import { FOUR_LEVELS } from "../../../src/core/settings/scale";
import { readScaleSpec } from "../../../src/core/settings/scale-spec";
import { readSchedule } from "../../../src/core/evaluate/schedule";
import { readFlag } from "../../../src/core/evaluate/flag";
import { HIGHLIGHT_MARK, SCHEDULE_WORDS } from "../../../src/core/template/lists";
import { PROMPT_LIMIT, PROMPT_TITLE_LIMIT, templateModel } from "../../../src/core/template/model";

const base = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, areas: [], fiscalYear: 2024, ...over });

function settingsGrid(rows: readonly (readonly (string | number)[])[]): Grid {
  return { sheet: "設定", top: 0, left: 0, values: rows.map((r) => r.map((v) => (v === "" ? null : v))) };
}

describe("template model", () => {
  it.each<Lang>(["ja", "en"])("every header (%s) is read back as its own column, and every required column is there", (lang) => {
    const m = templateModel({ settings: base({ lang }), lang });
    for (const c of m.register.columns) expect(matchHeader(c.header)).toEqual({ key: c.key, exact: true });
    const keys = m.register.columns.map((c) => c.key);
    for (const k of REQUIRED_COLUMNS) expect(keys).toContain(k);
    expect(m.register.columns.filter((c) => c.required).map((c) => c.key)).toEqual(REQUIRED_COLUMNS);
  });

  it("keeps hints and titles within Excel's limits, even with a long scale and many not-rated words", () => {
    const long = Array.from({ length: 8 }, (_, i) => ({ code: `L${i}`, label: "とても長い区分の名前".repeat(4), threshold: i === 7 ? null : 200 - i * 20, behind: i === 7 }));
    for (const lang of ["ja", "en"] as const) {
      const m = templateModel({ settings: base({ scale: long, notRatedWords: ["凍結", "保留", "中断"] }), lang });
      for (const c of m.register.columns) {
        expect([...c.hint].length).toBeLessThanOrEqual(PROMPT_LIMIT);
        expect([...c.promptTitle].length).toBeLessThanOrEqual(PROMPT_TITLE_LIMIT);
        if (c.validation) expect([...c.validation.error].length).toBeLessThanOrEqual(PROMPT_LIMIT);
      }
      const schedule = m.register.columns.find((c) => c.key === "schedule")!;
      expect(schedule.validation!.values.slice(-3)).toEqual(["凍結", "保留", "中断"]);
    }
  });

  it("lists only words the engine reads: the schedule's, the scale's codes, the highlight mark", () => {
    expect(SCHEDULE_WORDS.ja.map(readSchedule)).toEqual(["ahead", "on", "behind"]);
    expect(SCHEDULE_WORDS.en.map(readSchedule)).toEqual(["ahead", "on", "behind"]);
    expect(readFlag(HIGHLIGHT_MARK)).toBe(true);
    const m = templateModel({ settings: base({ scale: FOUR_LEVELS }), lang: "ja" });
    const list = (k: string) => m.register.columns.find((c) => c.key === k)!.validation;
    expect(list("selfRating")!.values).toEqual(["S", "A", "B", "C"]);
    expect(list("finalRating")!.strict).toBe(true);
    expect(list("schedule")!.strict).toBe(true);
    expect(list("targetType")!.strict).toBe(false);
    expect(list("area")).toBeNull(); // no areas set: nothing to choose from
    expect(list("name")).toBeNull();
  });

  it("its 設定 rows read back to the settings it was made from (scale, method, year, areas), and 分野's list points at the areas", () => {
    const settings = base({ plan: "行革プラン", scale: FOUR_LEVELS, method: "self", areas: ["Ⅰ 協働", "Ⅱ 財政"], point: "half" });
    const m = templateModel({ settings, lang: "ja" });
    const read = readSettingsSheet(settingsGrid(m.settings.rows), { ...DEFAULT_SETTINGS, areas: [] });
    expect(read.findings).toEqual([]);
    expect(read.settings).toMatchObject({ plan: "行革プラン", fiscalYear: 2024, point: "half", method: "self", areas: ["Ⅰ 協働", "Ⅱ 財政"], scale: FOUR_LEVELS });
    const range = m.register.columns.find((c) => c.key === "area")!.validation!.range!;
    expect(range.sheet).toBe("設定");
    expect(m.settings.rows.slice(range.firstRow - 1, range.lastRow).map((r) => r[range.column - 1])).toEqual(["Ⅰ 協働", "Ⅱ 財政"]);
  });

  it("on the seed's scale writes no 評価区分 (sections 5–8 hold exactly) and names the levels in S判定の余裕's note", () => {
    const m = templateModel({ settings: base(), lang: "ja" });
    expect(m.settings.rows.map((r) => r[0])).not.toContain("評価区分");
    const margin = m.settings.rows.findIndex((r) => r[0] === "S判定の余裕");
    const note = m.settings.notes.find((n) => n.row === margin + 1)!;
    expect(note.text).toContain("S 予定以上に進捗、A 予定どおりに進捗、B 予定よりも遅れている");
    expect(m.settings.name).toBe("設定");
    expect(templateModel({ settings: base({ lang: "en" }), lang: "en" }).settings.name).toBe("Settings");
  });
});

describe("--scale spec", () => {
  it("takes the presets: sab is the seed's (nothing written), sabc the four levels", () => {
    expect(readScaleSpec("sab")).toEqual({ levels: null, findings: [] });
    expect(readScaleSpec(" S/A/B ")).toEqual({ levels: null, findings: [] });
    expect(readScaleSpec("SABC").levels).toEqual(FOUR_LEVELS);
  });

  it("reads code:label:threshold:mark rows as the 設定 sheet reads them", () => {
    expect(readScaleSpec("A:前進:100,B:現状維持:50,C:後退:0:遅延,D:未着手::遅延")).toEqual({
      levels: [
        { code: "A", label: "前進", threshold: 100, behind: false },
        { code: "B", label: "現状維持", threshold: 50, behind: false },
        { code: "C", label: "後退", threshold: 0, behind: true },
        { code: "D", label: "未着手", threshold: null, behind: true },
      ],
      findings: [],
    });
    // full-width punctuation and 120% read as on the sheet
    expect(readScaleSpec("S：特に良好：１２０％、A：良好：100、B：課題あり：：遅延").levels!.map((l) => l.threshold)).toEqual([120, 100, null]);
  });

  it("refuses what the sheet refuses, with the sheet's finding codes", () => {
    const codes = (s: string) => readScaleSpec(s).findings.map((f) => f.code);
    expect(codes("S:良い:80,A:普通:100,B:遅い::遅延")).toContain("scale-threshold-order");
    expect(codes("S:良い:120,A:普通:100,B:遅い")).toEqual(["scale-no-behind"]);
    expect(codes("S:良い:たくさん,B:遅い::遅延")).toEqual(["invalid-setting"]);
    expect(codes("S:良い:120,B:遅い::たぶん")).toContain("invalid-setting");
    expect(codes("")).toEqual(["scale-too-few-levels"]);
    expect(readScaleSpec("S:良い:120,B:遅い::たぶん").levels).toBeNull();
  });
});
