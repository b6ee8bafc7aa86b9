/**
 * What the zip reader and writer need from a deflate implementation. The
 * package code is browser-safe and defaults to fflate (pure JS); the command
 * line passes the platform's native zlib instead (src/cli/node-codec.ts),
 * which is several times faster on large sheets.
 */
import { Deflate, deflateSync, inflateSync, Inflate } from "fflate";
import { crc32 } from "./zip-crc";

export interface ZipCodec {
  /**
   * Inflates raw deflate data that should hold exactly `size` bytes. Throws
   * when the stream is broken or would give more than `size` bytes — and
   * then stops early, so a lying zip bomb costs no more than `size` bytes of
   * work. May return fewer bytes (the caller compares).
   */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /**
   * Raw deflate (no zlib header), level 0–9, of the blocks one after the
   * other (a large generated part comes in blocks: it is never joined).
   */
  deflateRaw(blocks: readonly Uint8Array[], level: number): Uint8Array[];
  /**
   * The same bytes as deflateRaw, made off the calling thread, several
   * blocks at once (the command line: zlib's thread pool). Optional: where it
   * is missing, an asynchronous save deflates with deflateRaw.
   */
  deflateRawAsync?(blocks: readonly Uint8Array[], level: number): Promise<Uint8Array[]>;
  /**
   * Optional hint: `block` will be deflated at `level` by deflateRawAsync,
   * and not as its part's last block. The codec may start on it now; the
   * block must not change afterwards.
   */
  deflateAhead?(block: Uint8Array, level: number): void;
  /** The CRC-32 of `data`, continuing from `crc` (the CRC of what came before; 0 to start). */
  crc32(data: Uint8Array, crc?: number): number;
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
  deflateRaw(blocks, level) {
    const lv = level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
    if (blocks.length === 1) return [deflateSync(blocks[0], { level: lv })];
    const out: Uint8Array[] = [];
    const deflater = new Deflate({ level: lv }, (chunk) => void out.push(chunk));
    blocks.forEach((b, i) => deflater.push(b, i === blocks.length - 1));
    if (blocks.length === 0) deflater.push(new Uint8Array(0), true);
    return out;
  },
  crc32,
};
