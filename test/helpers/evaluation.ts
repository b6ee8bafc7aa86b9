/**
 * Hand-made Evaluations for tests of everything downstream of the evaluator
 * (report builders, adapters). `evaluation()` derives the tally, totals,
 * delayed list and friends from the entries the way the contract defines
 * them, so a test only states entries; `seedEvaluation()` is the seed
 * report's year (62 entries, 3 / 49 / 10).
 */
import fc from "fast-check";
import type {
  AreaTally,
  Evaluation,
  IndicatorResult,
  IndicatorStatus,
  ItemResult,
  Rating,
  Schedule,
} from "../../src/core/evaluate/types";
import { finding, sortFindings, type Finding, type FindingCode, SEVERITY_OF } from "../../src/core/findings/finding";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function indicator(p: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    name: "指標",
    row: 0,
    target: null,
    actual: null,
    prior: null,
    unit: null,
    achievement: null,
    change: null,
    status: "met",
    display: { target: "", actual: "", prior: "" },
    ...p,
  };
}

export type ItemInput = Partial<Omit<ItemResult, "text">> & { text?: Partial<ItemResult["text"]> };

let nextRow = 10;

export function item(p: ItemInput = {}): ItemResult {
  const no = p.no ?? 1;
  const rating = p.rating === undefined ? (p.computed ?? "A") : p.rating;
  const row = nextRow++;
  return {
    no,
    area: "Ⅰ 地域協働の推進",
    name: `取組${String(no)}`,
    department: "",
    schedule: "on",
    indicators: [],
    computed: rating,
    finalRating: null,
    rating,
    overridden: false,
    overrideReason: "",
    selfRating: null,
    relistOf: null,
    highlight: false,
    entry: row,
    ...p,
    text: { overview: "", plan: "", progress: "", cause: "", nextSteps: "", nextYear: "", ...p.text },
  };
}

export interface EvaluationInput {
  settings?: Partial<Settings>;
  /** Default: 平成26年度末 for ja, FY2014 year end for en, "" without a fiscal year. */
  period?: string;
  findings?: Finding[];
}

/** An Evaluation of these entries: tally in order of settings.areas, then of first appearance. */
export function evaluation(items: readonly ItemResult[], input: EvaluationInput = {}): Evaluation {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    plan: "第２次行財政再構築プラン",
    fiscalYear: 2014,
    ...input.settings,
    areas: [...(input.settings?.areas ?? [])],
  };
  const period =
    input.period ?? (settings.fiscalYear === null ? "" : settings.lang === "ja" ? "平成26年度末" : "FY2014 year end");
  const tallies = new Map<string, Mutable<AreaTally>>();
  for (const area of settings.areas) tallies.set(area, { area, items: 0, S: 0, A: 0, B: 0 });
  const totals = { S: 0, A: 0, B: 0 };
  for (const it of items) {
    let t = tallies.get(it.area);
    if (t === undefined) {
      t = { area: it.area, items: 0, S: 0, A: 0, B: 0 };
      tallies.set(it.area, t);
    }
    t.items++;
    // The seed's scale: S / A / B (a plan's own levels are counted by the run's scale tally).
    if (it.rating === "S" || it.rating === "A" || it.rating === "B") {
      t[it.rating]++;
      totals[it.rating]++;
    }
  }
  const findings = sortFindings(input.findings ?? []);
  return {
    settings,
    period,
    items,
    tally: [...tallies.values()],
    totals,
    total: items.length,
    relisted: items.filter((it) => it.relistOf !== null).length,
    delayed: items.filter((it) => it.rating === "B"),
    overrides: items.filter((it) => it.overridden),
    findings,
    blocked: findings.some((f) => f.severity === "error"),
  };
}

// ---------------------------------------------------------------- the seed

export const SEED_AREAS: readonly { area: string; from: number; to: number }[] = [
  { area: "Ⅰ 地域協働の推進", from: 1, to: 15 },
  { area: "Ⅱ 情報の共有と双方向のコミュニケーション", from: 16, to: 20 },
  { area: "Ⅲ ＰＤＣＡサイクルの構築", from: 21, to: 27 },
  { area: "Ⅳ 財政基盤の強化", from: 28, to: 45 },
  { area: "Ⅴ 執行体制の再構築", from: 46, to: 62 },
];
const SEED_S = new Set([1, 31, 48]);
const SEED_B = new Set([2, 9, 12, 13, 21, 26, 33, 43, 44, 45]);
/** The seed's 62 entries hold one re-listed entry: here No.62 re-lists No.50. */
export const SEED_RELIST = { no: 62, of: 50 };

