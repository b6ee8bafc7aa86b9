/**
 * Task pane entry. Waits for Office, then runs the pane over the Office.js
 * adapter. Never leaves a blank page: outside Excel, without office.js, on a
 * host without ExcelApi 1.7, or on any uncaught error, it shows a message.
 *
 * The end-to-end run loads a fake Excel (test/e2e/fake-host-entry.ts) before
 * this bundle; nothing here knows about it.
 */
import type { Lang } from "../core/settings";
import { fill } from "../core/i18n";
import { el, replaceChildren } from "./dom";
import { createOfficeHost, supportsOfficeHost, type OfficeDocument } from "../workbook/office";
import { officeGlobal, waitForOffice } from "./office-ready";
import { startPane } from "./pane-app";
import { paneStrings, uiLanguage, type PaneStrings } from "./strings";
import { applyOfficeTheme } from "./theme";

type MessageKind = "noOfficeJs" | "notInExcel" | "officeTimeout" | "unsupportedExcel" | "unexpectedError";

let strings: PaneStrings = paneStrings(uiLanguage(navigator.language));

function appRoot(): HTMLElement {
  const existing = document.getElementById("app");
  if (existing !== null) return existing;
  const created = el("div", { attrs: { id: "app" } });
  document.body.appendChild(created);
  return created;
}

function setLanguage(lang: Lang): void {
  strings = paneStrings(lang);
  document.documentElement.lang = lang;
  document.title = strings.title;
}

/** Replaces the pane with a plain message (the pane cannot work here). */
function showMessage(kind: MessageKind, text: string): void {
  replaceChildren(
    appRoot(),
    el(
      "main",
      { className: "message-page" },
      el("h1", { text: strings.heading }),
      el("p", { className: "message", text, attrs: { role: "alert", "data-message": kind } }),
    ),
  );
}

/** Shows an uncaught error above the pane without destroying what the user sees. */
function showUnexpected(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const root = appRoot();
  const text = fill(strings.unexpectedError, { message });
  const existing = root.querySelector(".fatal");
  if (existing !== null) {
    existing.textContent = text;
    return;
  }
  root.insertBefore(el("p", { className: "fatal", text, attrs: { role: "alert", "data-message": "unexpectedError" } }), root.firstChild);
}

function installErrorHandlers(): void {
  window.addEventListener("error", (event) => showUnexpected(event.error ?? event.message));
  window.addEventListener("unhandledrejection", (event) => showUnexpected(event.reason));
}

async function main(): Promise<void> {
  // The static start-up note of taskpane.html: the script runs, so it goes.
  document.getElementById("boot")?.remove();
  installErrorHandlers();
  setLanguage(uiLanguage(navigator.language));
  const root = appRoot();
  replaceChildren(root, el("p", { className: "hint", text: strings.bootStarting, attrs: { role: "status" } }));

  const ready = await waitForOffice(window);
  switch (ready.kind) {
    case "noOfficeJs":
      showMessage("noOfficeJs", strings.noOfficeJs);
      return;
    case "timeout":
      showMessage("officeTimeout", strings.officeTimeout);
      return;
    case "notExcel":
      setLanguage(uiLanguage(ready.displayLanguage ?? navigator.language));
      showMessage("notInExcel", strings.notInExcel);
      return;
    case "excel":
      break;
  }

  const lang = uiLanguage(ready.displayLanguage ?? navigator.language);
  setLanguage(lang);
  // The manifest asks for ExcelApi 1.7 too; Excel on the web may still open the pane without it.
  if (!supportsOfficeHost(ready.requirements)) {
    showMessage("unsupportedExcel", strings.unsupportedExcel);
    return;
  }
  const office = officeGlobal(window);
  if (office !== undefined) applyOfficeTheme(office, document);
  const newWorkbook = typeof Excel.createWorkbook === "function" ? (base64: string) => Excel.createWorkbook(base64) : undefined;
  // Office.context.document: the workbook's own file, for the committee copy (CompressedFile; checked by the adapter).
  const document_ = office?.context?.document as unknown as OfficeDocument | undefined;
  const host = createOfficeHost(Excel.run, ready.requirements, newWorkbook, typeof document_?.getFileAsync === "function" ? document_ : undefined);
  await startPane({ root, host, t: strings, lang });
}

main().catch(showUnexpected);
