/**
 * Which departments' returns are in, and which departments of the previous
 * period sent none (contract §10, consolidation for the cycle).
 *
 * Decisions where the contract is silent (docs/cycle.md):
 * - A file's departments are the 担当課 values of its items (trimmed; the same
 *   name after NFKC and without spaces counts once); a file whose register has
 *   no 担当課 value is the department its file name says (`財政課.xlsx` → 財政課).
 * - The previous period's departments are the 担当課 values of the previous
 *   register (given with `--previous`); a previous register without 担当課
 *   names none, and then nothing is missing.
 * - A department of the previous period that no file names is a
 *   consolidate-department-missing warning (the merge is still written: a
 *   department may have ended its items, or send its file later).
 */
import type { Entries } from "./register/types";
import { finding, type Finding } from "./findings/finding";
import { cellText, normalize } from "./values/text";

export interface DepartmentReturn {
  readonly file: string;
  readonly departments: readonly string[];
  readonly items: number;
}

export interface DepartmentCheck {
  readonly files: readonly DepartmentReturn[];
  /** The previous register's label; null when none was given. */
  readonly previous: string | null;
  /** Departments of the previous period with no file now, in the previous register's order. */
  readonly missing: readonly string[];
  readonly findings: readonly Finding[];
}

/** The distinct 担当課 values of a register's items, in order of first appearance. */
export function departmentsOf(entries: Entries): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < entries.count; i++) {
    const name = cellText(entries.field(i, "department")).trim();
    const key = normalize(name);
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** `財政課.xlsx` → 財政課. */
function fileDepartment(label: string): string {
  return label.replace(/\.[^.]+$/, "");
}

export function checkDepartments(
  sources: readonly { readonly label: string; readonly entries: Entries }[],
  previous: { readonly label: string; readonly entries: Entries } | null,
): DepartmentCheck {
  const files: DepartmentReturn[] = sources.map((s) => {
    const named = departmentsOf(s.entries);
    return { file: s.label, departments: named.length > 0 ? named : [fileDepartment(s.label)], items: s.entries.count };
  });
  if (previous === null) return { files, previous: null, missing: [], findings: [] };
  const present = new Set(files.flatMap((f) => f.departments.map(normalize)));
  const missing = departmentsOf(previous.entries).filter((d) => !present.has(normalize(d)));
  const findings = missing.map((department) => finding("consolidate-department-missing", null, { department, previous: previous.label }));
  return { files, previous: previous.label, missing, findings };
}
