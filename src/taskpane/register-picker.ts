/**
 * Which sheet is the register: a labelled <select> of the workbook's own
 * sheets (generated report sheets and the settings sheet left out), the
 * detected one preselected. Changing it asks the controller to load that sheet.
 */
import type { SheetInfo } from "../workbook/host";
import { SETTINGS_SHEET_NAMES } from "../core/settings";
import { el, replaceChildren, uniqueId } from "./dom";
import type { PaneStrings } from "./strings";

export interface RegisterPicker {
  readonly element: HTMLElement;
  /** Lists the sheets and selects `selected` (null: nothing found, the user must choose). */
  render(sheets: readonly SheetInfo[], selected: string | null): void;
  /** The chosen sheet, or null while none is chosen. */
  readonly value: string | null;
}

/** Sheets a user could hold the register in: not generated, not the settings sheet — but always the selected one. */
export function candidateSheets(sheets: readonly SheetInfo[], selected: string | null): string[] {
  const settings = new Set(SETTINGS_SHEET_NAMES);
  return sheets.filter((s) => s.name === selected || (!s.generated && !settings.has(s.name))).map((s) => s.name);
}

export function createRegisterPicker(t: PaneStrings, onChange: (sheet: string) => void): RegisterPicker {
  const id = uniqueId("register-sheet");
  const hintId = uniqueId("register-hint");
  const select = el("select", { attrs: { id, name: "registerSheet" } });
  const hint = el("p", { className: "hint warning", attrs: { id: hintId } });
  hint.hidden = true;
  const headingId = uniqueId("register-heading");
  const root = el(
    "section",
    { className: "card", attrs: { "aria-labelledby": headingId } },
    el("h2", { text: t.registerHeading, attrs: { id: headingId } }),
    el("div", { className: "field" }, el("label", { text: t.registerLabel, attrs: { for: id } }), select, hint),
  );

  select.addEventListener("change", () => {
    if (select.value !== "") onChange(select.value);
  });

  return {
    element: root,
    get value() {
      return select.value === "" ? null : select.value;
    },
    render(sheets, selected) {
      const names = candidateSheets(sheets, selected);
      const options: HTMLOptionElement[] = [];
      if (selected === null) {
        const choose = el("option", { text: t.registerChoose, attrs: { value: "" } });
        choose.disabled = true;
        options.push(choose);
      }
      for (const name of names) options.push(el("option", { text: name, attrs: { value: name } }));
      replaceChildren(select, ...options);
      select.value = selected ?? "";
      hint.textContent = t.registerNotFound;
      hint.hidden = selected !== null;
      if (selected === null) select.setAttribute("aria-describedby", hintId);
      else select.removeAttribute("aria-describedby");
    },
  };
}
