/**
 * 担当課別 (contract §10, "By department"): per department, its entries per
 * level of the plan's scale, not rated (対象外・未評価) and in total.
 * Departments in register order (first appearance in the sheet); entries
 * without a department last, in one row of their own. An entry naming several
 * departments counts in each of theirs (the rows may then add up to more than
 * the plan's total: the table says so in a note). Entries are counted as
 * 表１ counts them, re-listed ones included.
 */
import type { Scale } from "../settings/scale";
import type { ItemResult } from "../evaluate/types";
import { departmentKey, departmentsOf } from "./department-names";

export interface DepartmentRow {
  /** The department's name as first written; "" for the row of entries without one. */
  readonly department: string;
  readonly items: number;
  /** Entries per level, best first (index = level of the scale). */
  readonly counts: readonly number[];
  readonly notRated: number;
}

export interface DepartmentTally {
  /** Departments in register order; the row of entries without a department (department "") last, when there are any. */
  readonly rows: readonly DepartmentRow[];
  /** True when some entry names more than one department (rows add up to more than the entries). */
  readonly shared: boolean;
}

interface Counter {
  /** The name as written in the sheet's first entry of the department (the tally does not depend on the items' order). */
  department: string;
  first: number;
  items: number;
  readonly counts: number[];
  notRated: number;
}

/** What the tally needs to know of the run: the scale, and which entries stand outside every level. */
export interface DepartmentTallyInput {
  readonly scale: Scale;
  /** Entries in report order. */
  readonly items: readonly ItemResult[];
  readonly notRated: (item: ItemResult) => boolean;
}

/** A 担当課 text's departments with their keys, worked out once per distinct text. */
interface Named {
  readonly names: readonly string[];
  readonly keys: readonly string[];
}

export function departmentTally(input: DepartmentTallyInput): DepartmentTally {
  const { scale, items, notRated } = input;
  const levelOf = new Map<string, number>(scale.levels.map((l, i) => [l.code, i]));
  const byKey = new Map<string, Counter>();
  const named = new Map<string, Named>();
  const none: Named = { names: [""], keys: [""] };
  let shared = false;
  for (const item of items) {
    const text = item.department;
    let n = named.get(text);
    if (n === undefined) {
      const names = departmentsOf(text);
      n = names.length === 0 ? none : { names, keys: names.map(departmentKey) };
      named.set(text, n);
    }
    if (n.names.length > 1) shared = true;
    const level = item.rating === null ? undefined : levelOf.get(item.rating);
    const off = notRated(item);
    for (let j = 0; j < n.names.length; j++) {
      const d = n.names[j];
      const key = n.keys[j];
      let c = byKey.get(key);
      if (c === undefined) {
        c = { department: d, first: Infinity, items: 0, counts: new Array<number>(scale.levels.length).fill(0), notRated: 0 };
        byKey.set(key, c);
      }
      if (d !== "" && item.entry < c.first) {
        c.first = item.entry;
        c.department = d;
      }
      c.items++;
      if (off) c.notRated++;
      else if (level !== undefined) c.counts[level]++;
    }
  }
  // Register order: an entry's index in the register (entries are in sheet order there); no department last.
  const rows = [...byKey.values()]
    .sort((a, b) => a.first - b.first)
    .map((c) => ({ department: c.department, items: c.items, counts: c.counts, notRated: c.notRated }));
  return { rows, shared };
}

/** The departments of a tally, in its order, without the row of entries that name none. */
export function knownDepartments(tally: DepartmentTally): string[] {
  return tally.rows.filter((r) => r.department !== "").map((r) => r.department);
}
