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
import { registerDepartments } from "../core/departments/register-departments";
import { createDepartmentFilter } from "./department-filter";
import { createFindingsView } from "./findings-view";
import { createHostNotes } from "./host-notes";
import { createRegisterPicker } from "./register-picker";
import { createResultsView } from "./results-view";
import { createSettingsForm, type FormSettings } from "./settings-form";
import { createStatusView } from "./status";
import { makeTemplate } from "./make-template";
import { committeeUnsupported, exportCommitteeCopy, type CommitteeOutcome } from "./committee-export";
import { withTemplateDefaults } from "../core/template/model";
import { scaleOf } from "../core/settings/scale";
import { formatPeriod } from "../core/values/fiscal-year";
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

/** The pane's parts and its one-task-at-a-time state, shared by the handlers below. */
interface Pane {
  readonly opts: PaneOptions;
  readonly status: ReturnType<typeof createStatusView>;
  readonly picker: ReturnType<typeof createRegisterPicker>;
  readonly form: ReturnType<typeof createSettingsForm>;
  readonly results: ReturnType<typeof createResultsView>;
  readonly findings: ReturnType<typeof createFindingsView>;
  /** One department's own report (contract §10). */
  readonly department: ReturnType<typeof createDepartmentFilter>;
  readonly buttons: readonly HTMLButtonElement[];
  busy: boolean;
  /** A register chosen while another task ran (arrow keys on the picker fire change per step): loaded when it ends. */
  pendingSheet: string | null;
}

export async function startPane(opts: PaneOptions): Promise<void> {
  const { t, lang } = opts;
  // The handlers are called only after `pane` is set (on clicks and changes).
  const status = createStatusView(t);
  const picker = createRegisterPicker(t, (sheet) => void changeRegister(pane, sheet));
  const form = createSettingsForm(t, lang, (values) => void saveSettings(pane, values));
  const results = createResultsView(t);
  const findings = createFindingsView(t, lang, (address) => void select(pane, address));
  const validateButton = el("button", { className: "button primary", text: t.validate, attrs: { type: "button", id: "validate" } });
  const createButton = el("button", { className: "button primary", text: t.createReport, attrs: { type: "button", id: "create-report" } });
  const templateButton = el("button", { className: "button secondary", text: t.createTemplate, attrs: { type: "button", id: "create-template" } });
  const exportButton = el("button", { className: "button secondary", text: t.exportCommittee, attrs: { type: "button", id: "export-committee" } });
  templateButton.addEventListener("click", () => void createTemplate(pane));
  exportButton.addEventListener("click", () => void exportCommittee(pane));
  validateButton.addEventListener("click", () => void validate(pane, false));
  createButton.addEventListener("click", () => void validate(pane, true));
  const pane: Pane = {
    opts,
    status,
    picker,
    form,
    results,
    findings,
    department: createDepartmentFilter(t),
    buttons: [validateButton, createButton, templateButton, exportButton],
    busy: false,
    pendingSheet: null,
  };
  layOut(pane);
  await firstLoad(pane);
}

/** The pane's page: header, host notes, picker, settings, the actions card, results and findings. */
function layOut(pane: Pane): void {
  const { root, host, t } = pane.opts;
  const actionsId = uniqueId("actions-heading");
  const actions = el(
    "section",
    { className: "card actions", attrs: { "aria-labelledby": actionsId } },
    el("h2", { text: t.actionsHeading, attrs: { id: actionsId } }),
    pane.department.element,
    el("div", { className: "buttons" }, ...pane.buttons),
    pane.status.element,
  );
  replaceChildren(
    root,
    el("header", { className: "pane-header" }, el("h1", { text: t.heading })),
    el("main", {}, createHostNotes(host.features, t), pane.picker.element, pane.form.element, actions, pane.results.element, pane.findings.element),
  );
}

/** Runs one task at a time, with the buttons marked busy and any failure shown. */
async function exclusive(pane: Pane, task: () => Promise<void>): Promise<void> {
  if (pane.busy) return;
  pane.busy = true;
  for (const b of pane.buttons) b.setAttribute("aria-disabled", "true");
  try {
    await task();
  } catch (e) {
    pane.status.fail(fill(pane.opts.t.failed, { message: errorText(e) }));
  } finally {
    pane.busy = false;
    for (const b of pane.buttons) b.removeAttribute("aria-disabled");
  }
  if (pane.pendingSheet !== null) {
    const sheet = pane.pendingSheet;
    pane.pendingSheet = null;
    await changeRegister(pane, sheet);
  }
}

