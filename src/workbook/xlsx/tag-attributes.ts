/**
 * The attributes of a start tag in a sheet part, one at a time, without
 * allocating: the scanner reads `<row>` and `<c>` attributes with this one
 * loop. Parts are checked well-formed before they are read (xml-check.ts),
 * so every value is quoted; the checks here only keep a scan from running
 * away should that ever not hold.
 */
import { damagedPart } from "./damaged";

/** Where the last attribute read lies (reused: one per scanner). */
export interface AttributeSpan {
  nameStart: number;
  nameLength: number;
  valueStart: number;
  valueEnd: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Reads the attribute at or after `from` (before `end`, the tag's `>` or
 * `/>`) into `out`; returns the offset after its closing quote, or -1 when
 * the tag has no more attributes.
 */
export function nextAttribute(xml: string, from: number, end: number, out: AttributeSpan, part: string): number {
  let j = from;
  while (j < end && isSpace(xml.charCodeAt(j))) j++;
  if (j >= end) return -1;
  const name = j;
  while (j < end && xml.charCodeAt(j) !== 61 && !isSpace(xml.charCodeAt(j))) j++;
  const nameLength = j - name;
  while (j < end && xml.charCodeAt(j) !== 34 && xml.charCodeAt(j) !== 39) j++;
  const q = xml.charCodeAt(j);
  const valueEnd = j < end ? xml.indexOf(q === 34 ? '"' : "'", j + 1) : -1;
  if (valueEnd < 0 || valueEnd >= end) throw damagedPart(part, xml, name, "attribute value without quotes");
  out.nameStart = name;
  out.nameLength = nameLength;
  out.valueStart = j + 1;
  out.valueEnd = valueEnd;
  return valueEnd + 1;
}
