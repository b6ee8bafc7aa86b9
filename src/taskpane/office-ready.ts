/**
 * Is this page running in Excel? Three ways it may not be:
 * - office.js never loaded (closed network, CDN blocked): no global `Office`;
 * - opened in a plain browser, or in another Office application:
 *   Office.onReady gives host null / not Excel;
 * - Office never answers (a broken host): onReady does not resolve in time.
 * Each ends in a message instead of a blank page.
 */

export type Readiness =
  | {
      readonly kind: "excel";
      readonly displayLanguage: string | null;
      readonly requirements: Office.RequirementSetSupport;
    }
  | { readonly kind: "notExcel"; readonly displayLanguage: string | null }
  | { readonly kind: "noOfficeJs" }
  | { readonly kind: "timeout" };

export interface WaitOptions {
  /** How long to wait for the global `Office` to appear (office.js loading late). */
  readonly officeJsWaitMs: number;
  /** How long to wait for Office.onReady. */
  readonly readyTimeoutMs: number;
}

export const DEFAULT_WAIT: WaitOptions = { officeJsWaitMs: 2000, readyTimeoutMs: 15000 };

const POLL_MS = 50;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The global Office, if office.js (or the fake) defined it. */
export function officeGlobal(scope: object): typeof Office | undefined {
  const office = (scope as { Office?: typeof Office }).Office;
  return typeof office === "object" && office !== null ? office : undefined;
}

function displayLanguageOf(office: typeof Office): string | null {
  try {
    const lang = office.context?.displayLanguage;
    return typeof lang === "string" && lang !== "" ? lang : null;
  } catch {
    // Outside Office, office.js may throw on context access.
    return null;
  }
}

export async function waitForOffice(scope: object, options: WaitOptions = DEFAULT_WAIT): Promise<Readiness> {
  let office = officeGlobal(scope);
  for (let waited = 0; office === undefined && waited < options.officeJsWaitMs; waited += POLL_MS) {
    await sleep(POLL_MS);
    office = officeGlobal(scope);
  }
  if (office === undefined || typeof office.onReady !== "function") return { kind: "noOfficeJs" };

  const timeout = sleep(options.readyTimeoutMs).then(() => null);
  const info = await Promise.race([office.onReady(), timeout]);
  if (info === null) return { kind: "timeout" };
  const displayLanguage = displayLanguageOf(office);
  // Compared as text: "Excel" is Office.HostType.Excel, and the fake may not define the enum.
  if (String(info.host) !== "Excel" || typeof (scope as { Excel?: unknown }).Excel !== "object") {
    return { kind: "notExcel", displayLanguage };
  }
  return { kind: "excel", displayLanguage, requirements: office.context.requirements };
}
