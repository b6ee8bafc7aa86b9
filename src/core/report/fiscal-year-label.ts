/**
 * A fiscal year as the report writes it (平成27年度 / FY2015), through the
 * values module's formatFiscalYear. Should that ever throw (it did while it
 * was a stub; a year outside the Japanese calendar might), the report falls
 * back to a plain western year (2015年度): a report is never lost over a
 * year's wording.
 */
import type { Lang } from "../settings";
import { fill } from "../i18n";
import { formatFiscalYear } from "../values/fiscal-year";
import { reportLabels } from "./labels";

export function fiscalYearLabel(year: number, lang: Lang): string {
  try {
    return formatFiscalYear(year, lang);
  } catch {
    return fill(reportLabels(lang).fiscalYearFallback, { year });
  }
}
