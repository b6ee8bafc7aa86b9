/**
 * Progress and messages. Two live regions that exist from the start (so
 * screen readers announce changes): a polite one for progress and results,
 * an assertive one (role=alert) for failures. A <progress> bar shows the step
 * of a multi-step run; `data-state` on the root says idle / busy / done / error
 * and `data-seq` counts finished runs (the end-to-end run waits on both).
 */
import { el, replaceChildren } from "./dom";
import type { PaneStrings } from "./strings";

export type StatusState = "idle" | "busy" | "done" | "error";

export interface StatusView {
  readonly element: HTMLElement;
  /** Shows step `step` of `steps` with its text; the bar stays until done/fail/clear. */
  progress(text: string, step: number, steps: number): void;
  /** Ends a run with a message (polite). */
  done(text: string): void;
  /** Ends a run with a failure (assertive). */
  fail(text: string): void;
  /** A message without ending anything (e.g. after the first load). */
  info(text: string): void;
  clear(): void;
  readonly state: StatusState;
}

export function createStatusView(t: PaneStrings): StatusView {
  const bar = el("progress", { className: "status-bar", attrs: { "aria-label": t.progressLabel } });
  bar.hidden = true;
  const polite = el("p", { className: "status-text", attrs: { role: "status", "aria-live": "polite" } });
  const alert = el("p", { className: "status-alert", attrs: { role: "alert" } });
  const root = el("div", { className: "status", attrs: { "data-state": "idle", "data-seq": "0" } }, bar, polite, alert);
  let state: StatusState = "idle";
  let finished = 0;

  function setState(next: StatusState): void {
    state = next;
    if (next === "done" || next === "error") root.setAttribute("data-seq", String(++finished));
    root.setAttribute("data-state", next);
    root.setAttribute("aria-busy", next === "busy" ? "true" : "false");
  }

  return {
    element: root,
    get state() {
      return state;
    },
    progress(text, step, steps) {
      bar.max = steps;
      bar.value = step;
      bar.hidden = false;
      replaceChildren(alert);
      replaceChildren(polite, text);
      setState("busy");
    },
    done(text) {
      bar.hidden = true;
      replaceChildren(alert);
      replaceChildren(polite, text);
      setState("done");
    },
    fail(text) {
      bar.hidden = true;
      replaceChildren(polite);
      replaceChildren(alert, text);
      setState("error");
    },
    info(text) {
      replaceChildren(polite, text);
    },
    clear() {
      bar.hidden = true;
      replaceChildren(polite);
      replaceChildren(alert);
      setState("idle");
    },
  };
}
