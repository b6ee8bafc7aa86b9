/**
 * How a header (or a settings key) is compared: what staff type differently
 * for the same word must compare equal. Used by the register's header aliases
 * and by the settings sheet's keys.
 */
import { nfkc } from "../values/text";

const WHITE_SPACE = /\s+/g;
/** `.` `:` (NFKC already folded `．` `：`) and `。`, any number of them at the end. */
const TRAILING_PUNCTUATION = /[.:。]+$/;

/**
 * NFKC (full-width → ASCII, `（確定）` → `(確定)`, `№` → `No`), every white space
 * removed (ideographic spaces and line breaks included: `分　野`, `平成26年度末\n進捗状況`),
 * lower case, and a trailing `.` / `。` / `:` / `：` dropped (`No.`, `分野：`).
 */
export function normalizeLabel(text: string): string {
  return nfkc(text).replace(WHITE_SPACE, "").toLowerCase().replace(TRAILING_PUNCTUATION, "");
}
