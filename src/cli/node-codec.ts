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
import { DeflateJobs } from "./deflate-jobs";

/** zlib.crc32 exists from Node 20.15 / 22.2; older Node 20 releases use the table-driven one. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The report's blocks being deflated on the thread pool (deflate-jobs.ts). */
const jobs = new DeflateJobs();

/** Blocks deflated ahead (not last in their part: sync flush), by block; forgotten with the block. */
const ahead = new WeakMap<Uint8Array, { readonly level: number; readonly job: Promise<Buffer> }>();

/** Output buffers of zlib: one of the expected size, so that the output is not assembled from pieces. */
const MAX_CHUNK = 64 << 20;

function asBytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Each block but the last ends on a sync flush (no final bit): their outputs,
 * one after the other, are one stream. The output buffer is a quarter of the
 * block: XML deflates to less than a fifth (see deflate-jobs.ts for why a job
 * needs room for its whole output).
 */
function blockOptions(block: Uint8Array, level: number, last: boolean): zlib.ZlibOptions {
  const chunkSize = Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(MAX_CHUNK, (block.length >> 2) + 1024));
  return { level, chunkSize, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
}

export const nodeCodec: ZipCodec = {
  inflateRaw: (data, size) =>
    asBytes(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(MAX_CHUNK, size + 1)) })),
  deflateRaw: (blocks, level) => blocks.map((b, i) => asBytes(zlib.deflateRawSync(b, blockOptions(b, level, i === blocks.length - 1)))),
  // The same options block by block, so the same bytes as deflateRaw; the blocks are deflated side by side.
  deflateRawAsync: (blocks, level) =>
    Promise.all(
      blocks.map((b, i) => {
        const last = i === blocks.length - 1;
        const early = ahead.get(b);
        const job = early !== undefined && early.level === level && !last ? early.job : jobs.run(b, blockOptions(b, level, last));
        return job.then(asBytes);
      }),
    ),
  deflateAhead(block, level) {
    if (ahead.has(block)) return;
    const job = jobs.tryStart(block, blockOptions(block, level, false));
    if (job === null) return; // every place held: the block is deflated when its part is saved
    job.catch(() => undefined); // awaited, and its failure thrown, when the part is saved
    ahead.set(block, { level, job });
  },
  crc32: nativeCrc32 === undefined ? jsCrc32 : (data, crc = 0) => nativeCrc32(data, crc) >>> 0,
};

/** The codec of the command line. */
export const cliCodec: ZipCodec = nodeCodec;
