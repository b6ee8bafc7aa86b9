/**
 * Findings grouped by severity (errors, warnings, notes), each with its cell
 * address as a button that selects the cell in the workbook. Messages carry
 * cell values (workbook text): inserted as text only.
 *
 * A long list is cut at SHOWN_PER_SEVERITY per group: the DOM stays light on a
 * 100 k-row register; the 検証結果 sheet holds every finding.
 */
import type { Finding, Severity } from "../core/findings/finding";
import type { Lang } from "../core/settings";
import { fill, findingMessage } from "../core/i18n";
import { el, replaceChildren, uniqueId } from "./dom";
import type { PaneStrings } from "./strings";

export const SHOWN_PER_SEVERITY = 200;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingsView {
  readonly element: HTMLElement;
  render(findings: readonly Finding[]): void;
  clear(): void;
}

export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}

export function createFindingsView(t: PaneStrings, lang: Lang, onSelect: (address: string) => void): FindingsView {
  const headingId = uniqueId("findings-heading");
  const content = el("div", { className: "findings-content" });
  const root = el(
    "section",
    { className: "card findings", attrs: { "aria-labelledby": headingId } },
    el("h2", { text: t.findingsHeading, attrs: { id: headingId } }),
    content,
  );
  const labels: Readonly<Record<Severity, string>> = {
    error: t.severityError,
    warning: t.severityWarning,
    info: t.severityInfo,
  };

  function item(f: Finding): HTMLLIElement {
    const cell = f.cell;
    let button: HTMLButtonElement | null = null;
    if (cell !== null) {
      button = el("button", {
        className: "cell-link",
        text: cell,
        attrs: { type: "button", "aria-label": fill(t.findingGoTo, { cell }), "data-cell": cell },
      });
      button.addEventListener("click", () => onSelect(cell));
    }
    return el(
      "li",
      { className: `finding finding-${f.severity}`, attrs: { "data-code": f.code } },
      el("span", { className: "finding-message", text: findingMessage(f, lang) }),
      button,
    );
  }

  function group(severity: Severity, list: readonly Finding[]): HTMLElement {
    const id = uniqueId("severity");
    const shown = list.slice(0, SHOWN_PER_SEVERITY);
    return el(
      "section",
      { className: `severity severity-${severity}`, attrs: { "aria-labelledby": id } },
      el("h3", { text: fill(t.severityCount, { label: labels[severity], count: list.length }), attrs: { id } }),
      el("ul", { className: "finding-list" }, ...shown.map(item)),
      list.length > shown.length &&
        el("p", { className: "hint", text: fill(t.findingsMore, { count: list.length - shown.length }) }),
    );
  }

  function clear(): void {
    replaceChildren(content);
    root.hidden = true;
  }
  clear();

  return {
    element: root,
    clear,
    render(findings) {
      root.hidden = false;
      const groups = groupBySeverity(findings);
      const parts = SEVERITIES.filter((s) => groups[s].length > 0).map((s) => group(s, groups[s]));
      if (parts.length === 0) replaceChildren(content, el("p", { text: t.findingsNone }));
      else replaceChildren(content, ...parts);
    },
  };
}
