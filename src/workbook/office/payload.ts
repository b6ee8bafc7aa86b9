/**
 * Request size budget and the JSON sizes the estimates are made of.
 *
 * Excel on the web rejects a request or response above 5 MB
 * (RequestPayloadSizeLimitExceeded); we budget 4 MB. A request's size is
 * estimated as the JSON body Office.js sends (UTF-8 bytes): the values and
 * arguments (below) plus the object paths and actions every statement takes
 * (request-cost.ts), which the estimate never puts below the real size; the
 * budget's margin is for responses and for what the estimate does not know.
 * A range read is also limited to 5,000,000 cells.
 */

export const MB = 1024 * 1024;
export const REQUEST_BUDGET_BYTES = 4 * MB;
export const CELL_READ_LIMIT = 5_000_000;

/** UTF-8 length of a string's JSON text, quotes and escapes included. */
export function jsonStringBytes(s: string): number {
  return byteLength(s, true);
}

/** Characters of a number's JSON text (integers without building the string). */
export function jsonNumberBytes(v: number): number {
  if (!Number.isFinite(v)) return 4;
  if (Number.isInteger(v) && Math.abs(v) < 1e15) {
    let n = v < 0 ? 2 : 1;
    for (let a = Math.abs(v); a >= 10; a = Math.floor(a / 10)) n++;
    return n;
  }
  return String(v).length;
}

/** UTF-8 length of a string (no quotes, no escapes). */
export function utf8Bytes(s: string): number {
  return byteLength(s, false);
}

/** UTF-8 length of s; with `json`, of its JSON text: quotes, `\"` / `\\`, and `\u00XX` for control characters. */
function byteLength(s: string, json: boolean): number {
  let n = json ? 2 : 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += json && (c === 0x22 || c === 0x5c) ? 2 : json && c < 0x20 ? 6 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON size of one value: a cell value, or an object argument (a hyperlink, a zoom). */
export function jsonValueBytes(v: unknown): number {
  if (typeof v === "string") return jsonStringBytes(v);
  if (typeof v === "number") return jsonNumberBytes(v);
  if (typeof v === "boolean") return v ? 4 : 5;
  if (v === null || v === undefined) return 4;
  return utf8Bytes(JSON.stringify(v));
}

/** JSON size of one row (`[a,b,c]`). */
export function rowJsonBytes(row: readonly unknown[]): number {
  let n = 2 + Math.max(0, row.length - 1);
  for (let i = 0; i < row.length; i++) n += jsonValueBytes(row[i]);
  return n;
}

/** JSON size of a 2-D array. */
export function rowsJsonBytes(rows: readonly (readonly unknown[])[] | null | undefined): number {
  if (!rows) return 4;
  let n = 2 + Math.max(0, rows.length - 1);
  for (const row of rows) n += rowJsonBytes(row);
  return n;
}

/** Office.js error code (`ItemNotFound`, `RequestPayloadSizeLimitExceeded`, ...), if any. */
export function errorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") return (e as { code: string }).code;
  return undefined;
}

/** The request or the response was too big (Excel on the web). */
export function isPayloadLimitError(e: unknown): boolean {
  const code = errorCode(e);
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") return true;
  const message = e instanceof Error ? e.message : "";
  return /payload size/i.test(message);
}
