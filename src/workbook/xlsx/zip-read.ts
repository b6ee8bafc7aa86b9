/**
 * Reads a zip package from its central directory, and refuses it whole rather
 * than read part of it: every entry's local header must agree with the
 * directory, no two entries may share bytes or an exact name, every entry
 * must inflate to exactly the size and CRC-32 the directory gives, and the
 * inflated sizes are capped (per part, in total, and in compression ratio
 * for large parts) before anything is inflated. Errors are XlsxError with a
 * zip-* code and the part concerned.
 */
import { XlsxError } from "./errors";
import type { ZipCodec } from "./zip-codec";

export interface ZipLimits {
  /** Largest inflated part, in bytes. */
  readonly partBytes: number;
  /** Largest total of all inflated parts, in bytes. */
  readonly totalBytes: number;
  /** Parts inflating to at least this many bytes ... */
  readonly ratioFrom: number;
  /** ... may not be more than this many times their compressed size. */
  readonly ratio: number;
}

/** See docs/decisions.md ("Zip reading"): why these numbers. */
export const ZIP_LIMITS: ZipLimits = { partBytes: 256 << 20, totalBytes: 512 << 20, ratioFrom: 16 << 20, ratio: 400 };

/** An entry as stored: enough to copy it into a new zip without inflating it again. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  readonly crc: number;
  /** Inflated size. */
  readonly size: number;
  /** The compressed bytes: a view into the file's bytes. */
  readonly raw: Uint8Array;
  /** MS-DOS time and date of the entry, kept when it is copied. */
  readonly time: number;
  readonly date: number;
}

