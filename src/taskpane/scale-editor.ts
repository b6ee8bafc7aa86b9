/**
 * The scale editor of the settings form (contract §9, 評価区分 and 評価方法):
 * one fieldset per level — code, label, threshold, behind — best first, with
 * buttons to move a level up or down, remove it, add one, and two presets
 * (the seed's S/A/B and a four-level S/A/B/C). The same rules as the 設定
 * sheet's reader (checkScale) are checked on read, each message at its field.
 *
 * Until the user touches it (or the 設定 sheet already has a table) the
 * editor shows the seed's scale and reads as "no 評価区分": S判定の余裕 stays
 * in charge and the 設定 sheet is written as before.
 *
 * Keyboard: every control is a native input or button with a visible label;
 * after a move, the moved level's button keeps the focus; after a removal the
 * focus goes to the next level (or 区分を追加).
 */
import { fill, findingMessage } from "../core/i18n";
import { finding } from "../core/findings/finding";
import type { Lang, Settings } from "../core/settings";
import { readThreshold } from "../core/settings/read-scale";
import { FOUR_LEVELS, SEED_LEVELS, seedLevels, type RatingMethod, type ScaleLevel } from "../core/settings/scale";
import { checkScale, type ScaleField } from "../core/settings/scale-check";
import { el, replaceChildren, uniqueId } from "./dom";
import type { PaneStrings } from "./strings";

/** A level as the editor holds it: the threshold as typed. */
interface Draft {
  code: string;
  label: string;
  threshold: string;
  behind: boolean;
}

export type ScaleReading =
  | { readonly ok: true; readonly scale: ScaleLevel[] | undefined; readonly method: RatingMethod | undefined }
  | { readonly ok: false };

export interface ScaleEditor {
  readonly element: HTMLElement;
  fill(settings: Settings): void;
  /** Reads and checks the scale; on a mistake marks the fields, focuses the first and returns ok: false. */
  read(): ScaleReading;
}

type Controls = Record<ScaleField, HTMLInputElement> & { errors: Record<ScaleField, HTMLElement> };

function draftOf(l: ScaleLevel): Draft {
  return { code: l.code, label: l.label, threshold: l.threshold === null ? "" : String(l.threshold), behind: l.behind };
}

/** An input with its visible label and an error line below it. */
function labelled(label: string, input: HTMLInputElement, error: HTMLElement, className: string): HTMLElement {
  const id = uniqueId("scale");
  input.id = id;
  error.id = `${id}-error`;
  error.hidden = true;
  const parts = input.type === "checkbox" ? [input, el("label", { text: label, attrs: { for: id } })] : [el("label", { text: label, attrs: { for: id } }), input];
  return el("div", { className: `field ${className}` }, ...parts, error);
}

function showError(input: HTMLInputElement, error: HTMLElement, message: string | null): void {
  error.textContent = message ?? "";
  error.hidden = message === null;
  if (message === null) {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  } else {
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", error.id);
  }
}

/** The editor's state and controls, shared by the functions below. */
interface Editor {
  readonly t: PaneStrings;
  readonly uiLang: Lang;
  drafts: Draft[];
  /** True once the scale is the user's (from the sheet, or edited here). */
  explicit: boolean;
  methodGiven: boolean;
  controls: Controls[];
  readonly list: HTMLElement;
  readonly note: HTMLElement;
  readonly method: HTMLSelectElement;
  readonly add: HTMLButtonElement;
}

