/**
 * Writes a zip. An entry read from the input and not changed is copied as it
 * was stored (compressed bytes, CRC, date): no inflating and deflating again.
 * New and changed parts are deflated by the codec. No data descriptors, no
 * zip64: the reader's caps keep every size far below 4 GiB.
 */
import { XlsxError } from "./errors";
import type { ZipCodec } from "./zip-codec";
import type { ZipEntry } from "./zip-read";

export type ZipInput =
  /** Copied as stored. */
  | { readonly name: string; readonly stored: ZipEntry }
  /** The blocks, one after the other, deflated at `level` (0: stored). */
  | { readonly name: string; readonly data: readonly Uint8Array[]; readonly level: number };

/** 1980-01-01 00:00, MS-DOS format: new entries carry a fixed date, so that equal packages give equal bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const FLAG_UTF8 = 0x0800;
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

interface Prepared {
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The compressed bytes, in blocks. */
  readonly raw: readonly Uint8Array[];
  readonly rawSize: number;
  readonly time: number;
  readonly date: number;
  offset: number;
}

const encoder = new TextEncoder();

function sizeOf(blocks: readonly Uint8Array[]): number {
  let n = 0;
  for (const b of blocks) n += b.length;
  return n;
}

/** An entry ready to be written: copied as stored, or new bytes with their CRC and, when deflated (`raw`), the deflated blocks. */
function prepared(input: ZipInput, crc: number, raw: readonly Uint8Array[] | null): Prepared {
  const nameBytes = encoder.encode(input.name);
  const flags = nameBytes.length !== input.name.length ? FLAG_UTF8 : 0;
  if ("stored" in input) {
    const s = input.stored;
    return { nameBytes, flags, method: s.method, crc: s.crc, size: s.size, raw: [s.raw], rawSize: s.raw.length, time: s.time, date: s.date, offset: 0 };
  }
  const out = raw ?? input.data;
  return { nameBytes, flags, method: raw !== null ? 8 : 0, crc, size: sizeOf(input.data), raw: out, rawSize: sizeOf(out), time: DOS_TIME, date: DOS_DATE, offset: 0 };
}

/** Whether the entry's bytes are deflated (new or changed, level above 0, not empty). */
function deflates(input: ZipInput): input is ZipInput & { readonly data: readonly Uint8Array[]; readonly level: number } {
  return !("stored" in input) && input.level > 0 && sizeOf(input.data) > 0;
}

/** The CRC-32 of a new entry's bytes (0 for one copied as stored: it keeps its own). */
function crcOf(input: ZipInput, codec: ZipCodec): number {
  if ("stored" in input) return 0;
  let crc = 0;
  for (const b of input.data) crc = codec.crc32(b, crc);
  return crc;
}

/** The fields local and central headers share, from "version needed" to the name length. */
function common(dv: DataView, p: number, e: Prepared): void {
  dv.setUint16(p, 20, true);
  dv.setUint16(p + 2, e.flags, true);
  dv.setUint16(p + 4, e.method, true);
  dv.setUint16(p + 6, e.time, true);
  dv.setUint16(p + 8, e.date, true);
  dv.setUint32(p + 10, e.crc, true);
  dv.setUint32(p + 14, e.rawSize, true);
  dv.setUint32(p + 18, e.size, true);
  dv.setUint16(p + 22, e.nameBytes.length, true);
}

/** Zips the entries in order; returns the file's bytes. */
export function writeZip(inputs: readonly ZipInput[], codec: ZipCodec): Uint8Array {
  checkCount(inputs);
  return assemble(inputs.map((i) => prepared(i, crcOf(i, codec), deflates(i) ? codec.deflateRaw(i.data, i.level) : null)));
}

/**
 * The same bytes as writeZip, with the deflating done by the codec's
 * deflateRawAsync where it has one: every part's blocks are handed over
 * first, then the CRCs are counted here while they are deflated elsewhere.
 */
export async function writeZipAsync(inputs: readonly ZipInput[], codec: ZipCodec): Promise<Uint8Array> {
  checkCount(inputs);
  const deflate = codec.deflateRawAsync?.bind(codec) ?? ((blocks: readonly Uint8Array[], level: number) => Promise.resolve(codec.deflateRaw(blocks, level)));
  const pending = inputs.map((i) => (deflates(i) ? deflate(i.data, i.level) : null));
  // Every job is under way before the first CRC is counted; a failed job is awaited (and thrown) below.
  for (const p of pending) p?.catch(() => undefined);
  const crcs = inputs.map((i) => crcOf(i, codec));
  const raws = await Promise.all(pending);
  return assemble(inputs.map((input, k) => prepared(input, crcs[k], raws[k])));
}

function checkCount(inputs: readonly ZipInput[]): void {
  if (inputs.length > MAX_ENTRIES) throw new XlsxError("invalid-report", "more than 65535 parts");
}

/** The zip's bytes: local headers and data in order, then the central directory. */
function assemble(entries: readonly Prepared[]): Uint8Array {
  let size = 0;
  let central = 0;
  for (const e of entries) {
    e.offset = size;
    size += 30 + e.nameBytes.length + e.rawSize;
    central += 46 + e.nameBytes.length;
  }
  if (size + central > MAX_OFFSET) throw new XlsxError("invalid-report", "the package would exceed 4 GiB");
  const out = new Uint8Array(size + central + 22);
  const dv = new DataView(out.buffer);
  for (const e of entries) {
    const p = e.offset;
    dv.setUint32(p, 0x04034b50, true);
    common(dv, p + 4, e);
    out.set(e.nameBytes, p + 30);
    let at = p + 30 + e.nameBytes.length;
    for (const b of e.raw) {
      out.set(b, at);
      at += b.length;
    }
  }
  let p = size;
  for (const e of entries) {
    dv.setUint32(p, 0x02014b50, true);
    dv.setUint16(p + 4, 20, true); // made by: MS-DOS, 2.0
    common(dv, p + 6, e);
    dv.setUint32(p + 42, e.offset, true); // (comment length, disk, attributes: 0)
    out.set(e.nameBytes, p + 46);
    p += 46 + e.nameBytes.length;
  }
  dv.setUint32(p, 0x06054b50, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, central, true);
  dv.setUint32(p + 16, size, true);
  return out;
}
