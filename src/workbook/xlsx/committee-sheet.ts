/**
 * A generated sheet's XML made fit for the committee copy: values and
 * formatting only.
 * - formulas are replaced by their cached values (string results become
 *   inline strings; a formula without a cached value leaves an empty cell);
 * - shared strings become inline strings (rich text kept), so the copy needs
 *   no shared-string table — which would carry every string of the register;
 * - hyperlinks are removed (they point back into the register), and so is
 *   everything that needs the sheet's relationships, which are not copied
 *   (drawings, comments, tables, controls, printer settings) or may refer to
 *   other sheets (data validations, extensions, conditional formats whose
 *   formulas name a sheet).
 */
import { escapeOoxmlString, prefixOf, removeElements, findStartTag, tagEnd, elements, innerOf } from "./xml";

export interface SharedStringSource {
  readonly texts: readonly string[];
  /** Raw `<si>` content per index, or null when it cannot be copied as is. */
  readonly items: readonly string[] | null;
}

/** Elements after `<sheetData>` that the committee copy drops. */
const DROPPED = [
  "hyperlinks",
  "dataValidations",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function preserveText(raw: string): string {
  return `<is><t xml:space="preserve">${raw}</t></is>`;
}

function cellsWithoutFormulas(sheetData: string, p: string, sst: SharedStringSource): string {
  const cell = new RegExp(`<${p}c(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const value = new RegExp(`<${p}v(?:\\s[^>]*)?>([\\s\\S]*?)</${p}v>`);
  const fOpen = "<" + p + "f";
  return sheetData.replace(cell, (whole: string, attrs: string, _rest: string, inner: string | undefined) => {
    const metadata = attrs.indexOf(" cm=") >= 0 || attrs.indexOf(" vm=") >= 0;
    const tm = /\st\s*=\s*"([^"]*)"/.exec(attrs);
    const type = tm === null ? "n" : tm[1];
    if (inner === undefined) return metadata ? `<${p}c${stripAttrs(attrs)}/>` : whole;
    const formula = inner.indexOf(fOpen) >= 0;
    if (!formula && !metadata && type !== "s") return whole;

    // cell metadata (dynamic arrays, rich values) lives in parts the copy does not have
    const base = stripAttrs(attrs).replace(/\st\s*=\s*"[^"]*"/, "");
    const v = value.exec(inner);
    if (type === "s") {
      const idx = v === null ? -1 : Number(v[1]);
      if (!(idx >= 0 && idx < sst.texts.length)) return `<${p}c${base}/>`;
      const is = sst.items !== null ? `<is>${sst.items[idx]}</is>` : preserveText(escapeOoxmlString(sst.texts[idx]));
      return `<${p}c${base} t="inlineStr">${p === "" ? is : prefixed(is, p)}</${p}c>`;
    }
    if (type === "inlineStr") {
      const isEl = elements(inner, p + "is")[0];
      return isEl === undefined ? `<${p}c${base}/>` : `<${p}c${base} t="inlineStr">${inner.slice(isEl.start, isEl.end)}</${p}c>`;
    }
    if (v === null) return `<${p}c${base}/>`;
    if (type === "str") return `<${p}c${base} t="inlineStr">${prefixed(preserveText(v[1]), p)}</${p}c>`;
    const t = type === "n" ? "" : ` t="${type}"`;
    return `<${p}c${base}${t}><${p}v>${v[1]}</${p}v></${p}c>`;
  });
}

function stripAttrs(attrs: string): string {
  return attrs.replace(/\s(?:cm|vm)\s*=\s*"[^"]*"/g, "");
}

function prefixed(xml: string, p: string): string {
  return p === "" ? xml : xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1" + p + "$2");
}

/** Removes conditional formats whose formulas name another sheet (`!`), keeps the rest. */
function dropCrossSheetConditionalFormats(tail: string, p: string): string {
  const qname = p + "conditionalFormatting";
  let out = "";
  let last = 0;
  for (const el of elements(tail, qname)) {
    if (innerOf(tail, el, qname).indexOf("!") < 0) continue;
    out += tail.slice(last, el.start);
    last = el.end;
  }
  return out + tail.slice(last);
}

/** The committee copy of a sheet part. `selected`: the sheet is the copy's active tab. */
export function committeeSheetXml(xml: string, sst: SharedStringSource, selected: boolean): string {
  const p = prefixOf(xml, "worksheet");
  const sdStart = findStartTag(xml, p + "sheetData");
  if (sdStart < 0) return xml;
  const openEnd = tagEnd(xml, sdStart);
  const close = "</" + p + "sheetData>";
  const sdEnd = xml.charCodeAt(openEnd - 2) === 47 ? openEnd : xml.indexOf(close, openEnd) + close.length;

  let head = xml.slice(0, sdStart);
  // Several tabs selected at once open as a group in Excel: only the first sheet keeps it.
  if (!selected) head = head.replace(/\stabSelected\s*=\s*"(?:1|true)"/g, "");
  const sheetData = cellsWithoutFormulas(xml.slice(sdStart, sdEnd), p, sst);
  let tail = xml.slice(sdEnd);
  for (const name of DROPPED) tail = removeElements(tail, p + name);
  tail = dropCrossSheetConditionalFormats(tail, p);
  // Relationship ids (printer settings on pageSetup) point at parts not copied.
  tail = tail.replace(/\s[\w.-]+:id\s*=\s*"[^"]*"/g, "");
  return head + sheetData + tail;
}