export function createScaleEditor(t: PaneStrings, uiLang: Lang): ScaleEditor {
  const methodId = uniqueId("method");
  const ed: Editor = {
    t,
    uiLang,
    drafts: SEED_LEVELS.map(draftOf),
    explicit: false,
    methodGiven: false,
    controls: [],
    list: el("div", { className: "scale-levels" }),
    note: el("p", { className: "hint" }),
    method: el(
      "select",
      { attrs: { name: "method", id: methodId } },
      el("option", { text: t.scaleMethodAuto, attrs: { value: "auto" } }),
      el("option", { text: t.scaleMethodSelf, attrs: { value: "self" } }),
    ),
    add: el("button", { className: "button secondary", text: t.scaleAdd, attrs: { type: "button", name: "scaleAdd" } }),
  };
  ed.method.addEventListener("change", () => void (ed.methodGiven = true));
  const presetSeed = el("button", { className: "button secondary", text: t.scalePresetSeed, attrs: { type: "button", name: "presetSeed" } });
  const presetFour = el("button", { className: "button secondary", text: t.scalePresetFour, attrs: { type: "button", name: "presetFour" } });
  ed.add.addEventListener("click", () => addLevel(ed));
  presetSeed.addEventListener("click", () => preset(ed, SEED_LEVELS));
  presetFour.addEventListener("click", () => preset(ed, FOUR_LEVELS));

  const headingId = uniqueId("scale-heading");
  const element = el(
    "section",
    { className: "scale-editor", attrs: { "aria-labelledby": headingId } },
    el("h3", { text: t.scaleHeading, attrs: { id: headingId } }),
    el("div", { className: "field" }, el("label", { text: t.scaleMethodLabel, attrs: { for: methodId } }), ed.method),
    el("p", { className: "hint", text: t.scaleHint }),
    ed.note,
    el("div", { className: "buttons presets", attrs: { role: "group", "aria-label": t.scalePresets } }, presetSeed, presetFour),
    ed.list,
    el("div", { className: "buttons" }, ed.add),
  );

  return {
    element,
    read: () => readScale(ed),
    fill(settings) {
      ed.explicit = settings.scale !== undefined;
      ed.methodGiven = settings.method !== undefined;
      ed.method.value = settings.method ?? "auto";
      ed.drafts = (settings.scale ?? seedLevels(settings.sMargin)).map(draftOf);
      ed.note.textContent = t.scaleSeedNote;
      ed.note.hidden = ed.explicit;
      render(ed);
    },
  };
}

function touched(ed: Editor): void {
  ed.explicit = true;
  ed.note.hidden = true;
}

function focusLater(ed: Editor, index: number, name: string): void {
  const target = ed.list.querySelector<HTMLElement>(`[data-level="${index}"] [name="${name}"]`) ?? ed.add;
  target.focus();
}

function render(ed: Editor): void {
  ed.controls = [];
  replaceChildren(ed.list, ...ed.drafts.map((d, i) => levelRow(ed, d, i)));
}

/** One level's fieldset: code, label, threshold, behind, and its tools. */
function levelRow(ed: Editor, d: Draft, i: number): HTMLElement {
  const { t } = ed;
  const n = i + 1;
  const input = (name: string, value: string, mode: string) =>
    el("input", { attrs: { type: "text", name, autocomplete: "off", inputmode: mode, value } });
  const code = input("levelCode", d.code, "text");
  const label = input("levelLabel", d.label, "text");
  const threshold = input("levelThreshold", d.threshold, "decimal");
  const behind = el("input", { attrs: { type: "checkbox", name: "levelBehind" } });
  behind.checked = d.behind;
  const errors = { code: el("p", { className: "field-error" }), label: el("p", { className: "field-error" }), threshold: el("p", { className: "field-error" }), behind: el("p", { className: "field-error" }) };
  const bind = (control: HTMLInputElement, set: () => void) =>
    control.addEventListener(control.type === "checkbox" ? "change" : "input", () => {
      set();
      touched(ed);
    });
  bind(code, () => void (d.code = code.value));
  bind(label, () => void (d.label = label.value));
  bind(threshold, () => void (d.threshold = threshold.value));
  bind(behind, () => void (d.behind = behind.checked));
  ed.controls[i] = { code, label, threshold, behind, errors };
  return el(
    "fieldset",
    { className: "scale-level", attrs: { "data-level": String(i) } },
    el("legend", { text: fill(t.scaleLevelLegend, { n }) }),
    el("div", { className: "level-row" }, labelled(t.scaleCode, code, errors.code, "level-code"), labelled(t.scaleLabel, label, errors.label, "level-label")),
    labelled(t.scaleThreshold, threshold, errors.threshold, "level-threshold"),
    labelled(t.scaleBehind, behind, errors.behind, "level-behind"),
    levelTools(ed, d, i),
  );
}

