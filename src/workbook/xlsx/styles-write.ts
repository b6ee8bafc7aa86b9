/**
 * Adds the report's cell styles to a workbook's styles.xml without touching
 * what is there: new fonts, fills, borders, number formats and cellXfs are
 * appended, so every existing style index keeps its meaning. A package
 * without styles.xml gets a minimal one.
 *
 * New fonts copy the workbook's default font (fonts[0]: name, family,
 * charset, scheme, colour) so that report sheets look like the rest of the
 * workbook, changing only what a CellStyle asks for.
 */
import type { CellStyle } from "../../core/report/model";
import { BUILTIN_ID_OF } from "./builtin-formats";
import { TRANSITIONAL, type OoxmlFlavour } from "./namespaces";
import { customFormats, styleRecords } from "./styles-read";
import { attributes, escapeAttr, firstElement } from "./xml";
import { appendInside, closeTagStart, firstChild, outerXml, parseXml, Splice, startTagWith, type XmlDoc, type XmlNode } from "./xml-tree";

/** Schema order of styleSheet's children (CT_Stylesheet is a sequence). */
const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type SectionName = (typeof SECTION_ORDER)[number];

const CHILD: Partial<Record<SectionName, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  cellStyles: "cellStyle",
};

/** The default font of a workbook made from scratch: Japanese Excel's. */
const DEFAULT_FONT = '<font><sz val="11"/><name val="游ゴシック"/><family val="2"/><charset val="128"/></font>';
const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
/** Excel reserves fills 0 and 1 (none, gray125) whatever the file says. */
const GRAY_125 = '<fill><patternFill patternType="gray125"/></fill>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
const DEFAULT_CELL_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const THIN = '<color indexed="64"/>';
const THIN_BORDER =
  `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right>` +
  `<top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;
/** First id of a workbook-defined number format. */
const FIRST_CUSTOM_FORMAT = 164;

export function emptyStylesXml(flavour: OoxmlFlavour = TRANSITIONAL): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<styleSheet xmlns="${flavour.main}">` +
    `<fonts count="1">${DEFAULT_FONT}</fonts>` +
    `<fills count="2">${NO_FILL}${GRAY_125}</fills>` +
    `<borders count="1">${NO_BORDER}</borders>` +
    `<cellStyleXfs count="1">${DEFAULT_XF}</cellStyleXfs>` +
    `<cellXfs count="1">${DEFAULT_CELL_XF}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

interface BaseFont {
  readonly size: string;
  readonly color: string;
  /** name, family, charset, scheme elements as written. */
  readonly rest: string;
}

function baseFontOf(fontXml: string, p: string): BaseFont {
  const pick = (name: string): string => {
    const el = firstElement(fontXml, p + name);
    return el === null ? "" : fontXml.slice(el.start, el.end);
  };
  const sz = firstElement(fontXml, p + "sz");
  const size = sz === null ? "11" : (attributes(sz.tag).get("val") ?? "11");
  return { size, color: pick("color"), rest: pick("name") + pick("family") + pick("charset") + pick("scheme") };
}

function rgb(hex: string | undefined): string | null {
  return hex !== undefined && /^[0-9A-Fa-f]{6}$/.test(hex) ? "FF" + hex.toUpperCase() : null;
}

class Section {
  readonly added: string[] = [];
  /** Child XML as written → index: identical children are reused, not added again (a rerun adds nothing). */
  private readonly index = new Map<string, number>();
  constructor(
    readonly name: SectionName,
    /** Children already in the file, as written. */
    children: readonly string[],
  ) {
    this.existing = children.length;
    children.forEach((xml, i) => {
      if (!this.index.has(xml)) this.index.set(xml, i);
    });
  }

  readonly existing: number;

  /** Index of this child, appending it unless an identical one is there already. */
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.added.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }

  get count(): number {
    return this.existing + this.added.length;
  }
}

export class StyleSheetWriter {
  private readonly doc: XmlDoc;
  private readonly p: string;
  private readonly sections = new Map<SectionName, Section>();
  private readonly baseFont: BaseFont;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  private readonly xfByKey = new Map<string, number>();
  /** The styles part did not exist: the writer made it. */
  readonly created: boolean;

  constructor(existingXml: string | undefined, flavour: OoxmlFlavour = TRANSITIONAL) {
    this.created = existingXml === undefined;
    const doc = (this.doc = parseXml(existingXml ?? emptyStylesXml(flavour), "styles.xml"));
    const root = doc.root;
    this.p = root.prefix === "" ? "" : root.prefix + ":";
    for (const name of SECTION_ORDER) {
      const child = CHILD[name];
      if (child === undefined) continue;
      // A record inside mc:AlternateContent (Hancell) is one record, whichever branch a reader takes.
      this.sections.set(name, new Section(name, styleRecords(doc, name, child).map((c) => outerXml(doc, c))));
    }
    const fontsEl = firstChild(root, root.uri, "fonts");
    const firstFont = fontsEl === undefined ? undefined : firstChild(fontsEl, root.uri, "font");
    // A styles.xml missing the basics gets them first, so that index 0 means "default".
    if (this.section("fonts").existing === 0) this.add("fonts", DEFAULT_FONT);
    const fills = this.section("fills");
    if (fills.existing === 0) this.add("fills", NO_FILL);
    // Not add(): an identical fill may exist, but index 1 must be gray125 whatever it looks like.
    if (fills.count < 2) fills.added.push(this.p === "" ? GRAY_125 : GRAY_125.replace(/<(\/?)(\w)/g, "<$1" + this.p + "$2"));
    if (this.section("borders").existing === 0) this.add("borders", NO_BORDER);
    if (this.section("cellStyleXfs").existing === 0) this.add("cellStyleXfs", DEFAULT_XF);
    if (this.section("cellXfs").existing === 0) this.add("cellXfs", DEFAULT_CELL_XF);
    this.baseFont =
      firstFont === undefined
        ? baseFontOf(DEFAULT_FONT, "")
        : baseFontOf(outerXml(doc, firstFont), firstFont.prefix === "" ? "" : firstFont.prefix + ":");

    const custom = customFormats(doc);
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const [id, code] of custom) {
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextFormatId = maxId + 1;
  }

  private section(name: SectionName): Section {
    return this.sections.get(name) as Section;
  }

  /**
   * Adds a child written unprefixed, in the file's form: a prefixed
   * styles.xml (`<x:font>`) gets prefixed children; names already prefixed
   * (copied from the file) stay as they are.
   */
  private add(name: SectionName, xml: string): number {
    const p = this.p;
    return this.section(name).add(p === "" ? xml : xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1" + p + "$2"));
  }

  /** True when toXml() differs from the styles.xml read. */
  get changed(): boolean {
    if (this.created) return true;
    for (const s of this.sections.values()) if (s.added.length > 0) return true;
    return false;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_ID_OF.get(code);
    if (builtin !== undefined) return builtin;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private fontId(style: CellStyle): number {
    const color = rgb(style.color);
    if (!style.bold && style.fontSize === undefined && color === null) return 0;
    const f = this.baseFont;
    const size = style.fontSize !== undefined && style.fontSize > 0 ? String(style.fontSize) : f.size;
    const colorXml = color !== null ? `<color rgb="${color}"/>` : f.color;
    return this.add("fonts", `<font>${style.bold ? "<b/>" : ""}<sz val="${size}"/>${colorXml}${f.rest}</font>`);
  }

  private fillId(style: CellStyle): number {
    const color = rgb(style.fill);
    if (color === null) return 0;
    return this.add(
      "fills",
      `<fill><patternFill patternType="solid"><fgColor rgb="${color}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
  }

  /** The cellXfs index of a cell style (0 for the empty style). */
  xfFor(style: CellStyle): number {
    const key = JSON.stringify([
      style.bold ?? false,
      style.fontSize ?? null,
      style.fill ?? null,
      style.color ?? null,
      style.border ?? false,
      style.wrap ?? false,
      style.hAlign ?? null,
      style.vAlign ?? null,
      style.numberFormat ?? null,
    ]);
    const known = this.xfByKey.get(key);
    if (known !== undefined) return known;

    const fontId = this.fontId(style);
    const fillId = this.fillId(style);
    const borderId = style.border ? this.add("borders", THIN_BORDER) : 0;
    const numFmtId = style.numberFormat !== undefined && style.numberFormat !== "" ? this.numFmtId(style.numberFormat) : 0;
    let alignment = "";
    if (style.hAlign !== undefined) alignment += ` horizontal="${style.hAlign}"`;
    if (style.vAlign !== undefined) alignment += ` vertical="${style.vAlign}"`;
    if (style.wrap) alignment += ' wrapText="1"';

    let id = 0;
    if (fontId !== 0 || fillId !== 0 || borderId !== 0 || numFmtId !== 0 || alignment !== "") {
      const apply =
        (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
        (fontId !== 0 ? ' applyFont="1"' : "") +
        (fillId !== 0 ? ' applyFill="1"' : "") +
        (borderId !== 0 ? ' applyBorder="1"' : "") +
        (alignment !== "" ? ' applyAlignment="1"' : "");
      const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
      id = this.add("cellXfs", alignment === "" ? head + "/>" : `${head}><alignment${alignment}/></xf>`);
    }
    this.xfByKey.set(key, id);
    return id;
  }

  /** The styles.xml with every addition in place and the counts updated. */
  toXml(): string {
    const doc = this.doc;
    const root = doc.root;
    const splice = new Splice(doc.text);
    /** Missing sections, by the existing section they go before (null: at the end). */
    const missing = new Map<XmlNode | null, string>();
    for (const name of SECTION_ORDER) {
      const s = this.sections.get(name);
      if (s === undefined || s.added.length === 0) continue;
      const added = s.added.join("");
      const el = firstChild(root, root.uri, name);
      if (el !== undefined) {
        const tag = startTagWith(doc, el, "count", String(s.count));
        if (el.selfClosing) splice.replace(el.start, el.openEnd, tag.replace(/\s*\/>$/, ">") + added + `</${el.qname}>`);
        else splice.replace(el.start, el.openEnd, tag).insert(closeTagStart(doc, el), added);
      } else {
        const before = this.nextSection(name);
        missing.set(before, (missing.get(before) ?? "") + `<${this.p}${name} count="${s.count}">${added}</${this.p}${name}>`);
      }
    }
    for (const [before, xml] of missing) {
      if (before !== null) splice.insert(before.start, xml);
      else appendInside(doc, splice, root, xml);
    }
    return splice.toString();
  }

  /** The first section present after `name` in schema order (a missing section goes before it), or null. */
  private nextSection(name: SectionName): XmlNode | null {
    const root = this.doc.root;
    for (let i = SECTION_ORDER.indexOf(name) + 1; i < SECTION_ORDER.length; i++) {
      const el = firstChild(root, root.uri, SECTION_ORDER[i]);
      if (el !== undefined) return el;
    }
    return null;
  }
}
