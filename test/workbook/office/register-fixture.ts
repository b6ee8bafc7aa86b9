/**
 * A register as staff keep it, for the Office.js adapter tests and the
 * round-trip benchmark: a title above the header, one row per indicator,
 * item columns left blank or merged on continuation rows, dates (serials
 * formatted yyyy/m/d), an error value #N/A and the TEXT "#N/A" — plus the
 * Grid the adapter must read from it.
 */
import type { CellValue, Grid, MergedArea } from "../../../src/core/grid";
import { fakeWorkbookFrom, type CellInput, type FakeWorkbook, type FakeWorkbookOptions } from "../../fakes/excel";

export const REGISTER_HEADERS = ["No", "分野", "項目名", "担当課", "進捗状況", "スケジュール", "成果指標", "目標値", "実績値", "前年度実績", "基準日", "要因", "今後の対応"];
const AREAS = ["Ⅰ 地域協働の推進", "Ⅱ 情報の共有と双方向のコミュニケーション", "Ⅲ ＰＤＣＡサイクルの構築", "Ⅳ 財政基盤の強化"];
const SCHEDULES = ["予定どおり", "予定以上", "遅れ"];
const DATE_COLUMN = 10;

export interface RegisterFixture {
  /** Cells from the origin (title row first). */
  readonly rows: CellInput[][];
  /** Where rows[0][0] sits (0-based). */
  readonly top: number;
  readonly left: number;
  /** Merged areas, absolute 0-based. */
  readonly merges: MergedArea[];
  /** Date cells (absolute 0-based) formatted yyyy/m/d. */
  readonly dateCells: { row: number; col: number }[];
  readonly items: number;
}

/** A small deterministic PRNG. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function registerFixture(items: number, options: { top?: number; left?: number; seed?: number; mergeEvery?: number } = {}): RegisterFixture {
  const top = options.top ?? 1;
  const left = options.left ?? 1;
  const rand = rng(options.seed ?? 11);
  const mergeEvery = options.mergeEvery ?? 2;
  const rows: CellInput[][] = [["第２次行財政再構築プラン 取組一覧（平成26年度末）"], [], REGISTER_HEADERS];
  const merges: MergedArea[] = [];
  const dateCells: { row: number; col: number }[] = [];
  for (let no = 1; no <= items; no++) {
    const indicators = 1 + Math.floor(rand() * 3);
    const first = rows.length;
    const merged = indicators > 1 && no % mergeEvery === 0;
    for (let k = 0; k < indicators; k++) {
      const base = 100 + Math.floor(rand() * 900);
      const actual: CellInput = no % 17 === 0 && k === 0 ? { error: "#N/A" } : base + k;
      const cause: CellInput = no % 13 === 0 ? "#N/A" : no % 3 === 2 ? "職員体制の見直しにより着手が遅れた" : null;
      const row: CellInput[] =
        k === 0
          ? [no, AREAS[no % AREAS.length], `取組${no}：窓口業務の見直し`, "総務課", `平成${26}年度は${base}件を処理した。`, SCHEDULES[no % 3], `指標${no}-${k + 1}`, `${base}件以上`, actual, base - 5, 42094 + no, cause, no % 3 === 2 ? "次年度に前倒しで実施" : null]
          : [null, null, null, null, null, null, `指標${no}-${k + 1}`, `前年比${k}％増`, actual, "-", 42094 + no + k, null, null];
      rows.push(row);
      dateCells.push({ row: top + rows.length - 1, col: left + DATE_COLUMN });
    }
    if (merged) {
      for (const c of [0, 2, 3, 4, 5, 11, 12]) merges.push({ top: top + first, left: left + c, bottom: top + first + indicators - 1, right: left + c });
    }
  }
  // The title spans the table width (a merge in the title row, above the header).
  merges.push({ top, left, bottom: top, right: left + REGISTER_HEADERS.length - 1 });
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { rows, top, left, merges, dateCells, items };
}

/** Workbook options placing the fixture on a sheet. */
export function fixtureOptions(sheet: string, f: RegisterFixture): FakeWorkbookOptions & { origin: Record<string, string> } {
  const numberFormats: Record<string, string> = {};
  for (const d of f.dateCells) numberFormats[a1(d.row, d.col)] = "yyyy/m/d";
  return {
    origin: { [sheet]: a1(f.top, f.left) },
    merges: { [sheet]: f.merges },
    numberFormats: { [sheet]: numberFormats },
  };
}

function a1(row: number, col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s + String(row + 1);
}

/** The Grid the adapter must read: the used rectangle, empty cells null, errors as {error}, formats per cell. */
export function expectedGrid(sheet: string, f: RegisterFixture, withMerges: boolean): Grid {
  const width = f.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const dates = new Set(f.dateCells.map((d) => `${d.row},${d.col}`));
  const values: CellValue[][] = f.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c];
      if (v === undefined || v === null || v === "") return null;
      if (typeof v === "object") return "error" in v ? { error: v.error } : null;
      return v;
    }),
  );
  const numberFormats = f.rows.map((_, r) => Array.from({ length: width }, (_, c) => (dates.has(`${f.top + r},${f.left + c}`) ? "yyyy/m/d" : "General")));
  return { sheet, top: f.top, left: f.left, values, numberFormats, ...(withMerges ? { merges: f.merges } : {}) };
}

/** A workbook with the register on 取組一覧 between user sheets, and a settings sheet. */
export function workbookWithRegister(f: RegisterFixture, extra: { generated?: string[]; sheets?: Record<string, CellInput[][]> } = {}): FakeWorkbook {
  const opts = fixtureOptions("取組一覧", f);
  return fakeWorkbookFrom(
    {
      表紙: [["令和元年度 進捗状況報告"]],
      取組一覧: f.rows,
      設定: [["計画名", "第２次行財政再構築プラン"], ["対象年度", "平成26年度"], ["S判定の余裕", 0.2]],
      ...(extra.sheets ?? {}),
    },
    { ...opts, generated: extra.generated },
  );
}
