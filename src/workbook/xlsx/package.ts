/**
 * The .xlsx package as a map of part path → bytes, so that every part the
 * adapter does not need to change (charts, drawings, pivot tables and their
 * caches, images, VBA, custom XML, comments, ...) is written back exactly as
 * it was read. Works on Uint8Array only (browser-safe); the command line does
 * the file I/O.
 *
 * Packages are immutable: `edit()` gives an editor whose `build()` returns a
 * new package sharing the unchanged parts' bytes with the old one.
 */
import { strToU8 } from "fflate";
import { damagedPart } from "./damaged";
import { XlsxError } from "./errors";
import { inlineChecker, PENDING, type PartChecker } from "./part-check";
import { decodeText } from "./text-decode";
import type { XmlFault } from "./xml-check";
import { workbookOf } from "./workbook";
import { fflateCodec, type ZipCodec } from "./zip-codec";
import { unzipChecked, type ZipEntry } from "./zip-read";
import { writeZip, writeZipAsync, type ZipInput } from "./zip-write";

/** Part names are case-insensitive in OPC; zip entry names are not. */
function foldCase(path: string): string {
  return path.toLowerCase();
}

/** A part's content: its bytes, or the blocks of a large generated part, one after the other. */
export type PartData = Uint8Array | readonly Uint8Array[];

export class XlsxPackage {
  /** Part paths in zip order (the original order; parts added by an edit come last). */
  readonly paths: readonly string[];
  /** A part's content: one array, or the blocks of a large generated part (joined only if someone reads it). */
  private readonly parts: Map<string, PartData>;
  /** Folded path → path as stored. */
  private readonly byFoldedPath: ReadonlyMap<string, string>;
  private readonly texts = new Map<string, string>();
  private readonly memos = new Map<string, unknown>();
  /** Parts as stored in the file read, for the ones not changed since: copied into a new zip as they are. */
  private readonly stored: ReadonlyMap<string, ZipEntry>;
  /** The deflate implementation the package was read with; saving uses it too. */
  readonly codec: ZipCodec;
  /** Checks each part read as text (part-check.ts). */
  private readonly checker: PartChecker;

  constructor(
    entries: Iterable<readonly [string, PartData]>,
    stored: ReadonlyMap<string, ZipEntry> = new Map(),
    codec: ZipCodec = fflateCodec,
    checker: PartChecker = inlineChecker,
  ) {
    this.stored = stored;
    this.codec = codec;
    this.checker = checker;
    const parts = new Map<string, PartData>();
    const folded = new Map<string, string>();
    for (const [path, bytes] of entries) {
      parts.set(path, bytes);
      folded.set(foldCase(path), path);
    }
    this.parts = parts;
    this.byFoldedPath = folded;
    this.paths = [...parts.keys()];
  }

  /** The stored path of a part, matched case-insensitively, or undefined. */
  resolve(path: string): string | undefined {
    return this.parts.has(path) ? path : this.byFoldedPath.get(foldCase(path));
  }

  has(path: string): boolean {
    return this.resolve(path) !== undefined;
  }

  /** The part as stored in the file read, when it has not changed since. */
  storedEntry(path: string): ZipEntry | undefined {
    return this.stored.get(path);
  }

  /** A part's bytes. Never write into them: they are shared with every package built from this one. */
  bytes(path: string): Uint8Array | undefined {
    const stored = this.resolve(path);
    if (stored === undefined) return undefined;
    const data = this.parts.get(stored) as PartData;
    if (data instanceof Uint8Array) return data;
    const joined = joinBlocks(data);
    this.parts.set(stored, joined);
    return joined;
  }

  /** A part's content as blocks, never joined (what the zip writer deflates). */
  blocks(path: string): readonly Uint8Array[] | undefined {
    const stored = this.resolve(path);
    const data = stored === undefined ? undefined : this.parts.get(stored);
    return data === undefined ? undefined : data instanceof Uint8Array ? [data] : data;
  }

  /**
   * A part decoded as text (UTF-8, or UTF-16 with a byte-order mark), decoded
   * once. Every part read as text is XML, and is checked whole: a part that
   * is not well-formed or holds a DTD throws XlsxError damaged-part (part,
   * line) before anyone reads it — or, when the package's checker took the
   * part to check elsewhere, from settle() (part-check.ts).
   */
  text(path: string): string | undefined {
    const stored = this.resolve(path);
    if (stored === undefined) return undefined;
    let s = this.texts.get(stored);
    if (s === undefined) {
      const bytes = this.bytes(stored) as Uint8Array;
      s = decodeText(bytes);
      const fault = this.checker.check(stored, s, bytes);
      if (fault !== null && fault !== PENDING) throw partFaultError(stored, s, fault);
      this.texts.set(stored, s);
    }
    return s;
  }

  /**
   * The verdict on the parts read so far whose check ran elsewhere: throws
   * their first fault as text() would have (XlsxError damaged-part); resolves
   * when all are sound, or when none were taken.
   */
  async settle(): Promise<void> {
    const found = await this.checker.settle();
    if (found === null) return;
    throw partFaultError(found.part, this.texts.get(found.part) ?? "", found.fault);
  }

  /** A value derived from the (immutable) parts, computed once per package. */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  edit(): PackageEditor {
    return new PackageEditor(
      this.paths.map((p) => [p, this.parts.get(p) as PartData] as const),
      this.stored,
      this.codec,
    );
  }
}

