/**
 * The settings of a run (plan, fiscal year, point, S margin, report language,
 * the rating scale and method — scale-editor.ts),
 * prefilled from the 設定 sheet. What the form holds is what 検証 and
 * 集計表を作成 use; 設定を保存 also writes it to the sheet.
 *
 * Text inputs rather than type=number: a Japanese IME types full-width digits
 * (２０), which a number input rejects; the values are read after NFKC.
 */
import type { Lang, Point, Settings } from "../core/settings";
import { fill } from "../core/i18n";
import { formatFiscalYear, readFiscalYear } from "../core/values/fiscal-year";
import { el, uniqueId } from "./dom";
import { createScaleEditor } from "./scale-editor";
import type { PaneStrings } from "./strings";

/** The settings the form edits (areas come from the sheet only); scale and method absent = not set. */
export type FormSettings = Pick<Settings, "plan" | "fiscalYear" | "point" | "sMargin" | "lang" | "scale" | "method">;

export type FormReading = { readonly ok: true; readonly values: FormSettings } | { readonly ok: false };

export interface SettingsForm {
  readonly element: HTMLElement;
  /** Shows these settings; `sheet` is the settings sheet they came from (null: none yet). */
  fill(settings: Settings, sheet: string | null): void;
  /** Reads and checks the fields; on a mistake marks the field, focuses it and returns ok: false. */
  read(): FormReading;
}

/**
 * `２０`, `20`, `20%`, `12.5` → the fraction (0.2, 0.125); null when not a
 * number in 0–100 % (the 設定 sheet holds the margin as a fraction 0–1).
 */
export function readPercent(text: string): number | null {
  const s = text.normalize("NFKC").replace(/%$/, "").trim();
  if (s === "" || !/^[0-9]+(?:\.[0-9]+)?$/.test(s)) return null;
  const n = Number(s);
  return n >= 0 && n <= 100 ? Math.round(n * 10000) / 1000000 : null;
}

/** 0.2 → `20`, 0.125 → `12.5` (no floating-point tails). */
export function percentText(fraction: number): string {
  return String(Math.round(fraction * 100 * 10000) / 10000);
}

interface Field {
  readonly wrapper: HTMLElement;
  readonly control: HTMLInputElement | HTMLSelectElement;
  readonly error: HTMLElement | null;
  readonly hintId: string | null;
}

function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  hint: string | null,
  withError: boolean,
): Field {
  const id = uniqueId("setting");
  control.id = id;
  const described: string[] = [];
  let hintEl: HTMLElement | null = null;
  if (hint !== null) {
    hintEl = el("p", { className: "hint", text: hint, attrs: { id: `${id}-hint` } });
    described.push(hintEl.id);
  }
  let error: HTMLElement | null = null;
  if (withError) {
    error = el("p", { className: "field-error", attrs: { id: `${id}-error` } });
    error.hidden = true;
  }
  if (described.length > 0) control.setAttribute("aria-describedby", described.join(" "));
  const wrapper = el("div", { className: "field" }, el("label", { text: label, attrs: { for: id } }), control, hintEl, error);
  return { wrapper, control, error, hintId: hintEl === null ? null : hintEl.id };
}

function option(value: string, text: string): HTMLOptionElement {
  return el("option", { text, attrs: { value } });
}

function setError(f: Field, message: string | null): void {
  if (f.error === null) return;
  if (message === null) {
    f.error.hidden = true;
    f.error.textContent = "";
    f.control.removeAttribute("aria-invalid");
    if (f.hintId !== null) f.control.setAttribute("aria-describedby", f.hintId);
    else f.control.removeAttribute("aria-describedby");
    return;
  }
  f.error.textContent = message;
  f.error.hidden = false;
  f.control.setAttribute("aria-invalid", "true");
  f.control.setAttribute("aria-describedby", f.hintId !== null ? `${f.error.id} ${f.hintId}` : f.error.id);
}

/** The form's fields, its scale editor and its disclosure. */
interface FormParts {
  readonly plan: Field;
  readonly fiscalYear: Field;
  readonly point: Field;
  readonly sMargin: Field;
  readonly lang: Field;
  readonly scale: ReturnType<typeof createScaleEditor>;
  readonly details: HTMLDetailsElement;
}

