/**
 * The small register of the end-to-end run: 10 items in 5 areas, one row per
 * indicator, item-level cells merged over an item's continuation rows (items
 * 1 and 9), a title row above the header, an Excel #N/A in an actual, a B item
 * without cause, and a 設定 sheet. The ratings follow from the contract (§5)
 * and are what the run expects to see in 表１:
 *
 *   Ⅰ 3 items: No.1 S (ahead), No.2 B (62 of 100人 missed), No.3 A (64/60 < 1.2)
 *   Ⅱ 2 items: No.4 A (230万/220万 < 1.2), No.5 A (no indicator, on schedule)
 *   Ⅲ 1 item:  No.6 B (behind; no 要因/今後の対応 → warning)
 *   Ⅳ 2 items: No.7 A (#N/A actual → not measured, at most A), No.8 S (4/3 ≥ 1.2 on schedule)
 *   Ⅴ 2 items: No.9 A (two atMost indicators met narrowly), No.10 B (behind)
 *   計 S 2, A 5, B 3 of 10.
 *
 * The `xss` variant puts markup into an area name and an actual: the pane
 * must show it as text.
 */
export type SampleValue = string | number | boolean | { readonly error: string } | null;

export interface SampleWorkbook {
  /** Sheets in workbook order: rows from A1. */
  readonly sheets: Readonly<Record<string, readonly (readonly SampleValue[])[]>>;
  /** Merged ranges per sheet, A1 style (`A3:A4`). */
  readonly merges: Readonly<Record<string, readonly string[]>>;
}

export const REGISTER_SHEET = "取組一覧";
export const AREAS = [
  "Ⅰ 地域協働の推進",
  "Ⅱ 情報の共有と双方向のコミュニケーション",
  "Ⅲ ＰＤＣＡサイクルの構築",
  "Ⅳ 財政基盤の強化",
  "Ⅴ 執行体制の再構築",
] as const;
export const PLAN = "第２次行財政再構築プラン";

/** What 表１ must say for the small sample: area, items, S, A, B. */
export const EXPECTED_TALLY: readonly (readonly [string, number, number, number, number])[] = [
  [AREAS[0], 3, 1, 1, 1],
  [AREAS[1], 2, 0, 2, 0],
  [AREAS[2], 1, 0, 0, 1],
  [AREAS[3], 2, 1, 1, 0],
  [AREAS[4], 2, 0, 1, 1],
];
export const EXPECTED_TOTALS = { S: 2, A: 5, B: 3, total: 10 } as const;

export const XSS_AREA = '<img src=x onerror="window.__xss=1">';
export const XSS_ACTUAL = "<img src=x onerror=window.__xss=2>";

const HEADER = ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "前年度実績", "要因", "今後の対応"];
/** Item-level columns (A–E, J–K): merged over continuation rows. */
const ITEM_COLUMNS = ["A", "B", "C", "D", "E", "J", "K"];
const NA = { error: "#N/A" } as const;

type Indicator = readonly [string, string, SampleValue, SampleValue];
interface Item {
  readonly no: number;
  readonly area: string;
  readonly name: string;
  readonly department: string;
  readonly schedule: string;
  readonly indicators: readonly Indicator[];
  readonly cause?: string;
  readonly nextSteps?: string;
}

