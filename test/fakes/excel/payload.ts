/**
 * How big a request or response is: the JSON text of what goes over the wire,
 * in UTF-8 bytes. Proxies inside arguments count as a short reference.
 * Computed by walking the value (as JSON.stringify would write it) rather
 * than stringifying, so that measuring a 4 MB block stays cheap.
 */

/** What the fake adds per queued operation for its action envelope (ids, type, property name). */
export const OP_OVERHEAD_BYTES = 64;
/** What the fake adds per load result. */
export const RESULT_OVERHEAD_BYTES = 32;

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

const REF_BYTES = 10; // {"_ref":1}

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
