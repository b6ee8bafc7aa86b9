/**
 * The header names each register column accepts (contract §2), and how a
 * header cell is matched to a column.
 *
 * Matching rule, in order (all on the text after normalizeLabel: NFKC, no
 * spaces or line breaks, lower case, no trailing `.`/`。`/`:`/`：`):
 *  1. exact: the header is one of the aliases (`Ｎｏ．` → no, `分　野` → area);
 *  2. ends with an alias: the header ends with an alias, the longest such alias
 *     wins (`平成26年度末\n進捗状況` → progress, `26年度実績` → actual, while
 *     `前年度実績` stays prior because that longer alias is tried first);
 *  3. the same two steps once more with a trailing parenthesised note removed
 *     (`実績値（3月末現在）` → actual). Aliases that themselves end in a
 *     parenthesis (`評価(確定)`, `前年比(記載)`) are caught by step 1.
 * Anything else is an unknown column: kept on the sheet, ignored here.
 */
import type { ColumnKey, IndicatorColumn, ItemColumn } from "./types";
import { normalizeLabel } from "./label";

export interface ColumnDef {
  readonly key: ColumnKey;
  readonly level: "item" | "indicator";
  /** The register cannot be read without it. */
  readonly required: boolean;
  /** Header names as the contract spells them (shown in the missing-column message). */
  readonly aliases: readonly string[];
}

/** Contract §2's table, in its order. Spelling variants that NFKC folds together are listed once. */
export const COLUMNS: readonly ColumnDef[] = [
  { key: "no", level: "item", required: true, aliases: ["No", "番号", "項番", "項目番号"] },
  { key: "area", level: "item", required: true, aliases: ["分野", "Area"] },
  { key: "name", level: "item", required: true, aliases: ["項目名", "取組名", "取組項目", "Item", "Programme"] },
  { key: "department", level: "item", required: false, aliases: ["担当課", "所管課", "担当", "Department"] },
  { key: "overview", level: "item", required: false, aliases: ["取組の概要", "概要", "Overview"] },
  { key: "plan", level: "item", required: false, aliases: ["年度計画", "計画", "Plan"] },
  {
    key: "progress",
    level: "item",
    required: false,
    aliases: ["進捗状況", "年度末の進捗状況", "上半期末の進捗状況", "Progress"],
  },
  { key: "schedule", level: "item", required: true, aliases: ["スケジュール", "スケジュール進捗", "進捗区分", "Schedule"] },
  { key: "indicator", level: "indicator", required: false, aliases: ["成果指標", "指標", "指標名", "Indicator"] },
  { key: "targetType", level: "indicator", required: false, aliases: ["目標種別", "判定方法", "Target type"] },
  { key: "target", level: "indicator", required: false, aliases: ["目標値", "目標", "Target"] },
  { key: "actual", level: "indicator", required: false, aliases: ["実績値", "実績", "Actual"] },
  { key: "prior", level: "indicator", required: false, aliases: ["前年度実績", "前年度", "前年実績", "Prior"] },
  { key: "unit", level: "indicator", required: false, aliases: ["単位", "Unit"] },
  { key: "statedChange", level: "indicator", required: false, aliases: ["増減率", "前年比(記載)", "Stated change"] },
  { key: "asOf", level: "indicator", required: false, aliases: ["基準日", "時点", "As of"] },
  { key: "threshold", level: "indicator", required: false, aliases: ["判定基準", "達成基準", "Threshold"] },
  { key: "baseline", level: "indicator", required: false, aliases: ["基準値", "現状値", "Baseline"] },
  { key: "baselineYear", level: "indicator", required: false, aliases: ["基準年度", "基準値の年度", "基準年", "Baseline year"] },
  { key: "finalTarget", level: "indicator", required: false, aliases: ["最終目標値", "最終目標", "目標値(最終年度)", "Final target"] },
  { key: "targetYear", level: "indicator", required: false, aliases: ["目標年度", "最終年度", "目標年", "Target year"] },
  { key: "cause", level: "item", required: false, aliases: ["要因", "Cause"] },
  { key: "nextSteps", level: "item", required: false, aliases: ["今後の対応", "今後の対策", "Next steps"] },
  { key: "relistOf", level: "item", required: false, aliases: ["再掲", "再掲元", "Re-listed from"] },
  { key: "selfRating", level: "item", required: false, aliases: ["自己評価", "Self rating"] },
  { key: "finalRating", level: "item", required: false, aliases: ["評価(確定)", "確定評価", "Final rating"] },
  { key: "overrideReason", level: "item", required: false, aliases: ["上書き理由", "確定理由", "Override reason"] },
  { key: "highlight", level: "item", required: false, aliases: ["事例掲載", "掲載", "Highlight"] },
  { key: "nextYear", level: "item", required: false, aliases: ["次年度新規事項", "新規事項", "New next year"] },
  { key: "rated", level: "item", required: false, aliases: ["評価対象", "評価対象区分", "Rated"] },
];