async function load(pane: Pane, sheet: string | null, step: number, steps: number): Promise<WorkbookSnapshot> {
  pane.status.progress(pane.opts.t.stepLoading, step, steps);
  const s = await pane.opts.host.load(sheet);
  pane.picker.render(s.sheets, s.registerSheet);
  // Contract §10: the register's departments, for one department's own report.
  pane.department.render(s.register === null ? [] : registerDepartments(s.register));
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
function settingsSheetLang(s: WorkbookSnapshot, lang: Lang): Lang {
  if (s.settings === null) return lang;
  return s.settings.sheet === "Settings" ? "en" : "ja";
}

/** First load: the detected register and the settings sheet. */
async function firstLoad(pane: Pane): Promise<void> {
  const { t } = pane.opts;
  await exclusive(pane, async () => {
    const s = await load(pane, null, 0, 1);
    pane.form.fill(sheetSettings(s), s.settings === null ? null : s.settings.sheet);
    if (s.register === null) pane.status.fail(t.registerNotFound);
    else pane.status.done(fill(t.registerLoaded, { sheet: s.registerSheet ?? "" }));
  });
}

async function changeRegister(pane: Pane, sheet: string): Promise<void> {
  const { t } = pane.opts;
  if (pane.busy) {
    pane.pendingSheet = sheet;
    return;
  }
  await exclusive(pane, async () => {
    pane.results.clear();
    pane.findings.clear();
    const s = await load(pane, sheet, 0, 1);
    if (s.register === null) pane.status.fail(t.registerNotFound);
    else pane.status.done(fill(t.registerLoaded, { sheet: s.registerSheet ?? sheet }));
  });
}

async function saveSettings(pane: Pane, values: FormSettings): Promise<void> {
  await exclusive(pane, async () => {
    // Re-read the sheet: its 分野 list (not in the form) may have been edited since.
    const s = await load(pane, pane.picker.value, 0, 2);
    pane.status.progress(pane.opts.t.stepSaving, 1, 2);
    const merged: Settings = { ...sheetSettings(s), ...values };
    await pane.opts.host.writeSettings(writeSettingsRows(merged, settingsSheetLang(s, pane.opts.lang)));
    pane.status.done(pane.opts.t.settingsSaved);
  });
}

/** 検証 (write false) or 集計表を作成 (write true): re-read, rate, show; then write the report when asked and not blocked. */
async function validate(pane: Pane, write: boolean): Promise<void> {
  const { t } = pane.opts;
  const reading = pane.form.read();
  if (!reading.ok) {
    pane.status.fail(t.settingsInvalid);
    return;
  }
  await exclusive(pane, async () => {
    const steps = write ? 3 : 2;
    const s = await load(pane, pane.picker.value, 0, steps);
    if (s.register === null) {
      pane.results.clear();
      pane.findings.clear();
      pane.status.fail(t.noRegister);
      return;
    }
    pane.status.progress(t.stepEvaluating, 1, steps);
    await nextPaint();
    const department = pane.department.value;
    // The history only when the host read it: a host that did not must not have it replaced (contract §10).
    const history = s.history === undefined ? {} : { history: s.history };
    const result: EngineResult = runEngine({
      register: s.register,
      settingsSheet: s.settings,
      overrides: reading.values,
      sourcesSheet: s.sources ?? null,
      ...history,
      ...(department !== null ? { department } : {}),
    });
    if (result.unknownDepartment) {
      pane.results.clear();
      pane.findings.clear();
      pane.status.fail(fill(t.departmentUnknown, { department: department ?? "", known: result.departments.join(t.nameSeparator) }));
      return;
    }
    const ev = result.evaluation;
    pane.results.render(ev, result.comparison);
    pane.findings.render(ev.findings);
    const counts = severityCounts(ev.findings);
    if (!write) {
      pane.status.done(fill(t.validated, counts));
      return;
    }
    if (result.report === null) {
      pane.status.fail(fill(t.blocked, counts));
      return;
    }
    pane.status.progress(t.stepWriting, 2, steps);
    const outcome = await pane.opts.host.writeReport(result.report);
    pane.status.done(fill(t.written, { count: outcome.written.length, names: outcome.written.join(t.nameSeparator) }));
  });
}

/** 提出用の様式を作成: the register template from the form's settings (and 設定's areas), opened as a new workbook. */
async function createTemplate(pane: Pane): Promise<void> {
  const { t, host, lang } = pane.opts;
  const reading = pane.form.read();
  if (!reading.ok) {
    pane.status.fail(t.settingsInvalid);
    return;
  }
  if (host.createWorkbook === undefined) {
    pane.status.fail(t.templateUnsupported);
    return;
  }
  await exclusive(pane, async () => {
    const s = await load(pane, pane.picker.value, 0, 2);
    pane.status.progress(t.stepTemplate, 1, 2);
    const settings = withTemplateDefaults({ ...sheetSettings(s), ...reading.values, lang }, new Date());
    await makeTemplate(host, settings, lang);
    const levels = scaleOf(settings).levels.map((l) => l.code).join("/");
    pane.status.done(fill(t.templateCreated, { period: formatPeriod(settings.fiscalYear as number, settings.point, lang), levels }));
  });
}

/** The status line's note for an outcome other than "created". */
function committeeNote(o: Exclude<CommitteeOutcome, { kind: "created" }>, t: PaneStrings): string {
  switch (o.kind) {
    case "noNewWorkbook":
      return t.exportNoNewWorkbook;
    case "noFile":
      return t.exportNoFile;
    case "fileRefused":
      return fill(t.exportFileRefused, { message: o.message });
    case "unreadable":
      return fill(t.exportUnreadable, { message: o.message });
    case "noReport":
      return t.exportNoReport;
  }
}

/** 委員会用に書き出す: the report sheets of the workbook as Office last has it, opened as a new workbook (committee-export.ts). */
async function exportCommittee(pane: Pane): Promise<void> {
  const { t, host } = pane.opts;
  const unsupported = committeeUnsupported(host);
  if (unsupported !== null) {
    pane.status.fail(committeeNote(unsupported, t));
    return;
  }
  await exclusive(pane, async () => {
    const outcome = await exportCommitteeCopy(host, (step) => {
      if (step === "readingFile") pane.status.progress(t.stepReadingFile, 0, 2);
      else pane.status.progress(t.stepExporting, 1, 2);
    });
    if (outcome.kind === "created") pane.status.done(fill(t.committeeExported, { count: outcome.sheets.length, names: outcome.sheets.join(t.nameSeparator) }));
    else pane.status.fail(committeeNote(outcome, t));
  });
}

/** Findings counted by severity, for the status line. */
function severityCounts(findings: readonly { readonly severity: string }[]): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

async function select(pane: Pane, address: string): Promise<void> {
  try {
    await pane.opts.host.select(address);
  } catch (e) {
    pane.status.fail(fill(pane.opts.t.selectFailed, { cell: address, message: errorText(e) }));
  }
}
