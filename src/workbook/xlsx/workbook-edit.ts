/**
 * Text edits of workbook.xml: appending `<sheet>` elements, renaming one,
 * removing and adding defined names. Everything else in the part stays as
 * written (extensions, pivot caches, calc settings, views).
 */
import { attributes, elements, escapeAttr, escapeXml, findStartTag, firstElement, setAttribute } from "./xml";

export interface NewDefinedName {
  readonly name: string;
  readonly localSheetId: number;
  readonly hidden: boolean;
  readonly formula: string;
}

/** Appends `<sheet>` elements (already serialised) at the end of `<sheets>`. */
export function appendSheets(xml: string, p: string, sheetsXml: string): string {
  if (sheetsXml === "") return xml;
  const el = firstElement(xml, p + "sheets");
  if (el === null) throw new Error("workbook.xml has no <sheets>");
  if (el.selfClosing) {
    return xml.slice(0, el.start) + el.tag.replace(/\s*\/>$/, ">") + sheetsXml + `</${p}sheets>` + xml.slice(el.end);
  }
  const close = el.end - (`</${p}sheets>`).length;
  return xml.slice(0, close) + sheetsXml + xml.slice(close);
}

/** Sets the name of the `<sheet>` whose relationship id is `relId`. */
export function renameSheet(xml: string, p: string, relIdAttr: string, relId: string, name: string): string {
  for (const el of elements(xml, p + "sheet")) {
    if (attributes(el.tag).get(relIdAttr) !== relId) continue;
    return xml.slice(0, el.start) + setAttribute(el.tag, "name", name) + xml.slice(el.end);
  }
  return xml;
}

/** Removes every defined name scoped to one of these sheet indices; drops `<definedNames>` when it ends up empty. */
export function removeScopedNames(xml: string, p: string, indices: ReadonlySet<number>): string {
  if (indices.size === 0) return xml;
  let out = "";
  let last = 0;
  for (const el of elements(xml, p + "definedName")) {
    const local = attributes(el.tag).get("localSheetId");
    if (local === undefined || !indices.has(Number(local))) continue;
    out += xml.slice(last, el.start);
    last = el.end;
  }
  out += xml.slice(last);
  const section = firstElement(out, p + "definedNames");
  if (section !== null && !section.selfClosing && findStartTag(out, p + "definedName", section.openEnd, section.end) < 0) {
    out = out.slice(0, section.start) + out.slice(section.end);
  }
  return out;
}

export function definedNameXml(p: string, n: NewDefinedName): string {
  const hidden = n.hidden ? ' hidden="1"' : "";
  return `<${p}definedName name="${escapeAttr(n.name)}" localSheetId="${n.localSheetId}"${hidden}>${escapeXml(n.formula)}</${p}definedName>`;
}

/**
 * Adds defined names at the end of `<definedNames>`, creating it where the
 * schema wants it (after sheets, functionGroups, externalReferences).
 */
export function addDefinedNames(xml: string, p: string, names: readonly NewDefinedName[]): string {
  if (names.length === 0) return xml;
  const added = names.map((n) => definedNameXml(p, n)).join("");
  const section = firstElement(xml, p + "definedNames");
  if (section !== null) {
    if (section.selfClosing) {
      return xml.slice(0, section.start) + `<${p}definedNames>${added}</${p}definedNames>` + xml.slice(section.end);
    }
    const close = section.end - (`</${p}definedNames>`).length;
    return xml.slice(0, close) + added + xml.slice(close);
  }
  let at = -1;
  for (const before of ["externalReferences", "functionGroups", "sheets"]) {
    const el = firstElement(xml, p + before);
    if (el !== null) {
      at = el.end;
      break;
    }
  }
  if (at < 0) throw new Error("workbook.xml has no <sheets>");
  return xml.slice(0, at) + `<${p}definedNames>${added}</${p}definedNames>` + xml.slice(at);
}
