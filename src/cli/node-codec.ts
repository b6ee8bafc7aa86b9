/**
 * The command line's deflate: the platform's zlib (native code), chosen here
 * once for every package the command line opens and writes (files.ts and
 * consolidate-command.ts pass cliCodec). Inflation is bounded by zlib's
 * maxOutputLength, which stops the inflater as soon as the output passes the
 * size the zip directory gives.
 */
import * as zlib from "zlib";
import { crc32 as jsCrc32 } from "../workbook/xlsx/zip-crc";
import type { ZipCodec } from "../workbook/xlsx/zip-codec";

/** zlib.crc32 exists from Node 20.15 / 22.2; older Node 20 releases use the table-driven one. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** Output buffers of zlib: one of the expected size, so that the output is not assembled from pieces. */
const MAX_CHUNK = 64 << 20;

function asBytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export const nodeCodec: ZipCodec = {
  inflateRaw: (data, size) =>
    asBytes(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(MAX_CHUNK, size + 1)) })),
  deflateRaw(blocks, level) {
    // Each block but the last ends on a sync flush (no final bit): their outputs, one after the other, are one stream.
    return blocks.map((b, i) =>
      asBytes(zlib.deflateRawSync(b, { level, finishFlush: i === blocks.length - 1 ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH })),
    );
  },
  crc32: nativeCrc32 === undefined ? jsCrc32 : (data, crc = 0) => nativeCrc32(data, crc) >>> 0,
};

/** The codec of the command line. */
export const cliCodec: ZipCodec = nodeCodec;
