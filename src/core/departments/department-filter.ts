/**
 * One department's own report (contract §10, `report --department NAME`):
 * the evaluation of the whole register narrowed to the entries that name the
 * department (alone or among others: 「企画課・財政課」 is in both). Ratings
 * are the whole register's (a re-listed entry keeps its original's rating even
 * when the original is another department's); the tally, 参考２, the lists and
 * the findings are the department's: a finding on another department's rows
 * is left out, one on no entry's row (header, 設定) stays.
 */
import { parseA1, splitAddress } from "../grid";
import { hasErrors, type Finding } from "../findings/finding";
import type { Entries } from "../register/types";
import type { AreaTally, Evaluation, ItemResult } from "../evaluate/types";
import { departmentKey, departmentsOf } from "./department-names";

/** Whether an entry's 担当課 names the department (compared by departmentKey). */
export function namesDepartment(departmentText: string, key: string): boolean {
  return departmentsOf(departmentText).some((d) => departmentKey(d) === key);
}

/** 0-based row of a finding's cell on the register sheet (`取組一覧!H12` → 11); null for another sheet or no cell. */
export function registerRowOf(cell: string | null, sheet: string): number | null {
  const split = cell === null ? null : splitAddress(cell);
  if (split === null || split.sheet !== sheet) return null;
  return parseA1(split.cell)?.row ?? null;
}

function areaTallies(ev: Evaluation, items: readonly ItemResult[]): AreaTally[] {
  const out = ev.tally.map((t) => ({ area: t.area, items: 0, S: 0, A: 0, B: 0 }));
  const index = new Map(ev.tally.map((t, k) => [t.area, k]));
  for (const item of items) {
    const t = out[index.get(item.area) ?? -1];
    if (t === undefined) continue;
    t.items++;
    if (item.rating === "S" || item.rating === "A" || item.rating === "B") t[item.rating]++;
  }
  return out.filter((t) => t.items > 0);
}

function findingsOf(ev: Evaluation, dropped: ReadonlySet<number>, sheet: string): Finding[] {
  return ev.findings.filter((f) => {
    const row = registerRowOf(f.cell, sheet);
    return row === null || !dropped.has(row);
  });
}

/** Where the register is: its sheet's name and its entries (for the rows each entry covers). */
export interface RegisterPlace {
  readonly sheet: string;
  readonly entries: Entries;
}

/**
 * The evaluation of the entries naming `department` (scaleTally left out: the
 * engine makes it again from the narrowed items); null when no entry names it.
 */
export function evaluationOfDepartment(ev: Evaluation, department: string, where: RegisterPlace): Evaluation | null {
  const key = departmentKey(department);
  const keep = (item: ItemResult) => namesDepartment(item.department, key);
  const items = ev.items.filter(keep);
  if (items.length === 0) return null;
  const kept = new Set(items.map((i) => i.entry));
  const dropped = new Set<number>();
  for (let i = 0; i < where.entries.count; i++) if (!kept.has(i)) for (const r of where.entries.rows(i)) dropped.add(r);
  const tally = areaTallies(ev, items);
  const totals = { S: 0, A: 0, B: 0 };
  for (const t of tally) (["S", "A", "B"] as const).forEach((c) => (totals[c] += t[c]));
  const findings = findingsOf(ev, dropped, where.sheet);
  const named = departmentsOf(items[0].department).find((d) => departmentKey(d) === key) ?? department;
  return {
    settings: ev.settings,
    period: ev.period,
    items,
    tally,
    totals,
    total: items.length,
    relisted: items.filter((i) => i.relistOf !== null).length,
    delayed: ev.delayed.filter(keep),
    overrides: ev.overrides.filter(keep),
    findings,
    blocked: hasErrors(findings),
    department: named,
  };
}