function items(areaOf: (i: number) => string, actualOf4: SampleValue): Item[] {
  return [
    { no: 1, area: areaOf(0), name: "市民活動支援センターによる市民活動支援の充実", department: "市民協働・男女参画推進課", schedule: "予定以上",
      indicators: [["センター来場者数", "8,000人以上", "９，８５６人", "８，５８８人"], ["登録団体数", "99団体以上", "１１３団体", "９７団体"]] },
    { no: 2, area: areaOf(0), name: "庁内等における協働推進体制の充実", department: "市民協働・男女参画推進課", schedule: "予定どおり",
      indicators: [["市民講演会の参加者数", "年間１００人以上", "６２人", ""]],
      cause: "開催日に他の行事が重なり、市民の参加が困難であったため。", nextSteps: "開催時期と回数を見直す。" },
    { no: 3, area: areaOf(0), name: "協働に関する職員研修の実施", department: "職員課", schedule: "予定どおり",
      indicators: [["研修受講者数", "60人以上", "64人", "58人"]] },
    { no: 4, area: areaOf(1), name: "市ホームページによる情報発信", department: "秘書広報課", schedule: "予定どおり",
      indicators: [["ホームページ閲覧数", "220万件以上", actualOf4, "210万件"]] },
    { no: 5, area: areaOf(1), name: "市民意見公募手続の充実", department: "政策課", schedule: "予定どおり", indicators: [] },
    { no: 6, area: areaOf(2), name: "行政評価制度の見直し", department: "行政経営課", schedule: "遅れ",
      indicators: [["評価手法の見直し", "策定", "未策定", ""]] },
    { no: 7, area: areaOf(3), name: "市税収納率の向上", department: "収納課", schedule: "予定どおり",
      indicators: [["現年課税分収納率", "98%以上", NA, "98.5%"]] },
    { no: 8, area: areaOf(3), name: "使用料・手数料の見直し", department: "財政課", schedule: "予定どおり",
      indicators: [["見直し件数", "3件以上", "4件", "2件"]] },
    { no: 9, area: areaOf(4), name: "職員定数の適正化", department: "職員課", schedule: "予定どおり",
      indicators: [["職員数", "1,000人以下", "990人", "1,004人"], ["人件費", "100億円以下", "98億円", "99億円"]] },
    { no: 10, area: areaOf(4), name: "窓口サービスの向上", department: "市民課", schedule: "遅れ",
      indicators: [["窓口満足度", "80%以上", "75%", "74%"]],
      cause: "窓口システムの更新が遅れたため。", nextSteps: "令和７年度中に更新を終える。" },
  ];
}

function build(list: readonly Item[]): SampleWorkbook {
  const rows: SampleValue[][] = [[`${PLAN} 取組一覧（平成26年度末）`], HEADER];
  const merges: string[] = [];
  for (const item of list) {
    const first = rows.length + 1; // 1-based Excel row of the item's first row
    const indicatorRows = item.indicators.length > 0 ? item.indicators : [null];
    indicatorRows.forEach((ind, k) => {
      const itemCells: SampleValue[] =
        k === 0 ? [item.no, item.area, item.name, item.department, item.schedule] : [null, null, null, null, null];
      const indCells: SampleValue[] = ind === null ? [null, null, null, null] : [...ind];
      const tail: SampleValue[] = k === 0 ? [item.cause ?? null, item.nextSteps ?? null] : [null, null];
      rows.push([...itemCells, ...indCells, ...tail]);
    });
    const last = rows.length;
    if (last > first) for (const c of ITEM_COLUMNS) merges.push(`${c}${first}:${c}${last}`);
  }
  const settings: SampleValue[][] = [
    ["計画名", PLAN],
    ["対象年度", "平成26年度"],
    ["時点", "年度末"],
    ["S判定の余裕", 0.2],
    ["言語", "ja"],
  ];
  return { sheets: { [REGISTER_SHEET]: rows, 設定: settings, メモ: [["担当者のメモ（集計対象外）"]] }, merges: { [REGISTER_SHEET]: merges } };
}

/** The small register. */
export function smallSample(): SampleWorkbook {
  return build(items((i) => AREAS[i], "230万件"));
}

/** The small register with markup in an area name (items of Ⅱ) and in an actual. */
export function xssSample(): SampleWorkbook {
  return build(items((i) => (i === 1 ? XSS_AREA : AREAS[i]), XSS_ACTUAL));
}

/**
 * The small register with 基準値 / 基準年度 / 目標年度 (contract §10, 進捗率) on
 * two indicators: センター来場者数 7,000 → 8,000 (actual 9,856: 285.6 %) and
 * 研修受講者数 40 → 60 (actual 64: 120 %), both 100 % 以上.
 */
export function baselineSample(): SampleWorkbook {
  const sample = smallSample();
  const rows = sample.sheets[REGISTER_SHEET];
  const baselines: Readonly<Record<string, number>> = { センター来場者数: 7000, 研修受講者数: 40 };
  const out = rows.map((row, r) => {
    if (r === 1) return [...row, "基準値", "基準年度", "目標年度"];
    const b = r > 1 ? baselines[String(row[5])] : undefined;
    return b === undefined ? row : [...row, b, "平成25年度", "平成30年度"];
  });
  return { ...sample, sheets: { ...sample.sheets, [REGISTER_SHEET]: out } };
}