export const SEED_NO2 = {
  name: "庁内等における協働推進体制の充実",
  progress:
    "協働事業のフォローアップ支援事業については具体的な成果につながったが、目標としていた、市民講演会の参加者数（年間１００人以上）を達成できなかった。",
  cause: "開催日に他の行事が重なるなど、市民の参加が困難であったため。",
  nextSteps: "市民向け講演会の開催時期、回数等を見直し、多数の方に参加していただけるよう努める。",
};

export const SEED_NO1 = {
  name: "市民活動支援センターによる市民活動支援の充実",
  department: "市民協働・男女参画推進課",
  overview: "市民自らが市民活動を支援する「市民主体の運営」による市民活動支援センター機能の充実を図る取組",
  plan: "市民の学習及び交流の機会を提供する事業として学習会及び交流会を年4回開催し、１０月にＮＰＯフェスタを開催する。",
  progress: "学習会、交流会、NPOフェスタの開催など、年度当初に掲げた取組を着実に実施。",
  indicators: [
    indicator({
      name: "センター来場者数",
      target: { kind: "growth", value: 5, strict: false, unit: "%", dueFiscalYear: null, text: "前年比5％以上" },
      actual: 9856,
      prior: 8588,
      unit: "人",
      achievement: 14.765 / 5,
      change: (9856 / 8588 - 1) * 100,
      status: "met",
      display: { target: "前年比5％以上", actual: "９，８５６人", prior: "８，５８８人" },
    }),
    indicator({
      name: "相談件数",
      target: { kind: "growth", value: 10, strict: false, unit: "%", dueFiscalYear: null, text: "前年比10％以上" },
      actual: 71,
      prior: 41,
      unit: "件",
      achievement: 73.17 / 10,
      change: (71 / 41 - 1) * 100,
      status: "exceeded",
      display: { target: "前年比10％以上", actual: "７１件", prior: "４１人" },
    }),
    indicator({
      name: "あすぴあ登録団体数",
      target: { kind: "atLeast", value: 99, strict: false, unit: "団体", dueFiscalYear: null, text: "99団体以上" },
      actual: 113,
      prior: 97,
      unit: "団体",
      achievement: 113 / 99,
      change: (113 / 97 - 1) * 100,
      status: "met",
      display: { target: "99団体以上", actual: "１１３団体", prior: "９７団体" },
    }),
  ],
};

/** The seed's 【参考】 list of next-year initiatives (No → text). */
export const SEED_NEXT_YEAR: ReadonlyMap<number, string> = new Map([
  [7, "２０２０年東京オリンピック・パラリンピック開催を見据えたスポーツボランティア研修会の実施"],
  [8, "美容師の組合との災害時等における応援協定結"],
  [18, "ごみ分別スマートフォンアプリケーションの構築"],
  [24, "平成２８年度実施予定の「小平市政に関する世論調査」における、調査項目の検討"],
  [31, "プレミアム付き商品券事業の実施"],
  [48, "女性職員の活躍を支援することを目的とした職員研修の実施"],
  [52, "（仮称）公共施設マネジメント基本方針の策定"],
  [61, "児童福祉・貸付システムの再構築"],
]);

function seedItem(no: number, area: string): ItemResult {
  const rating: Rating = SEED_S.has(no) ? "S" : SEED_B.has(no) ? "B" : "A";
  const schedule: Schedule = rating === "S" ? "ahead" : rating === "B" ? "behind" : "on";
  const base: ItemInput = {
    no,
    area,
    rating,
    computed: rating,
    schedule,
    department: "担当課",
    text: {
      progress: `No.${no} の進捗`,
      cause: rating === "B" ? `No.${no} の要因` : "",
      nextSteps: rating === "B" ? `No.${no} の今後の対応` : "",
      nextYear: SEED_NEXT_YEAR.get(no) ?? "",
    },
  };
  if (no === 1) {
    return item({
      ...base,
      name: SEED_NO1.name,
      department: SEED_NO1.department,
      highlight: true,
      indicators: SEED_NO1.indicators,
      text: { ...base.text, overview: SEED_NO1.overview, plan: SEED_NO1.plan, progress: SEED_NO1.progress },
    });
  }
  if (no === 2) {
    return item({
      ...base,
      name: SEED_NO2.name,
      text: { ...base.text, progress: SEED_NO2.progress, cause: SEED_NO2.cause, nextSteps: SEED_NO2.nextSteps },
    });
  }
  if (no === 18 || no === 52) return item({ ...base, highlight: true });
  if (no === SEED_RELIST.no) return item({ ...base, relistOf: SEED_RELIST.of });
  return item(base);
}

