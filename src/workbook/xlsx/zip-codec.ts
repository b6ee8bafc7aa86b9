/**
 * What the zip reader and writer need from a deflate implementation. The
 * package code is browser-safe and defaults to fflate (pure JS); the command
 * line passes the platform's native zlib instead (src/cli/node-codec.ts),
 * which is several times faster on large sheets.
 */
import { deflateSync, inflateSync, Inflate } from "fflate";
import { crc32 } from "./zip-crc";

export interface ZipCodec {
  /**
   * Inflates raw deflate data that should hold exactly `size` bytes. Throws
   * when the stream is broken or would give more than `size` bytes — and
   * then stops early, so a lying zip bomb costs no more than `size` bytes of
   * work. May return fewer bytes (the caller compares).
   */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** Raw deflate (no zlib header), level 0–9. */
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** Deflate cannot expand more than about 1032:1; rounded up. */
const MAX_DEFLATE_RATIO = 1100;
/** Below this worst-case output, one-shot inflation is cheaper than bounding it by streaming. */
const ONE_SHOT_BYTES = 64 << 20;
/** Compressed bytes per step: one step may inflate ~1100 times as much before the bound is checked. */
const MIN_STEP = 1 << 10;
const MAX_STEP = 64 << 10;

class TooLarge extends Error {}

/** fflate's one-shot inflation does not stop when its output buffer is full: stream in steps and stop at the bound. */
function inflateBounded(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let n = 0;
  const inflater = new Inflate((chunk) => {
    if (n + chunk.length > size) throw new TooLarge("more than " + size + " bytes");
    out.set(chunk, n);
    n += chunk.length;
  });
  const step = Math.max(MIN_STEP, Math.min(MAX_STEP, Math.floor(size / MAX_DEFLATE_RATIO)));
  for (let i = 0; i < data.length; i += step) {
    const end = Math.min(i + step, data.length);
    inflater.push(data.subarray(i, end), end === data.length);
  }
  return out.subarray(0, n);
}

export const fflateCodec: ZipCodec = {
  inflateRaw(data, size) {
    if (data.length * MAX_DEFLATE_RATIO > ONE_SHOT_BYTES) return inflateBounded(data, size);
    // One byte of room more than expected: output that fills it was longer than the directory said.
    const out = inflateSync(data, { out: new Uint8Array(size + 1) });
    if (out.length > size) throw new TooLarge("more than " + size + " bytes");
    return out;
  },
  deflateRaw: (data, level) => deflateSync(data, { level: level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }),
  crc32,
};
