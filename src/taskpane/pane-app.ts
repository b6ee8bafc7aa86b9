/**
 * The pane's flow, over a WorkbookHost (Office.js in Excel, the fake in the
 * end-to-end run): load → pick the register → settings → 検証 / 集計表を作成.
 *
 * Every run re-reads the workbook first: staff edit the register between two
 * clicks, and a stale snapshot would rate yesterday's numbers. One run at a
 * time; the buttons say so with aria-disabled (not `disabled`, which would
 * drop keyboard focus to the page).
 */
import { DEFAULT_SETTINGS, type Lang, type Settings } from "../core/settings";
import { readSettingsSheet } from "../core/settings/read-settings";
import { writeSettingsRows } from "../core/settings/write-settings";
import { fill } from "../core/i18n";
import type { WorkbookHost, WorkbookSnapshot } from "../workbook/host";
import { runEngine, type EngineResult } from "../core/run";
import { el, replaceChildren, uniqueId } from "./dom";
import { createFindingsView } from "./findings-view";
import { createHostNotes } from "./host-notes";
import { createRegisterPicker } from "./register-picker";
import { createResultsView } from "./results-view";
import { createSettingsForm, type FormSettings } from "./settings-form";
import { createStatusView } from "./status";
import type { PaneStrings } from "./strings";

export interface PaneOptions {
  readonly root: HTMLElement;
  readonly host: WorkbookHost;
  readonly t: PaneStrings;
  /** Language of the pane itself (the report's language is a setting). */
  readonly lang: Lang;
}

/** Lets the browser paint the progress step before a synchronous stretch of work. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export async function startPane({ root, host, t, lang }: PaneOptions): Promise<void> {
  const status = createStatusView(t);
  const picker = createRegisterPicker(t, (sheet) => void changeRegister(sheet));
  const form = createSettingsForm(t, lang, (values) => void saveSettings(values));
  const results = createResultsView(t);
  const findings = createFindingsView(t, lang, (address) => void select(address));

  const validateButton = el("button", { className: "button primary", text: t.validate, attrs: { type: "button", id: "validate" } });
  const createButton = el("button", { className: "button primary", text: t.createReport, attrs: { type: "button", id: "create-report" } });
  validateButton.addEventListener("click", () => void validate(false));
  createButton.addEventListener("click", () => void validate(true));

  const actionsId = uniqueId("actions-heading");
  const actions = el(
    "section",
    { className: "card actions", attrs: { "aria-labelledby": actionsId } },
    el("h2", { text: t.actionsHeading, attrs: { id: actionsId } }),
    el("div", { className: "buttons" }, validateButton, createButton),
    status.element,
  );

  replaceChildren(
    root,
    el("header", { className: "pane-header" }, el("h1", { text: t.heading })),
    el("main", {}, createHostNotes(host.features, t), picker.element, form.element, actions, results.element, findings.element),
  );

  let busy = false;
  /** A register chosen while another task ran (arrow keys on the picker fire change per step): loaded when it ends. */
  let pendingSheet: string | null = null;

  /** Runs one task at a time, with the buttons marked busy and any failure shown. */
  async function exclusive(task: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    for (const b of [validateButton, createButton]) b.setAttribute("aria-disabled", "true");
    try {
      await task();
    } catch (e) {
      status.fail(fill(t.failed, { message: errorText(e) }));
    } finally {
      busy = false;
      for (const b of [validateButton, createButton]) b.removeAttribute("aria-disabled");
    }
    if (pendingSheet !== null) {
      const sheet = pendingSheet;
      pendingSheet = null;
      await changeRegister(sheet);
    }
  }

  async function load(sheet: string | null, step: number, steps: number): Promise<WorkbookSnapshot> {
    status.progress(t.stepLoading, step, steps);
    const s = await host.load(sheet);
    picker.render(s.sheets, s.registerSheet);
    return s;
  }

  /** What the settings sheet says, on top of the defaults (its findings surface again in 検証). */
  function sheetSettings(s: WorkbookSnapshot): Settings {
    return readSettingsSheet(s.settings, { ...DEFAULT_SETTINGS, areas: [] }).settings;
  }

  /**
   * Keys are written in the language of the sheet that is there (設定 → Japanese,
   * Settings → English); a new sheet (設定) gets the pane's language.
   */
  function settingsSheetLang(s: WorkbookSnapshot): Lang {
    if (s.settings === null) return lang;
    return s.settings.sheet === "Settings" ? "en" : "ja";
  }

  async function changeRegister(sheet: string): Promise<void> {
    if (busy) {
      pendingSheet = sheet;
      return;
    }
    await exclusive(async () => {
      results.clear();
      findings.clear();
      const s = await load(sheet, 0, 1);
      if (s.register === null) status.fail(t.registerNotFound);
      else status.done(fill(t.registerLoaded, { sheet: s.registerSheet ?? sheet }));
    });
  }

  async function saveSettings(values: FormSettings): Promise<void> {
    await exclusive(async () => {
      // Re-read the sheet: its 分野 list (not in the form) may have been edited since.
      const s = await load(picker.value, 0, 2);
      status.progress(t.stepSaving, 1, 2);
      const merged: Settings = { ...sheetSettings(s), ...values };
      await host.writeSettings(writeSettingsRows(merged, settingsSheetLang(s)));
      status.done(t.settingsSaved);
    });
  }

  async function validate(write: boolean): Promise<void> {
    const reading = form.read();
    if (!reading.ok) {
      status.fail(t.settingsInvalid);
      return;
    }
    await exclusive(async () => {
      const steps = write ? 3 : 2;
      const s = await load(picker.value, 0, steps);
      if (s.register === null) {
        results.clear();
        findings.clear();
        status.fail(t.noRegister);
        return;
      }
      status.progress(t.stepEvaluating, 1, steps);
      await nextPaint();
      const result: EngineResult = runEngine({ register: s.register, settingsSheet: s.settings, overrides: reading.values });
      const ev = result.evaluation;
      results.render(ev);
      findings.render(ev.findings);
      const counts = { errors: 0, warnings: 0, infos: 0 };
      for (const f of ev.findings) {
        if (f.severity === "error") counts.errors++;
        else if (f.severity === "warning") counts.warnings++;
        else counts.infos++;
      }
      if (!write) {
        status.done(fill(t.validated, counts));
        return;
      }
      if (result.report === null) {
        status.fail(fill(t.blocked, counts));
        return;
      }
      status.progress(t.stepWriting, 2, steps);
      const outcome = await host.writeReport(result.report);
      status.done(fill(t.written, { count: outcome.written.length, names: outcome.written.join(t.nameSeparator) }));
    });
  }

  async function select(address: string): Promise<void> {
    try {
      await host.select(address);
    } catch (e) {
      status.fail(fill(t.selectFailed, { cell: address, message: errorText(e) }));
    }
  }

  // First load: the detected register and the settings sheet.
  await exclusive(async () => {
    const s = await load(null, 0, 1);
    form.fill(sheetSettings(s), s.settings === null ? null : s.settings.sheet);
    if (s.register === null) status.fail(t.registerNotFound);
    else status.done(fill(t.registerLoaded, { sheet: s.registerSheet ?? "" }));
  });
}