export const REQUIRED_COLUMNS: readonly ColumnKey[] = COLUMNS.filter((c) => c.required).map((c) => c.key);
export const ITEM_COLUMNS: readonly ItemColumn[] = COLUMNS.filter((c) => c.level === "item").map(
  (c) => c.key as ItemColumn,
);
export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = COLUMNS.filter((c) => c.level === "indicator").map(
  (c) => c.key as IndicatorColumn,
);

const DEF_OF: ReadonlyMap<ColumnKey, ColumnDef> = new Map(COLUMNS.map((c) => [c.key, c]));

export function columnDef(key: ColumnKey): ColumnDef {
  return DEF_OF.get(key) as ColumnDef;
}

/** `No / 番号 / 項番 / 項目番号`: the accepted headers of a column, for the missing-column message. */
export function acceptedHeaders(key: ColumnKey): string {
  return columnDef(key).aliases.join(" / ");
}

/** Normalised alias → column, built once. Two columns sharing an alias would be a bug in the table. */
function buildExact(): Map<string, ColumnKey> {
  const map = new Map<string, ColumnKey>();
  for (const col of COLUMNS) {
    for (const alias of col.aliases) {
      const label = normalizeLabel(alias);
      const other = map.get(label);
      if (other !== undefined && other !== col.key) {
        throw new Error(`header alias "${alias}" belongs to both ${other} and ${col.key}`);
      }
      map.set(label, col.key);
    }
  }
  return map;
}

interface SuffixEntry {
  readonly key: ColumnKey;
  readonly label: string;
  /** For Latin aliases: the alias with its spaces kept (`target type`), null for Japanese ones. */
  readonly words: string | null;
}

const EXACT: ReadonlyMap<string, ColumnKey> = buildExact();
const LATIN = /^[a-z0-9 .:()-]+$/;
/** Every alias, longest first, so that the longest alias a header ends with wins. */
const SUFFIXES: readonly SuffixEntry[] = COLUMNS.flatMap((col) =>
  col.aliases.map((alias) => {
    const words = alias.normalize("NFKC").toLowerCase();
    return { key: col.key, label: normalizeLabel(alias), words: LATIN.test(words) ? words : null };
  }),
).sort((a, b) => b.label.length - a.label.length);

/** A trailing `(…)` note (NFKC has already made `（…）` ASCII). */
const TRAILING_NOTE = /\([^()]*\)$/;
const TRAILING_PUNCTUATION = /[.:。]+$/;
const WHITE_SPACE = /\s+/g;
const LATIN_CHAR = /[a-z0-9]/;

export interface HeaderMatch {
  readonly key: ColumnKey;
  /** True when the header is an alias itself (rule 1); false for the fallbacks. */
  readonly exact: boolean;
}

/**
 * `label`: the header without spaces; `words`: the same with runs of spaces kept as one,
 * so that a Latin alias only matches as a whole word (`Item No.` → no, `Casino` → nothing).
 */
function matchLabel(label: string, words: string): HeaderMatch | null {
  const key = EXACT.get(label);
  if (key !== undefined) return { key, exact: true };
  for (let i = 0; i < SUFFIXES.length; i++) {
    const s = SUFFIXES[i];
    if (label.length <= s.label.length || !label.endsWith(s.label)) continue;
    if (s.words !== null) {
      const at = words.length - s.words.length;
      if (at <= 0 || !words.endsWith(s.words) || LATIN_CHAR.test(words[at - 1])) continue;
    }
    return { key: s.key, exact: false };
  }
  return null;
}

/** The column a header cell names, or null for an unknown column. See the rule at the top of this file. */
export function matchHeader(text: string): HeaderMatch | null {
  const label = normalizeLabel(text);
  if (label === "") return null;
  const words = text.normalize("NFKC").replace(WHITE_SPACE, " ").trim().toLowerCase().replace(TRAILING_PUNCTUATION, "").trim();
  const direct = matchLabel(label, words);
  if (direct) return direct;
  const stripped = label.replace(TRAILING_NOTE, "").replace(TRAILING_PUNCTUATION, "");
  if (stripped === label || stripped === "") return null;
  const strippedWords = words.replace(TRAILING_NOTE, "").replace(TRAILING_PUNCTUATION, "").trim();
  const m = matchLabel(stripped, strippedWords);
  return m ? { key: m.key, exact: false } : null;
}
