/**
 * Reads the 評価履歴 sheet back (contract §10): every block written by
 * history-sheet.ts, in either report language. A block is a header row
 * (時点 … No …) and the entry rows under it down to the first row without
 * a period or No.; an entry's period is its own 時点 cell, so a block whose
 * rows were re-sorted still reads as its periods. Rows without a No. are skipped.
 */
import { isCellError, type CellValue, type Grid } from "../grid";
import { cycleEn } from "../i18n/en/cycle";
import { cycleJa, type CycleLabels } from "../i18n/ja/cycle";
import { periodOfLabel, type HistoryBlock } from "./history-block";
import type { PeriodItem } from "./types";

type Column = keyof CycleLabels["history"]["headers"];
const COLUMNS: readonly Column[] = ["period", "no", "area", "name", "level", "notRated", "relistOf", "actuals"];

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return "";
  return String(v).trim();
}

/** Column of each history header in this row (either language), or null when it is not a header row. */
function headerColumns(row: readonly CellValue[]): Partial<Record<Column, number>> | null {
  const out: Partial<Record<Column, number>> = {};
  row.forEach((v, c) => {
    const t = text(v);
    for (const key of COLUMNS) {
      if (out[key] === undefined && (t === cycleJa.history.headers[key] || t === cycleEn.history.headers[key])) out[key] = c;
    }
  });
  return out.period !== undefined && out.no !== undefined && out.level !== undefined ? out : null;
}

interface Collected {
  period: string;
  items: PeriodItem[];
  actuals: string[];
}

function entryOf(row: readonly CellValue[], cols: Partial<Record<Column, number>>): { item: PeriodItem; actuals: string } {
  const at = (key: Column) => (cols[key] === undefined ? "" : text(row[cols[key] as number]));
  const level = at("level");
  const relist = at("relistOf");
  return {
    item: { no: at("no"), name: at("name"), area: at("area"), level: level === "" || at("notRated") !== "" ? null : level, relistOf: relist === "" ? null : relist },
    actuals: at("actuals"),
  };
}

export function readHistory(grid: Grid | null): HistoryBlock[] {
  if (grid === null) return [];
  const byPeriod = new Map<string, Collected>();
  const rows = grid.values;
  for (let r = 0; r < rows.length; r++) {
    const cols = headerColumns(rows[r]);
    if (cols === null) continue;
    for (r = r + 1; r < rows.length; r++) {
      const row = rows[r];
      if (headerColumns(row) !== null) {
        r--; // the next block's header: read by the outer loop
        break;
      }
      const period = text(row[cols.period as number]);
      const no = text(row[cols.no as number]);
      if (period === "" && no === "") break;
      if (period === "" || no === "") continue;
      let block = byPeriod.get(period);
      if (block === undefined) byPeriod.set(period, (block = { period, items: [], actuals: [] }));
      const e = entryOf(row, cols);
      block.items.push(e.item);
      block.actuals.push(e.actuals);
    }
  }
  return [...byPeriod.values()].map((b) => ({ period: b.period, items: b.items, ...periodOfLabel(b.period), actuals: (k: number) => b.actuals[k] ?? "" }));
}
