/**
 * Consolidation: departments' registers merged into one register, with a
 * source column. The same No. in two files with different content is a
 * conflict the division must settle: an error finding naming both files and
 * cells, and nothing is merged. The same No. with the same content (a
 * department that sent a shared item twice) is kept once.
 *
 * Each merged row keeps its source (contract §10): the 出典 column names the
 * file, the 出典行 column the department's sheet and row (`取組一覧!12`), and
 * the source-columns table (row-sources.ts) each file's column of each field,
 * so that a finding on the merged register names the department's own cell.
 * An item whose first row holds no indicator value keeps that row apart from
 * its indicator rows, as in the department's file, so every merged row comes
 * from one source row.
 */
import { INDICATOR_COLUMNS, ITEM_COLUMNS } from "./register/aliases";
import { plainItems } from "./register/entries";
import { sourceTableRows, type SourceHeaders, type SourceFile } from "./register/row-sources";
import type { CellValue } from "./grid";
import { finding, type Finding } from "./findings/finding";
import type { ColumnKey, IndicatorColumn, ItemColumn, Register, RegisterItem, SourceCell } from "./register/types";
import { fieldName } from "./i18n";
import { cellText, normalize } from "./values/text";

export interface ConsolidationSource {
  /** How the source is named in findings and in the source column (the file name). */
  readonly label: string;
  readonly register: Register;
}

export interface Consolidation {
  /** Header row + data rows, ready to be written as the consolidated register. */
  readonly rows: CellValue[][];
  /** The source-columns table (row-sources.ts), to be written as its sheet. */
  readonly sourceTable: CellValue[][];
  readonly items: number;
  readonly findings: readonly Finding[];
}


/** Column order of the consolidated register: the contract's order. */
const ORDER: readonly ColumnKey[] = [
  "no", "area", "name", "department", "overview", "plan", "progress", "schedule",
  "indicator", "targetType", "target", "actual", "prior", "unit", "statedChange", "asOf",
  "cause", "nextSteps", "relistOf", "selfRating", "finalRating", "overrideReason", "highlight", "nextYear",
];
const ITEM_KEYS: readonly ItemColumn[] = ITEM_COLUMNS;
const INDICATOR_KEYS: readonly IndicatorColumn[] = INDICATOR_COLUMNS;

function same(a: SourceCell | undefined, b: SourceCell | undefined): boolean {
  return normalize(cellText(a?.value ?? null)) === normalize(cellText(b?.value ?? null));
}

/** The first difference between two items' content, or null when they agree. */
function difference(a: RegisterItem, b: RegisterItem): { key: ColumnKey; cellA: SourceCell | undefined; cellB: SourceCell | undefined } | null {
  for (const k of ITEM_KEYS) {
    if (!same(a.fields[k], b.fields[k])) return { key: k, cellA: a.fields[k], cellB: b.fields[k] };
  }
  const n = Math.max(a.indicators.length, b.indicators.length);
  for (let i = 0; i < n; i++) {
    const ra = a.indicators[i]?.cells ?? {};
    const rb = b.indicators[i]?.cells ?? {};
    for (const k of INDICATOR_KEYS) {
      if (!same(ra[k], rb[k])) return { key: k, cellA: ra[k], cellB: rb[k] };
    }
  }
  return null;
}

/** Items re-listed under another area share the No. of the item they re-list: key them by area too. */
function itemKey(item: RegisterItem): string {
  const relist = item.fields.relistOf;
  return relist ? `${item.no}@${normalize(cellText(item.fields.area?.value ?? null))}` : item.no;
}

export function consolidate(sources: readonly ConsolidationSource[], headers: SourceHeaders): Consolidation {
  const findings: Finding[] = [];
  const kept: { item: RegisterItem; label: string }[] = [];
  const seen = new Map<string, { item: RegisterItem; label: string }>();
  const used = new Set<ColumnKey>();
  for (const source of sources) {
    for (const k of Object.keys(source.register.columns) as ColumnKey[]) used.add(k);
    for (const item of plainItems(source.register)) {
      const key = itemKey(item);
      const earlier = seen.get(key);
      if (!earlier) {
        const entry = { item, label: source.label };
        seen.set(key, entry);
        kept.push(entry);
        continue;
      }
      const conflict = conflictFinding(earlier, { item, label: source.label });
      if (conflict !== null) findings.push(conflict);
    }
  }
  // The contract's order, then any column it does not list (none is dropped).
  const columns = [...ORDER.filter((k) => used.has(k)), ...[...ITEM_KEYS, ...INDICATOR_KEYS].filter((k) => used.has(k) && !ORDER.includes(k))];
  const rows: CellValue[][] = [[...columns.map((k) => fieldName(k, "ja")), headers.file, headers.row]];
  for (const { item, label } of kept) {
    const sheet = sources.find((s) => s.label === label)?.register.sheet ?? "";
    for (const line of itemLines(item)) rows.push([...columns.map((k) => lineValue(item, line, k)), label, `${sheet}!${line.row + 1}`]);
  }
  const files: SourceFile[] = sources.map((s) => ({ label: s.label, sheet: s.register.sheet, columns: s.register.columns }));
  return { rows, sourceTable: sourceTableRows(files, columns, headers), items: kept.length, findings };
}

/** The same No. in a later file with different content: the finding, or null when they agree. */
function conflictFinding(earlier: { item: RegisterItem; label: string }, later: { item: RegisterItem; label: string }): Finding | null {
  const diff = difference(earlier.item, later.item);
  if (diff === null) return null;
  return finding("consolidate-conflict", diff.cellB?.address ?? later.item.fields.no?.address ?? null, {
    no: later.item.no,
    file: later.label,
    otherFile: earlier.label,
    otherCell: diff.cellA?.address ?? earlier.item.fields.no?.address ?? "",
    field: diff.key,
  });
}

/** One merged row of an item: its source row, whether it carries the item's fields, its indicator row (-1: none). */
interface ItemLine {
  readonly row: number;
  readonly fields: boolean;
  readonly indicator: number;
}

/** The item's rows as in its file: the first row (with indicator 0 when that is on it), then each indicator row. */
function itemLines(item: RegisterItem): ItemLine[] {
  const ind = item.indicators;
  if (ind.length === 0) return [{ row: item.row, fields: true, indicator: -1 }];
  const lines: ItemLine[] = ind[0].row === item.row ? [] : [{ row: item.row, fields: true, indicator: -1 }];
  ind.forEach((r, k) => lines.push({ row: r.row, fields: lines.length === 0, indicator: k }));
  return lines;
}

function lineValue(item: RegisterItem, line: ItemLine, k: ColumnKey): CellValue {
  const cell = (INDICATOR_KEYS as readonly string[]).includes(k)
    ? line.indicator < 0
      ? undefined
      : item.indicators[line.indicator].cells[k as IndicatorColumn]
    : line.fields
      ? item.fields[k as ItemColumn]
      : undefined;
  return cell ? cell.value : null;
}
