/**
 * The department filter (contract §10, "By department"): a labelled <select>
 * of the register's departments (担当課, register order) and 「すべての担当課」.
 * With one chosen, 検証 and 集計表を作成 make that department's own report.
 * Hidden while the register has no department.
 */
import { el, replaceChildren, uniqueId } from "./dom";
import type { PaneStrings } from "./strings";

export interface DepartmentFilter {
  readonly element: HTMLElement;
  /** Lists the departments, keeping the choice when it is still one of them. */
  render(departments: readonly string[]): void;
  /** The chosen department, or null for all of them. */
  readonly value: string | null;
}

export function createDepartmentFilter(t: PaneStrings): DepartmentFilter {
  const id = uniqueId("department");
  const hintId = uniqueId("department-hint");
  const select = el("select", { attrs: { id, name: "department", "aria-describedby": hintId } });
  const root = el(
    "div",
    { className: "field department-filter" },
    el("label", { text: t.departmentLabel, attrs: { for: id } }),
    select,
    el("p", { className: "hint", text: t.departmentHint, attrs: { id: hintId } }),
  );
  root.hidden = true;

  return {
    element: root,
    get value() {
      return select.value === "" ? null : select.value;
    },
    render(departments) {
      const kept = select.value;
      const options = [el("option", { text: t.departmentAll, attrs: { value: "" } })];
      for (const d of departments) options.push(el("option", { text: d, attrs: { value: d } }));
      replaceChildren(select, ...options);
      select.value = departments.includes(kept) ? kept : "";
      root.hidden = departments.length === 0;
    },
  };
}
