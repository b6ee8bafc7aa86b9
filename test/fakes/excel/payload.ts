/**
 * How big a request or response is: the JSON text of what goes over the wire,
 * in UTF-8 bytes. Proxies inside arguments count as a short reference.
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

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value, (_k, v: unknown) => {
    if (v !== null && typeof v === "object" && "_isProxy" in (v as object)) return { _ref: 1 };
    return v;
  });
  return text === undefined ? 0 : utf8Length(text);
}
