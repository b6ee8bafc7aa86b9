/**
 * How big a request or response is: the JSON text of what goes over the wire,
 * in UTF-8 bytes. Computed by walking values (as JSON.stringify would write
 * them) rather than stringifying, so that measuring a 4 MB block stays cheap.
 *
 * Requests are measured the way real Office.js builds them (see request.ts):
 * the body of a sync is
 *
 *   {"AutoKeepReference":true,"Actions":[...],"ObjectPaths":{"1":{...},...}}
 *
 * and the pieces below are its parts, written out as JSON templates with
 * every Id left empty: the Ids (one counter per request context, running
 * across the syncs of one Excel.run) and the variable parts (names,
 * arguments) are added by the measure. They were taken from — and checked
 * against — the real library: Office.js 16.00 (@microsoft/office-js,
 * excel-web-16.00.debug.js) loaded in headless Chromium, statements queued
 * inside Excel.run (AutoKeepReference on), the context's request executor
 * replaced by a recorder of JSON.stringify(message body) — exactly what the
 * library hands the host — and the bytes of 1, 2, 3, 10 and 100 repetitions
 * of each statement compared (test/workbook/office/fake-excel.test.ts holds
 * the per-statement results and checks this measure against them).
 */

/** The request body around the lists; `true`/`false` goes after AutoKeepReference (true when a _KeepReference action is in the request). */
export const ENVELOPE_TEMPLATE = '{"AutoKeepReference":,"Actions":[],"ObjectPaths":{}}';
/** ObjectPaths entry of the global object (the workbook), keyed by its Id. */
export const GLOBAL_PATH_TEMPLATE = '"":{"Id":,"ObjectPathType":1,"Name":""}';
/** ObjectPaths entry of a property object (range.format, format.font, workbook.worksheets, ...): name and parent. */
export const PROPERTY_PATH_TEMPLATE = '"":{"Id":,"ObjectPathType":4,"Name":"","ParentObjectPathId":}';
/**
 * ObjectPaths entry of an object returned by a method (type 3: GetRangeByIndexes, GetCell, Add, ...)
 * or by an indexer (type 5, Name "": worksheets.getItem, borders.getItem, ...); arguments as a JSON array.
 */
export const METHOD_PATH_TEMPLATE = '"":{"Id":,"ObjectPathType":3,"Name":"","ParentObjectPathId":,"ArgumentInfo":{"Arguments":}}';
/** Added inside ArgumentInfo when an argument is an object (its path Id is sent, 0 for the others). */
export const REFERENCED_IDS_TEMPLATE = ',"ReferencedObjectPathIds":';
/** Every object used in a request is instantiated in it (once; a Range made under Excel.run twice, around its _KeepReference). */
export const INSTANTIATE_TEMPLATE = '{"Id":,"ActionType":1,"Name":"","ObjectPathId":}';
/** Every Range (and RangeAreas) made under Excel.run is kept for the run: this call, in the request that makes it. */
export const KEEP_REFERENCE_TEMPLATE = '{"Id":,"ActionType":3,"Name":"_KeepReference","ObjectPathId":,"ArgumentInfo":{"Arguments":[]}}';
/** A property set (ActionType 4) or method call (3): name (PascalCase, same length) and the arguments inside the brackets. */
export const SET_OR_CALL_TEMPLATE = '{"Id":,"ActionType":4,"Name":"","ObjectPathId":,"ArgumentInfo":{"Arguments":[]}}';
/** A load: QueryInfo is {} or {"Select":[...]} (and "Expand"). */
export const QUERY_TEMPLATE = '{"Id":,"ActionType":2,"Name":"","ObjectPathId":,"QueryInfo":}';
/**
 * Early dispose: the last action using an object path lists its Id (`"L":[7,11]`),
 * so every path of a request is listed once, on the last action that uses it.
 */
export const DISPOSE_LIST_TEMPLATE = ',"L":[]';

/** What the fake adds per load result. */
export const RESULT_OVERHEAD_BYTES = 32;

/** Characters of a non-negative integer (an Id). */
export function digits(n: number): number {
  let d = 1;
  for (let a = n; a >= 10; a = Math.floor(a / 10)) d++;
  return d;
}

/**
 * UTF-8 length of a string. This and the JSON sizes below repeat the
 * adapter's (src/workbook/office/payload.ts) on purpose: the fake is the
 * measuring instrument, and a bug in a shared helper would cancel out.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a string's JSON text (quotes and escapes included). */
function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** An object nested inside an argument value: `{"_ObjectPathId":12}`. */
const REF_BYTES = 20;

/** Characters of a number's JSON text, without building the string for the common case (integers). */
export function numberBytes(v: number): number {
  if (!Number.isFinite(v)) return 4;
  if (Number.isInteger(v) && Math.abs(v) < 1e15) {
    let n = v < 0 ? 2 : 1;
    for (let a = Math.abs(v); a >= 10; a = Math.floor(a / 10)) n++;
    return n;
  }
  return String(v).length;
}

export function jsonBytes(value: unknown): number {
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return numberBytes(value);
    case "boolean":
      return value ? 4 : 5;
    case "undefined":
    case "function":
      return 4;
  }
  if (value === null) return 4;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonBytes(v);
    return n;
  }
  if ("_isProxy" in (value as object)) return REF_BYTES;
  let n = 2;
  let first = true;
  for (const [k, v] of Object.entries(value as object)) {
    if (v === undefined || typeof v === "function") continue;
    n += (first ? 0 : 1) + stringBytes(k) + 1 + jsonBytes(v);
    first = false;
  }
  return n;
}