export interface UnzippedEntry {
  readonly entry: ZipEntry;
  readonly data: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const END_SIZE = 22;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const U32 = 0xffffffff;

interface Directory {
  readonly offset: number;
  readonly size: number;
  readonly count: number;
}

/** A central directory record, before its local header is checked. */
interface Central {
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

function damaged(why: string, part: string | null = null): XlsxError {
  return new XlsxError("zip-damaged", "damaged zip: " + why + (part === null ? "" : " (" + part + ")"), null, part === null ? {} : { part });
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end-of-central-directory record: the last one in the file's final 64 KiB. */
function findEnd(bytes: Uint8Array, dv: DataView): number {
  const lowest = Math.max(0, bytes.length - END_SIZE - 0xffff);
  for (let i = bytes.length - END_SIZE; i >= lowest; i--) {
    if (bytes[i] === 0x50 && dv.getUint32(i, true) === SIG_END) return i;
  }
  if (bytes.length >= 4 && dv.getUint32(0, true) === SIG_LOCAL) {
    throw new XlsxError("zip-truncated", "zip without an end of central directory: the file is cut short");
  }
  throw new XlsxError("not-a-package", "not a zip package (no end of central directory)");
}

function readDirectory(bytes: Uint8Array, dv: DataView): Directory {
  const end = findEnd(bytes, dv);
  if (dv.getUint16(end + 4, true) !== 0 || dv.getUint16(end + 6, true) !== 0) {
    throw new XlsxError("zip-unsupported", "a multi-disk zip");
  }
  let count = dv.getUint16(end + 10, true);
  let size = dv.getUint32(end + 12, true);
  let offset = dv.getUint32(end + 16, true);
  let top = end;
  if (count === 0xffff || size === U32 || offset === U32) {
    const loc = end - 20;
    if (loc >= 0 && dv.getUint32(loc, true) === SIG_LOCATOR64) {
      const end64 = Number(dv.getBigUint64(loc + 8, true));
      if (end64 + 56 > loc || dv.getUint32(end64, true) !== SIG_END64) throw damaged("zip64 end record out of place");
      count = Number(dv.getBigUint64(end64 + 32, true));
      size = Number(dv.getBigUint64(end64 + 40, true));
      offset = Number(dv.getBigUint64(end64 + 48, true));
      top = end64;
    }
  }
  if (offset + size > top) throw damaged("the central directory runs past its end record");
  return { offset, size, count };
}

/** Applies a zip64 extra field (id 1) to the values the record left at 0xFFFFFFFF. */
function zip64Values(dv: DataView, extra: number, extraEnd: number, c: { size: number; compressedSize: number; offset: number }): void {
  for (let p = extra; p + 4 <= extraEnd; ) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    if (p + 4 + len > extraEnd) throw damaged("an extra field runs past its record");
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + len) throw damaged("short zip64 field");
        const v = Number(dv.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (c.size === U32) c.size = next();
      if (c.compressedSize === U32) c.compressedSize = next();
      if (c.offset === U32) c.offset = next();
      return;
    }
    p += 4 + len;
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const LATIN1 = new TextDecoder("latin1");

/** Names are UTF-8 when flagged, and in practice also when not; anything else is read byte for byte. */
function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) return new TextDecoder("utf-8").decode(bytes);
  try {
    return UTF8.decode(bytes);
  } catch {
    return LATIN1.decode(bytes);
  }
}

function readCentral(bytes: Uint8Array, dv: DataView, dir: Directory): Central[] {
  const out: Central[] = [];
  const end = dir.offset + dir.size;
  let p = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (p + 46 > end || dv.getUint32(p, true) !== SIG_CENTRAL) throw damaged("central directory record " + (i + 1) + " is missing");
    const flags = dv.getUint16(p + 8, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > end) throw damaged("central directory record " + (i + 1) + " runs past the directory");
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const c = {
      size: dv.getUint32(p + 24, true),
      compressedSize: dv.getUint32(p + 20, true),
      offset: dv.getUint32(p + 42, true),
    };
    zip64Values(dv, p + 46 + nameLen, p + 46 + nameLen + extraLen, c);
    out.push({
      name: decodeName(nameBytes, flags),
      nameBytes,
      flags,
      method: dv.getUint16(p + 10, true),
      time: dv.getUint16(p + 12, true),
      date: dv.getUint16(p + 14, true),
      crc: dv.getUint32(p + 16, true),
      ...c,
    });
    p = next;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Checks an entry's local header against its directory record; returns where its data is. */
function dataRange(bytes: Uint8Array, dv: DataView, c: Central, dirOffset: number): { start: number; end: number } {
  const p = c.offset;
  if (p + 30 > dirOffset || dv.getUint32(p, true) !== SIG_LOCAL) throw damaged("no local header where the directory says", c.name);
  const nameLen = dv.getUint16(p + 26, true);
  const start = p + 30 + nameLen + dv.getUint16(p + 28, true);
  if (!sameBytes(bytes.subarray(p + 30, p + 30 + nameLen), c.nameBytes)) throw damaged("local name differs from the directory's", c.name);
  if (dv.getUint16(p + 8, true) !== c.method) throw damaged("local method differs from the directory's", c.name);
  if (!(dv.getUint16(p + 6, true) & FLAG_DESCRIPTOR)) {
    const crc = dv.getUint32(p + 14, true);
    const csize = dv.getUint32(p + 18, true);
    const size = dv.getUint32(p + 22, true);
    // 0xFFFFFFFF: the value is in the local zip64 field, which only restates the directory's.
    if (crc !== c.crc || (csize !== U32 && csize !== c.compressedSize) || (size !== U32 && size !== c.size)) {
      throw damaged("local sizes or CRC differ from the directory's", c.name);
    }
  }
  const end = start + c.compressedSize;
  if (end > dirOffset) throw damaged("entry data runs into the central directory", c.name);
  return { start, end };
}

function checkEntry(c: Central, seen: Set<string>): void {
  if (c.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
    throw new XlsxError("zip-encrypted-entry", "zip-encrypted entry " + c.name, null, { part: c.name });
  }
  if (c.method !== 0 && c.method !== 8) {
    throw new XlsxError("zip-unsupported", "compression method " + c.method + " in " + c.name, null, { part: c.name });
  }
  if (seen.has(c.name)) throw new XlsxError("zip-duplicate-part", "two entries named " + c.name, null, { part: c.name });
  seen.add(c.name);
}

/** The caps, on the sizes the directory gives (inflation then holds each entry to its size). */
function checkLimits(list: readonly Central[], limits: ZipLimits): void {
  let total = 0;
  for (const c of list) {
    if (c.size > limits.partBytes) throw new XlsxError("part-too-large", c.name + " inflates to " + c.size + " bytes", null, { part: c.name });
    if (c.size >= limits.ratioFrom && c.size > limits.ratio * c.compressedSize) {
      throw new XlsxError("part-ratio", c.name + ": " + c.compressedSize + " bytes inflate to " + c.size, null, { part: c.name });
    }
    total += c.size;
    if (total > limits.totalBytes) throw new XlsxError("package-too-large", "parts inflate to more than " + limits.totalBytes + " bytes", null, { part: c.name });
  }
}

/** The entries of a zip, checked, in directory order (folder entries `xl/` too: they are copied back). */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const dv = view(bytes);
  const dir = readDirectory(bytes, dv);
  const list = readCentral(bytes, dv, dir);
  const seen = new Set<string>();
  for (const c of list) checkEntry(c, seen);
  checkLimits(list, limits);
  const ranges = list.map((c) => ({ c, ...dataRange(bytes, dv, c, dir.offset) }));
  const byStart = [...ranges].sort((a, b) => a.c.offset - b.c.offset);
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i].c.offset < byStart[i - 1].end) throw damaged("entries overlap", byStart[i].c.name);
  }
  return ranges.map(({ c, start, end }) => ({
    name: c.name,
    method: c.method as 0 | 8,
    crc: c.crc,
    size: c.size,
    raw: bytes.subarray(start, end),
    time: c.time,
    date: c.date,
  }));
}

/** An entry's content, held to its size and CRC-32. */
export function inflateEntry(e: ZipEntry, codec: ZipCodec): Uint8Array {
  const corrupt = (why: string) => new XlsxError("zip-corrupt-part", e.name + ": " + why, null, { part: e.name });
  let data: Uint8Array;
  if (e.method === 0) data = e.raw;
  else if (e.size === 0 && e.raw.length === 0) data = e.raw;
  else {
    try {
      data = codec.inflateRaw(e.raw, e.size);
    } catch (err) {
      throw corrupt("does not inflate (" + (err instanceof Error ? err.message : String(err)) + ")");
    }
  }
  if (data.length !== e.size) throw corrupt(data.length + " bytes where the directory says " + e.size);
  if (codec.crc32(data) !== e.crc) throw corrupt("CRC-32 differs from the directory's");
  return data;
}

/** Every entry checked and inflated: the package is read whole or not at all. */
export function unzipChecked(bytes: Uint8Array, codec: ZipCodec, limits: ZipLimits = ZIP_LIMITS): UnzippedEntry[] {
  return readZipEntries(bytes, limits).map((entry) => ({ entry, data: inflateEntry(entry, codec) }));
}