/** Collects changes to a package; `build()` makes the new package. The source package is not touched. */
export class PackageEditor {
  private readonly parts: Map<string, PartData>;
  private readonly byFoldedPath = new Map<string, string>();
  private readonly stored: Map<string, ZipEntry>;

  constructor(
    entries: readonly (readonly [string, PartData])[],
    stored: ReadonlyMap<string, ZipEntry> = new Map(),
    private readonly codec: ZipCodec = fflateCodec,
  ) {
    this.parts = new Map(entries);
    this.stored = new Map(stored);
    for (const [p] of entries) this.byFoldedPath.set(foldCase(p), p);
  }

  has(path: string): boolean {
    return this.byFoldedPath.has(foldCase(path));
  }

  /** Replaces a part in place (keeping its zip position) or appends a new one. */
  set(path: string, data: PartData | string): void {
    const stored = this.byFoldedPath.get(foldCase(path)) ?? path;
    this.parts.set(stored, typeof data === "string" ? strToU8(data) : data);
    this.stored.delete(stored);
    this.byFoldedPath.set(foldCase(path), stored);
  }

  delete(path: string): void {
    const stored = this.byFoldedPath.get(foldCase(path));
    if (stored === undefined) return;
    this.parts.delete(stored);
    this.stored.delete(stored);
    this.byFoldedPath.delete(foldCase(path));
  }

  build(): XlsxPackage {
    return new XlsxPackage(this.parts.entries(), this.stored, this.codec);
  }
}

function joinBlocks(blocks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** The error of a part that is not well-formed or holds a DTD, found now or by a checker elsewhere. */
function partFaultError(part: string, text: string, fault: XmlFault): XlsxError {
  return damagedPart(part, text, fault.offset, fault.what, fault.dtd ? "dtd" : "malformed");
}

/** The signature of an OLE compound file: legacy .xls, or an encrypted .xlsx. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * Unzips a package, whole or not at all (zip-read.ts: sizes, CRC-32, caps).
 * Every part is inflated and checked now; their text is decoded lazily, when
 * a reader asks for it. Throws XlsxError: not-a-package, encrypted-or-legacy,
 * no-workbook, and the zip-* codes of zip-read.ts.
 */
export function openPackage(bytes: Uint8Array, codec: ZipCodec = fflateCodec, checker: PartChecker = inlineChecker): XlsxPackage {
  if (isCompoundFile(bytes)) {
    throw new XlsxError("encrypted-or-legacy", "an OLE compound file (encrypted .xlsx or legacy .xls), not a zip package");
  }
  const unzipped = unzipChecked(bytes, codec);
  const stored = new Map(unzipped.map((u) => [u.entry.name, u.entry] as const));
  const pkg = new XlsxPackage(
    unzipped.map((u) => [u.entry.name, u.data] as const),
    stored,
    codec,
    checker,
  );
  workbookOf(pkg); // a package without a workbook is refused now, not at the first read
  return pkg;
}

export interface SaveOptions {
  /** Deflate level 0–9 for new and changed text parts (default DEFAULT_LEVEL). */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** The deflate implementation (default: the one the package was read with). */
  readonly codec?: ZipCodec;
}

/** Deflate level for new and changed parts: level 1, as Excel itself writes (figures: docs/xlsx-package.md). */
export const DEFAULT_LEVEL = 1;

/** Already-compressed media: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif|tiff?|zip|gz|mp3|mp4|m4a|wdp|jxr)$/i;

/**
 * Zips a package: parts in `paths` order, each part's content exactly its
 * bytes. Parts unchanged since the package was read are copied as they were
 * stored; the others are deflated.
 */
export function savePackage(pkg: XlsxPackage, opts: SaveOptions = {}): Uint8Array {
  return writeZip(zipInputs(pkg, opts), opts.codec ?? pkg.codec);
}

/** savePackage's bytes, deflated off the main thread where the codec can (the command line's zlib). */
export function savePackageAsync(pkg: XlsxPackage, opts: SaveOptions = {}): Promise<Uint8Array> {
  return writeZipAsync(zipInputs(pkg, opts), opts.codec ?? pkg.codec);
}

/**
 * Where a new part's full blocks may go while it is built, for a later
 * savePackageAsync with `opts` (ZipCodec.deflateAhead); undefined when the
 * codec does not deflate ahead, or the parts are stored.
 */
export function deflateAheadFor(pkg: XlsxPackage, opts: SaveOptions = {}): ((block: Uint8Array) => void) | undefined {
  const codec = opts.codec ?? pkg.codec;
  const level = opts.level ?? DEFAULT_LEVEL;
  const deflateAhead = codec.deflateAhead?.bind(codec);
  return deflateAhead === undefined || level <= 0 ? undefined : (block) => deflateAhead(block, level);
}

function zipInputs(pkg: XlsxPackage, opts: SaveOptions): ZipInput[] {
  const level = opts.level ?? DEFAULT_LEVEL;
  return pkg.paths.map((name) => {
    const stored = pkg.storedEntry(name);
    if (stored !== undefined) return { name, stored };
    return { name, data: pkg.blocks(name) as readonly Uint8Array[], level: STORED.test(name) ? 0 : level };
  });
}