export function createSettingsForm(t: PaneStrings, uiLang: Lang, onSave: (values: FormSettings) => void): SettingsForm {
  const fields = createFields(t);
  const scale = createScaleEditor(t, uiLang);
  const source = el("p", { className: "hint" });
  const save = el("button", { className: "button secondary", text: t.saveSettings, attrs: { type: "submit" } });
  const form = el(
    "form",
    { attrs: { novalidate: "" } },
    fields.plan.wrapper,
    fields.fiscalYear.wrapper,
    fields.point.wrapper,
    fields.sMargin.wrapper,
    fields.lang.wrapper,
    scale.element,
    el("div", { className: "buttons" }, save),
  );
  // A disclosure: closed when the 設定 sheet already gives plan and year, so the
  // run buttons stay in view; open when something is still to be filled in.
  const headingId = uniqueId("settings-heading");
  const details = el(
    "details",
    {},
    el("summary", {}, el("h2", { text: t.settingsHeading, attrs: { id: headingId } })),
    source,
    form,
  );
  const root = el("section", { className: "card settings", attrs: { "aria-labelledby": headingId } }, details);
  const parts: FormParts = { ...fields, scale, details };
  const read = (): FormReading => readForm(parts, t);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const reading = read();
    if (reading.ok) onSave(reading.values);
  });

  return {
    element: root,
    read,
    fill(settings, sheet) {
      fillForm(parts, settings, uiLang);
      source.textContent = sheet === null ? t.settingsNoSheet : fill(t.settingsFromSheet, { sheet });
      details.open = sheet === null || settings.plan === "" || settings.fiscalYear === null;
    },
  };
}

/** The five plain fields: plan, fiscal year, point, S margin, report language. */
function createFields(t: PaneStrings): Pick<FormParts, "plan" | "fiscalYear" | "point" | "sMargin" | "lang"> {
  const plan = field(t.planLabel, el("input", { attrs: { type: "text", name: "plan", autocomplete: "off" } }), null, false);
  const fiscalYear = field(
    t.fiscalYearLabel,
    el("input", { attrs: { type: "text", name: "fiscalYear", autocomplete: "off" } }),
    t.fiscalYearHint,
    true,
  );
  const point = field(
    t.pointLabel,
    el("select", { attrs: { name: "point" } }, option("yearEnd", t.pointYearEnd), option("half", t.pointHalf)),
    null,
    false,
  );
  const sMargin = field(
    t.sMarginLabel,
    el("input", { attrs: { type: "text", name: "sMargin", inputmode: "decimal", autocomplete: "off" } }),
    t.sMarginHint,
    true,
  );
  const lang = field(
    t.langLabel,
    el("select", { attrs: { name: "lang" } }, option("ja", t.langJa), option("en", t.langEn)),
    null,
    false,
  );
  return { plan, fiscalYear, point, sMargin, lang };
}

/** Reads and checks the fields (fiscal year, margin, then the scale); a mistake opens the disclosure and focuses its field. */
function readForm(parts: FormParts, t: PaneStrings): FormReading {
  const { plan, fiscalYear, point, sMargin, lang, scale, details } = parts;
  const fyText = fiscalYear.control.value.trim();
  const fy = fyText === "" ? null : readFiscalYear(fyText, null);
  const margin = readPercent(sMargin.control.value);
  setError(fiscalYear, fyText !== "" && fy === null ? fill(t.fiscalYearInvalid, { value: fyText }) : null);
  setError(sMargin, margin === null ? t.sMarginInvalid : null);
  if ((fyText !== "" && fy === null) || margin === null) details.open = true;
  if (fyText !== "" && fy === null) {
    fiscalYear.control.focus();
    return { ok: false };
  }
  if (margin === null) {
    sMargin.control.focus();
    return { ok: false };
  }
  const levels = scale.read();
  if (!levels.ok) {
    details.open = true;
    return { ok: false };
  }
  return {
    ok: true,
    values: {
      plan: plan.control.value.trim(),
      fiscalYear: fy,
      point: point.control.value === "half" ? "half" : ("yearEnd" as Point),
      sMargin: margin,
      lang: lang.control.value === "en" ? "en" : ("ja" as Lang),
      scale: levels.scale,
      method: levels.method,
    },
  };
}

/** Shows these settings in the fields and the scale editor, errors cleared. */
function fillForm(parts: FormParts, settings: Settings, uiLang: Lang): void {
  const { plan, fiscalYear, point, sMargin, lang, scale } = parts;
  plan.control.value = settings.plan;
  fiscalYear.control.value = settings.fiscalYear === null ? "" : formatFiscalYear(settings.fiscalYear, uiLang);
  point.control.value = settings.point;
  sMargin.control.value = percentText(settings.sMargin);
  lang.control.value = settings.lang;
  setError(fiscalYear, null);
  setError(sMargin, null);
  scale.fill(settings);
}
