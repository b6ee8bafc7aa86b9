/**
 * The departments a register names (担当課, register order, each once): what
 * the pane's department filter offers before any run. Entries re-listing
 * another with a blank 担当課 add nothing (they take their original's).
 */
import type { Grid } from "../grid";
import { readRegister } from "../register/read-register";
import { cellText } from "../values/text";
import { departmentKey, departmentsOf } from "./department-names";

export function registerDepartments(grid: Grid): string[] {
  const register = readRegister(grid);
  if (register.columns.department === undefined) return [];
  const entries = register.entries;
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < entries.count; i++) {
    const v = entries.field(i, "department");
    if (v === undefined) continue;
    for (const d of departmentsOf(cellText(v))) {
      const key = departmentKey(d);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}
