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
 * between `from` and `to`; `p` is the SpreadsheetML prefix.
 */
export function stringItemText(xml: string, from: number, to: number, p: string): string {
  const tOpen = "<" + p + "t";
  const tClose = "</" + p + "t>";
  const phOpen = "<" + p + "rPh";
  const phClose = "</" + p + "rPh>";
  let text = "";
  let i = from;
  let nextPh = xml.indexOf(phOpen, from);
  if (nextPh >= to) nextPh = -1;
  for (;;) {
    let t = xml.indexOf(tOpen, i);
    // `<t` must be the whole name: not `<tabColor` (not inside <si>, but be safe)
    while (t >= 0 && t < to) {
      const c = xml.charCodeAt(t + tOpen.length);
      if (c === 62 || c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
      t = xml.indexOf(tOpen, t + 1);
    }
    if (t < 0 || t >= to) break;
    if (nextPh >= 0 && nextPh < t) {
      // Skip the whole phonetic run.
      const end = xml.indexOf(phClose, nextPh);
      i = end < 0 ? to : end + phClose.length;
      nextPh = xml.indexOf(phOpen, i);
      if (nextPh >= to) nextPh = -1;
      continue;
    }
    const gt = xml.indexOf(">", t);
    if (xml.charCodeAt(gt - 1) === 47 /* <t/> */) {
      i = gt + 1;
      continue;
    }
    const end = xml.indexOf(tClose, gt);
    if (end < 0 || end > to) break;
    text += xml.slice(gt + 1, end);
    i = end + tClose.length;
  }
  return decodeOoxmlString(text);
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
