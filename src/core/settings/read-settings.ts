/**
 * Reads the optional 設定 / Settings sheet (contract §2): key / value pairs in
 * its first two columns, on top of `base` (the defaults, or what the caller
 * already has). A value that cannot be read is an invalid-setting warning at
 * the value's cell, and the base value stays.
 *
 * Decisions where the contract is silent:
 * - Keys are compared after NFKC, without spaces, case or a trailing `：`;
 *   rows whose first cell is no key (a title, a note, 項目 / 値) are ignored.
 * - A key given twice: the later row wins.
 * - A key with a blank value unsets what can be unset (計画名 → "", 対象年度 →
 *   not set, 分野 → none) and leaves 時点 / S判定の余裕 / 言語 as they were.
 * - 分野: the value cell on the key row, then one area per row below (2nd
 *   column, or the 1st when the 2nd is empty) up to the next key row or a blank
 *   row; kept as written (trimmed, not NFKC: `Ⅰ` must stay `Ⅰ`), a repeated
 *   area only once.
 * - S判定の余裕: a number (`0.2`, a cell showing `20%`) or text (`0.2`, `20%`,
 *   `２０％`), between 0 and 1. `20` is refused rather than guessed.
 * - 対象年度: what readFiscalYear reads (`平成26年度`, `令和6年度`, `2014`, `FY2014`).
 * - 評価対象外: words like 分野 (key row, then one a row below); they add to
 *   the contract's own (対象外, 評価対象外, 未評価, 完了, 廃止, 休止).
 * - 評価区分: a table below the key (read-scale.ts); when given it wins over
 *   S判定の余裕, which only sets the seed's top threshold.
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { finding, type Finding } from "../findings/finding";
import type { Settings } from "../settings";
import { readFiscalYear } from "../values/fiscal-year";
import { cellText, isBlank } from "../values/text";
import { digitsOf, langOf, methodOf, pointOf, settingKeyOf, type SettingKey } from "./keys";
import { readScaleTable } from "./read-scale";

/** Keys whose value is a list: on the key row, then one a row below. */
type ListKey = "areas" | "notRatedWords";
type ScalarKey = Exclude<SettingKey, ListKey | "scale">;

export interface SettingsReading {
  readonly settings: Settings;
  readonly findings: Finding[];
}

const MARGIN_TEXT = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/;

/** 0.2, `20%`, `0.2` → 0.2; null when unreadable or outside 0–1. */
function readMargin(value: CellValue): number | null {
  let m: number;
  if (typeof value === "number") m = value;
  else if (typeof value === "string") {
    const match = MARGIN_TEXT.exec(value.normalize("NFKC").replace(/\s+/g, ""));
    if (match === null) return null;
    m = match[2] === "%" ? Number(match[1]) / 100 : Number(match[1]);
  } else return null;
  return Number.isFinite(m) && m >= 0 && m <= 1 ? m : null;
}

/** One setting's value read into `into`; false when it cannot be read. */
function apply(key: ScalarKey, value: CellValue, into: Settings): boolean {
  const blank = isBlank(value);
  const text = blank ? "" : cellText(value).trim();
  switch (key) {
    case "plan":
      into.plan = text;
      return true;
    case "fiscalYear": {
      if (blank) {
        into.fiscalYear = null;
        return true;
      }
      const year = readFiscalYear(text, null);
      if (year === null) return false;
      into.fiscalYear = year;
      return true;
    }
    case "point": {
      if (blank) return true;
      const point = pointOf(text);
      if (point === null) return false;
      into.point = point;
      return true;
    }
    case "sMargin": {
      if (blank) return true;
      const margin = readMargin(value);
      if (margin === null) return false;
      into.sMargin = margin;
      return true;
    }
    case "lang": {
      if (blank) return true;
      const lang = langOf(text);
      if (lang === null) return false;
      into.lang = lang;
      return true;
    }
    case "method":
    case "digits":
      return applyWord(key, text, into);
  }
}

/** 評価方法 / 数字: a word of their lists; blank leaves the value as it was. */
function applyWord(key: "method" | "digits", text: string, into: Settings): boolean {
  if (text === "") return true;
  const v = key === "method" ? methodOf(text) : digitsOf(text);
  if (v === null) return false;
  if (key === "method") into.method = v as Settings["method"];
  else into.digits = v as Settings["digits"];
  return true;
}

/** A list's entries from the key row's value and the rows below it; returns the row after the list. */
function readList(rows: Grid["values"], r: number, isKeyRow: (r: number) => boolean, into: string[]): number {
  const add = (v: CellValue) => {
    const entry = cellText(v).trim();
    if (!into.includes(entry)) into.push(entry);
  };
  const value = rows[r]?.[1] ?? null;
  if (!isBlank(value)) add(value);
  r++;
  for (; r < rows.length && !isKeyRow(r); r++) {
    const second = rows[r]?.[1] ?? null;
    const first = rows[r]?.[0] ?? null;
    const v = isBlank(second) ? first : second;
    if (isBlank(v)) break;
    add(v);
  }
  return r;
}

export function readSettingsSheet(grid: Grid | null, base: Settings): SettingsReading {
  const settings: Settings = { ...base, areas: [...base.areas] };
  const findings: Finding[] = [];
  if (grid === null) return { settings, findings };
  const rows = grid.values;
  const keyOf = (r: number): SettingKey | null => {
    const k = rows[r]?.[0];
    return typeof k === "string" ? settingKeyOf(k) : null;
  };
  const isKeyRow = (r: number) => keyOf(r) !== null;
  let r = 0;
  while (r < rows.length) {
    const key = keyOf(r);
    const value = rows[r]?.[1] ?? null;
    if (key === null) {
      r++;
    } else if (key === "areas" || key === "notRatedWords") {
      const list: string[] = [];
      r = readList(rows, r, isKeyRow, list);
      settings[key] = list;
    } else if (key === "scale") {
      const reading = readScaleTable(grid, r, isKeyRow, findings);
      if (reading.levels !== null && reading.levels.length > 0) settings.scale = reading.levels;
      else if (reading.levels !== null) delete settings.scale;
      r = reading.next;
    } else {
      if (!apply(key, value, settings)) {
        const k = cellText(rows[r][0]).trim();
        findings.push(
          finding("invalid-setting", cellAddress(grid.sheet, grid.top + r, grid.left + 1), { key: k, value: cellText(value) }),
        );
      }
      r++;
    }
  }
  return { settings, findings };
}
