/**
 * What the reader needs from styles.xml: the number format code of each
 * cell style (cellXfs index → code, null for General), so that the engine can
 * tell a date or a percentage from a plain number.
 */
import { BUILTIN_FORMATS } from "./builtin-formats";
import type { XlsxPackage } from "./package";
import { workbookOf } from "./workbook";
import { attributes, elements, firstElement, prefixOf } from "./xml";

/** Custom formats (`<numFmt numFmtId="164" formatCode="..."/>`): id → code. */
export function customFormats(xml: string, p: string): Map<number, string> {
  const out = new Map<number, string>();
  const section = firstElement(xml, p + "numFmts");
  if (section === null) return out;
  for (const el of elements(xml, p + "numFmt", section.openEnd, section.end)) {
    const a = attributes(el.tag);
    const id = Number(a.get("numFmtId"));
    const code = a.get("formatCode");
    if (Number.isInteger(id) && code !== undefined) out.set(id, code);
  }
  return out;
}

/** The format code of a numFmtId; null for General (and unknown built-in ids, which Excel shows as General). */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | null {
  const code = custom.get(id) ?? BUILTIN_FORMATS.get(id);
  if (code === undefined) return null;
  return code === "General" || code === "G/標準" ? null : code;
}

/** cellXfs index → format code (null = General). Empty when the package has no styles part. */
export function cellFormats(pkg: XlsxPackage): readonly (string | null)[] {
  return pkg.memo("cellFormats", () => {
    const path = workbookOf(pkg).stylesPath;
    const xml = path === null ? undefined : pkg.text(path);
    if (xml === undefined) return [];
    const p = prefixOf(xml, "styleSheet");
    const custom = customFormats(xml, p);
    const xfs = firstElement(xml, p + "cellXfs");
    if (xfs === null) return [];
    return elements(xml, p + "xf", xfs.openEnd, xfs.end).map((el) =>
      formatCode(Number(attributes(el.tag).get("numFmtId") ?? "0"), custom),
    );
  });
}
