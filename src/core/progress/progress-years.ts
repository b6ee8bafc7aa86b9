/**
 * The years of a 基準値 and of a final target (contract §10): from their own
 * column (基準年度 / 目標年度), else from a bracket in the value's cell
 * (「1,200件（平成25年度）」, 「200件(R7)」), else from a bracket in the
 * column's header (「基準値（H25）」, 「目標値(令和7年度)」).
 */
import { readFiscalYear } from "../values/fiscal-year";
import { nfkc } from "../values/text";

/** Words that may follow the year inside the bracket: 「（平成25年度実績）」, 「（R7目標）」, 「（H25末現在）」. */
const YEAR_TAIL = /(?:実績|目標|時点|現在|末|値|見込み?|速報)+$/;

/** The fiscal year written in a bracket of `text`, the last such bracket first; null when none holds one. */
export function bracketYear(text: string, contextYear: number | null): number | null {
  const t = nfkc(text);
  const found = [...t.matchAll(/[([【〔]([^()[\]【】〔〕]*)[)\]】〕]/g)].map((m) => m[1]);
  for (let k = found.length - 1; k >= 0; k--) {
    const inner = found[k].replace(/\s+/g, "").replace(YEAR_TAIL, "");
    const y = readFiscalYear(inner, contextYear);
    if (y !== null) return y;
  }
  return null;
}

/** A year cell as written (`平成25年度`, `H25`, `2013`, `25年度`, or the number 2013); null when unreadable. */
export function yearOfCell(text: string, contextYear: number | null): number | null {
  const t = nfkc(text).replace(/\s+/g, "").replace(YEAR_TAIL, "");
  return readFiscalYear(t, contextYear) ?? bracketYear(t, contextYear);
}
