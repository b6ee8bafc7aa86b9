/**
 * Consolidation: departments' registers merged into one register, with a
 * source column. The same No. in two files with different content is a
 * conflict the division must settle: an error finding naming both files and
 * cells, and nothing is merged. The same No. with the same content (a
 * department that sent a shared item twice) is kept once.
 */
import { plainItems } from "./register/entries";
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
  readonly items: number;
  readonly findings: readonly Finding[];
}

/** Column order of the consolidated register: the contract's order. */
const ORDER: readonly ColumnKey[] = [
  "no", "area", "name", "department", "overview", "plan", "progress", "schedule",
  "indicator", "targetType", "target", "actual", "prior", "unit", "statedChange", "asOf",
  "cause", "nextSteps", "relistOf", "selfRating", "finalRating", "overrideReason", "highlight", "nextYear",
];
const ITEM_KEYS: readonly ItemColumn[] = [
  "no", "area", "name", "department", "overview", "plan", "progress", "schedule",
  "cause", "nextSteps", "relistOf", "selfRating", "finalRating", "overrideReason", "highlight", "nextYear",
];
const INDICATOR_KEYS: readonly IndicatorColumn[] = ["indicator", "targetType", "target", "actual", "prior", "unit", "statedChange", "asOf"];

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

export function consolidate(sources: readonly ConsolidationSource[], sourceHeader: string): Consolidation {
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
      const diff = difference(earlier.item, item);
      if (diff) {
        findings.push(
          finding("consolidate-conflict", diff.cellB?.address ?? item.fields.no?.address ?? null, {
            no: item.no,
            file: source.label,
            otherFile: earlier.label,
            otherCell: diff.cellA?.address ?? earlier.item.fields.no?.address ?? "",
            field: diff.key,
          }),
        );
      }
    }
  }
  const columns = ORDER.filter((k) => used.has(k));
  const rows: CellValue[][] = [[...columns.map((k) => fieldName(k, "ja")), sourceHeader]];
  for (const { item, label } of kept) {
    const lines = Math.max(1, item.indicators.length);
    for (let i = 0; i < lines; i++) {
      const ind = item.indicators[i]?.cells ?? {};
      rows.push([
        ...columns.map((k) => {
          const cell = (INDICATOR_KEYS as readonly string[]).includes(k)
            ? ind[k as IndicatorColumn]
            : i === 0
              ? item.fields[k as ItemColumn]
              : undefined;
          return cell ? cell.value : null;
        }),
        label,
      ]);
    }
  }
  return { rows, items: kept.length, findings };
}
