/**
 * The shared string table (`xl/sharedStrings.xml`), read with indexOf — it
 * can hold a hundred thousand strings. A string item is either one `<t>` or
 * rich-text runs `<r><rPr>…</rPr><t>…</t></r>` whose texts are concatenated.
 * Japanese workbooks add phonetic guides `<rPh><t>フリガナ</t></rPh>`: those are
 * not part of the cell's text and are skipped.
 */
import type { XlsxPackage } from "./package";
import { workbookOf } from "./workbook";
import { decodeOoxmlString, prefixOf } from "./xml";

/**
 * The text of a string item (`<si>` or an inline `<is>`) whose content lies
 * between `from` and `to`; `p` is the SpreadsheetML prefix. The content is
 * sliced first: searching the whole part for a `<rPh` that is not there
 * would make reading the table quadratic.
 */
export function stringItemText(xml: string, from: number, to: number, p: string): string {
  const item = xml.slice(from, to);
  const tOpen = "<" + p + "t";
  const tClose = "</" + p + "t>";
  // Fast path: one plain <t>, the usual case.
  const first = nextT(item, tOpen, 0);
  if (first < 0) return "";
  if (nextT(item, tOpen, first + 1) < 0 && item.indexOf("<" + p + "rPh") < 0) {
    return decodeOoxmlString(textOf(item, first, tClose));
  }
  // Rich text: concatenate the runs' <t>, skipping phonetic runs (<rPh>…</rPh>).
  const phClose = "</" + p + "rPh>";
  const phOpen = "<" + p + "rPh";
  let text = "";
  let i = 0;
  for (;;) {
    const t = nextT(item, tOpen, i);
    if (t < 0) break;
    const ph = item.indexOf(phOpen, i);
    if (ph >= 0 && ph < t) {
      const end = item.indexOf(phClose, ph);
      if (end < 0) break;
      i = end + phClose.length;
      continue;
    }
    text += textOf(item, t, tClose);
    const end = item.indexOf(tClose, t);
    i = end < 0 ? item.length : end + tClose.length;
  }
  return decodeOoxmlString(text);
}

/** Next `<t>` / `<t …>` start tag (not `<tabColor>` or other names starting with t). */
function nextT(item: string, tOpen: string, from: number): number {
  for (let t = item.indexOf(tOpen, from); t >= 0; t = item.indexOf(tOpen, t + 1)) {
    const c = item.charCodeAt(t + tOpen.length);
    if (c === 62 || c === 32 || c === 47 || c === 9 || c === 10 || c === 13) return t;
  }
  return -1;
}

/** Raw content of the `<t>` starting at `t` ("" for `<t/>`). */
function textOf(item: string, t: number, tClose: string): string {
  const gt = item.indexOf(">", t);
  if (item.charCodeAt(gt - 1) === 47) return "";
  const end = item.indexOf(tClose, gt);
  return end < 0 ? "" : item.slice(gt + 1, end);
}

/**
 * Calls `each(from, to)` with the content range of every `<si>` of the table
 * (from === to for an empty `<si/>`), in index order.
 */
function forEachItem(xml: string, p: string, each: (from: number, to: number) => void): void {
  const siOpen = "<" + p + "si";
  const siClose = "</" + p + "si>";
  for (let i = xml.indexOf(siOpen); i >= 0; ) {
    const c = xml.charCodeAt(i + siOpen.length);
    if (c !== 62 && c !== 32 && c !== 47 && c !== 9 && c !== 10 && c !== 13) {
      i = xml.indexOf(siOpen, i + 1); // another element whose name starts with `si`
      continue;
    }
    const gt = xml.indexOf(">", i);
    if (xml.charCodeAt(gt - 1) === 47) {
      each(gt + 1, gt + 1);
      i = xml.indexOf(siOpen, gt);
      continue;
    }
    const end = xml.indexOf(siClose, gt);
    if (end < 0) break;
    each(gt + 1, end);
    i = xml.indexOf(siOpen, end + siClose.length);
  }
}

function sharedStringsXml(pkg: XlsxPackage): string | undefined {
  const path = workbookOf(pkg).sharedStringsPath;
  return path === null ? undefined : pkg.text(path);
}

/** Whether the package has a shared-string table (a relationship to it, and the part itself). */
export function hasSharedStrings(pkg: XlsxPackage): boolean {
  return sharedStringsXml(pkg) !== undefined;
}

/** Every shared string, in index order. */
export function sharedStrings(pkg: XlsxPackage): readonly string[] {
  return pkg.memo("sharedStrings", () => {
    const xml = sharedStringsXml(pkg);
    if (xml === undefined) return [];
    const p = prefixOf(xml, "sst");
    const out: string[] = [];
    forEachItem(xml, p, (from, to) => out.push(from === to ? "" : stringItemText(xml, from, to, p)));
    return out;
  });
}

/**
 * The raw content of every `<si>`, for copying a string with its rich-text
 * runs into an inline `<is>` (same content model). Null when the table uses
 * a namespace prefix, whose declarations would not travel with the copy.
 */
export function sharedStringItemsXml(pkg: XlsxPackage): readonly string[] | null {
  return pkg.memo("sharedStringItemsXml", () => {
    const xml = sharedStringsXml(pkg);
    if (xml === undefined) return [];
    const p = prefixOf(xml, "sst");
    if (p !== "") return null;
    const out: string[] = [];
    forEachItem(xml, p, (from, to) => out.push(xml.slice(from, to)));
    return out;
  });
}