/** A level's buttons: up, down, remove (each named after the level for a screen reader). */
function levelTools(ed: Editor, d: Draft, i: number): HTMLElement {
  const { t } = ed;
  const n = i + 1;
  const name = d.code.trim() === "" ? String(n) : d.code.trim();
  const button = (text: string, aria: string, key: string, disabled: boolean, act: () => void) => {
    const b = el("button", { className: "button small", text, attrs: { type: "button", name: key, "aria-label": fill(aria, { n, code: name }) } });
    b.disabled = disabled;
    b.addEventListener("click", act);
    return b;
  };
  return el(
    "div",
    { className: "buttons level-tools" },
    button(t.scaleUp, t.scaleUpLabel, "levelUp", i === 0, () => move(ed, i, -1, "levelUp")),
    button(t.scaleDown, t.scaleDownLabel, "levelDown", i === ed.drafts.length - 1, () => move(ed, i, 1, "levelDown")),
    button(t.scaleRemove, t.scaleRemoveLabel, "levelRemove", ed.drafts.length <= 1, () => remove(ed, i)),
  );
}

function move(ed: Editor, i: number, by: number, keep: string): void {
  const { drafts } = ed;
  const j = i + by;
  if (j < 0 || j >= drafts.length) return;
  [drafts[i], drafts[j]] = [drafts[j], drafts[i]];
  touched(ed);
  render(ed);
  // At the top or bottom the button is disabled: the focus goes to the other one.
  const stay = (keep === "levelUp" && j === 0) || (keep === "levelDown" && j === drafts.length - 1);
  focusLater(ed, j, stay ? (keep === "levelUp" ? "levelDown" : "levelUp") : keep);
}

function remove(ed: Editor, i: number): void {
  ed.drafts.splice(i, 1);
  touched(ed);
  render(ed);
  focusLater(ed, Math.min(i, ed.drafts.length - 1), "levelCode");
}

function preset(ed: Editor, levels: readonly ScaleLevel[]): void {
  ed.drafts = levels.map(draftOf);
  touched(ed);
  render(ed);
  focusLater(ed, 0, "levelCode");
}

function addLevel(ed: Editor): void {
  ed.drafts.push({ code: "", label: "", threshold: "", behind: false });
  touched(ed);
  render(ed);
  focusLater(ed, ed.drafts.length - 1, "levelCode");
}

/** Reads and checks the scale (checkScale's rules); each mistake shown at its field, the first focused. */
function readScale(ed: Editor): ScaleReading {
  const value: RatingMethod = ed.method.value === "self" ? "self" : "auto";
  const m = ed.methodGiven ? value : undefined;
  if (!ed.explicit) return { ok: true, scale: undefined, method: m };
  const problems: { i: number; field: ScaleField; message: string }[] = [];
  const levels: ScaleLevel[] = ed.drafts.map((d, i) => {
    const th = readThreshold(d.threshold.trim() === "" ? null : d.threshold, null);
    if (Number.isNaN(th)) problems.push({ i, field: "threshold", message: ed.t.scaleThresholdInvalid });
    return { code: d.code.normalize("NFKC").trim(), label: d.label.trim(), threshold: th === null || Number.isNaN(th) ? null : th, behind: d.behind };
  });
  if (problems.length === 0) {
    for (const p of checkScale(levels)) {
      const message = findingMessage(finding(p.code, null, p.params), ed.uiLang);
      problems.push({ i: p.level < 0 ? levels.length - 1 : p.level, field: p.field ?? "behind", message });
    }
  }
  const { controls } = ed;
  controls.forEach((c) => (["code", "label", "threshold", "behind"] as const).forEach((f) => showError(c[f], c.errors[f], null)));
  for (const p of problems) {
    const c = controls[p.i];
    if (c !== undefined && c.errors[p.field].hidden) showError(c[p.field], c.errors[p.field], p.message);
  }
  if (problems.length > 0) {
    controls[problems[0].i]?.[problems[0].field].focus();
    return { ok: false };
  }
  return { ok: true, scale: levels, method: m };
}
