/**
 * Where a package's parts are checked well-formed (xml-check.ts) before what
 * is read from them is trusted: the one choice behind XlsxPackage.text(),
 * made when the package is opened, so that no reader branches on it.
 *
 * - inlineChecker (the default, and the only one in the browser): each part
 *   is checked whole the first time it is read; a damaged part throws before
 *   any reader sees it.
 * - A checker may take a large part to check elsewhere (the command line's
 *   worker thread, cli/background-check.ts) and answer PENDING: readers then
 *   read the part at once, and the package's settle() gives the verdict. A
 *   host that opens a package with such a checker must await settle() before
 *   anything read from it leaves the process (an output, a finding, a
 *   message), and let a fault it reports win over any error met meanwhile.
 *   The readers never run away on a damaged part (sheet-scan.ts), so reading
 *   ahead costs nothing but the time until the verdict.
 */
import { checkXml, type XmlFault } from "./xml-check";

/** The answer of a checker that checks the part elsewhere: see PartChecker.settle. */
export const PENDING = "pending";

/** A part's fault, with the part's name. */
export interface PartFault {
  readonly part: string;
  readonly fault: XmlFault;
}

export interface PartChecker {
  /** The fault of `text` (the part `part`, decoded from `bytes`) now, null when it is sound, or PENDING. */
  check(part: string, text: string, bytes: Uint8Array): XmlFault | null | typeof PENDING;
  /** The first fault among the parts answered PENDING (in the order they were taken), or null; ends any helper. */
  settle(): Promise<PartFault | null>;
}

export const inlineChecker: PartChecker = {
  check: (_part, text) => checkXml(text),
  settle: () => Promise.resolve(null),
};
