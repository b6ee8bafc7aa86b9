/**
 * What contract §10 adds to a run besides the comparison: the 担当課別 tally,
 * one department's own report (`--department`), and 進捗率 with its bands.
 * Called by runEngine once the register is evaluated; pure.
 */
import { sortFindings, hasErrors } from "./findings/finding";
import type { Register } from "./register/types";
import type { Evaluation } from "./evaluate/types";
import { notRatedOf, scaleTallyOf } from "./evaluate/scale-results";
import { scaleOf } from "./settings/scale";
import { departmentTally, knownDepartments, type DepartmentTally } from "./departments/department-tally";
import { evaluationOfDepartment } from "./departments/department-filter";
import { readProgress } from "./progress/read-progress";
import type { BandCounts } from "./progress/progress-types";

export interface CyclePartsInput {
  /** Only this department's entries (`report --department NAME`). */
  readonly department?: string;
  /** The previous period's 進捗率 bands, given by the host (else they come from the earlier period's block: see withPreviousProgress). */
  readonly previousProgress?: { readonly period: string; readonly bands: BandCounts };
}

export interface CycleParts {
  readonly evaluation: Evaluation;
  /** The register's departments in register order (empty without a 担当課 column). */
  readonly departments: readonly string[];
  /** The department asked for is named by no entry: nothing is to be written. */
  readonly unknownDepartment: boolean;
}

/** 担当課別, when the register has a 担当課 column and some entry names a department. */
function tallyOf(ev: Evaluation, register: Register): DepartmentTally | undefined {
  if (register.columns.department === undefined) return undefined;
  const t = departmentTally({ scale: scaleOf(ev.settings), items: ev.items, notRated: notRatedOf(register.entries, ev.settings) });
  return t.rows.some((r) => r.department !== "") ? t : undefined;
}

export function cycleParts(ev: Evaluation, register: Register, input: CyclePartsInput): CycleParts {
  const whole = tallyOf(ev, register);
  const departments = whole === undefined ? [] : knownDepartments(whole);
  let evaluation: Evaluation = whole === undefined ? ev : { ...ev, departments: whole };
  if (input.department !== undefined) {
    const own = evaluationOfDepartment(ev, input.department, { sheet: register.sheet, entries: register.entries });
    if (own === null) return { evaluation, departments, unknownDepartment: true };
    const scaleTally = scaleTallyOf(own, register.entries, ev.settings);
    evaluation = { ...own, ...(scaleTally ? { scaleTally } : {}) };
    const narrowed = tallyOf(evaluation, register);
    if (narrowed !== undefined) evaluation = { ...evaluation, departments: narrowed };
  }
  const progress = readProgress(register, evaluation);
  if (progress !== null) {
    const findings = sortFindings([...evaluation.findings, ...progress.findings]);
    evaluation = { ...evaluation, findings, blocked: hasErrors(findings), progress: progress.progress };
  }
  return { evaluation, departments, unknownDepartment: false };
}