/** The seed's year: 62 entries (one re-listed), 3 S / 49 A / 10 B, areas Ⅰ–Ⅴ with 15 / 5 / 7 / 18 / 17 entries. */
export function seedEvaluation(input: EvaluationInput = {}): Evaluation {
  const items: ItemResult[] = [];
  for (const a of SEED_AREAS) for (let no = a.from; no <= a.to; no++) items.push(seedItem(no, a.area));
  return evaluation(items, input);
}

// ---------------------------------------------------------------- random evaluations (fast-check)

const STATUSES: readonly IndicatorStatus[] = ["exceeded", "met", "missed", "notYetDue", "notMeasured"];
const CODES = Object.keys(SEVERITY_OF) as FindingCode[];
/** Texts that stress wrapping and formula-looking values. */
const TEXT = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("=SUM(A1:A2)", "予定どおり", "前年比5％以上", "９，８５６人", "Ⅰ 地域協働の推進"),
  fc.string({ unit: fc.constantFrom("あ", "漢", "A", "1", "\n", " ", "％"), maxLength: 300 }),
);
const NUMBER = fc.oneof(fc.constant(null), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(Infinity));

const indicatorArb: fc.Arbitrary<IndicatorResult> = fc
  .record({
    name: TEXT,
    achievement: NUMBER,
    change: NUMBER,
    status: fc.constantFrom(...STATUSES),
    target: TEXT,
    actual: TEXT,
    prior: TEXT,
  })
  .map((r) =>
    indicator({
      name: r.name,
      achievement: r.achievement,
      change: r.change,
      status: r.status,
      display: { target: r.target, actual: r.actual, prior: r.prior },
    }),
  );

const ratingArb = fc.constantFrom<Rating | null>("S", "A", "B", null);

const itemArb: fc.Arbitrary<ItemResult> = fc
  .record({
    no: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.constantFrom("3-1", "A2", "12")),
    area: fc.constantFrom("Ⅰ 地域協働の推進", "Ⅱ 情報の共有と双方向のコミュニケーション", "Ⅲ PDCA", "Area 4"),
    name: TEXT,
    department: TEXT,
    schedule: fc.constantFrom<Schedule | null>("ahead", "on", "behind", null),
    indicators: fc.array(indicatorArb, { maxLength: 4 }),
    computed: ratingArb,
    finalRating: ratingArb,
    rating: ratingArb,
    overridden: fc.boolean(),
    overrideReason: TEXT,
    relistOf: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 200 })),
    highlight: fc.boolean(),
    text: fc.record({ overview: TEXT, plan: TEXT, progress: TEXT, cause: TEXT, nextSteps: TEXT, nextYear: TEXT }),
  })
  .map((r) => item(r));

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    code: fc.constantFrom(...CODES),
    cell: fc.oneof(fc.constant(null), fc.constantFrom("取組一覧!H12", "'My sheet'!A1", "")),
    value: TEXT,
  })
  .map((r) => finding(r.code, r.cell, { no: 1, value: r.value, field: "actual", indicator: r.value }));

export const evaluationArb: fc.Arbitrary<Evaluation> = fc
  .record({
    items: fc.array(itemArb, { maxLength: 12 }),
    findings: fc.array(findingArb, { maxLength: 8 }),
    lang: fc.constantFrom<"ja" | "en">("ja", "en"),
    fiscalYear: fc.oneof(fc.constant(null), fc.integer({ min: 1990, max: 2040 })),
    plan: TEXT,
    period: TEXT,
  })
  .map((r) =>
    evaluation(r.items, {
      settings: { lang: r.lang, fiscalYear: r.fiscalYear, plan: r.plan },
      period: r.period,
      findings: r.findings,
    }),
  );
