/** The zip reader's checks and caps, table-driven on small zips made here (the CLI corpus is test/fixtures/hostile/zip). */
import * as fs from "fs";
import * as path from "path";
import { deflateRawSync } from "zlib";
import { openPackage, XlsxError } from "../../../src/workbook/xlsx";
import { fflateCodec } from "../../../src/workbook/xlsx/zip-codec";
import { crc32 } from "../../../src/workbook/xlsx/zip-crc";
import { readZipEntries, unzipChecked, type ZipLimits } from "../../../src/workbook/xlsx/zip-read";
import { writeZip } from "../../../src/workbook/xlsx/zip-write";
import { pseudoText } from "../../helpers/pseudo-text";

const enc = new TextEncoder();
const NO_LIMITS: ZipLimits = { partBytes: 1 << 30, totalBytes: 1 << 30, ratioFrom: 1 << 30, ratio: 1 };

/** Text that deflates only moderately (about 2:1 to 4:1). */
const text = (n: number, seed = 1): Uint8Array => pseudoText(n, seed, 16);

function zipOf(parts: Record<string, Uint8Array>): Uint8Array {
  return writeZip(
    Object.entries(parts).map(([name, data]) => ({ name, data: [data], level: 6 })),
    fflateCodec,
  );
}

function codeOf(f: () => unknown): string {
  try {
    f();
    return "ok";
  } catch (e) {
    return e instanceof XlsxError ? `${e.code} ${e.detail.part ?? ""}`.trim() : "not an XlsxError: " + String(e);
  }
}

describe("caps on inflated sizes, checked before anything is inflated", () => {
  const limits: ZipLimits = { partBytes: 1000, totalBytes: 2500, ratioFrom: 4000, ratio: 50 };
  it.each([
    ["parts within every cap", { "a.xml": text(1000), "b.xml": text(1000) }, { ...limits, totalBytes: 2000 }, "ok"],
    ["one part over the per-part cap", { "a.xml": text(10), "big.xml": text(1001) }, limits, "part-too-large big.xml"],
    ["many medium parts over the total cap", { "a.xml": text(900), "b.xml": text(900), "c.xml": text(900) }, limits, "package-too-large c.xml"],
    ["a large part compressed far too well", { "zeros.bin": new Uint8Array(5000) }, { ...limits, partBytes: 1e6, totalBytes: 1e6 }, "part-ratio zeros.bin"],
    ["a large part of ordinary ratio", { "text.xml": text(5000) }, { ...limits, partBytes: 1e6, totalBytes: 1e6 }, "ok"],
  ])("%s", (_name, parts, lim, expected) => {
    expect(codeOf(() => unzipChecked(zipOf(parts), fflateCodec, lim))).toBe(expected);
  });
});

describe("every entry is held to its size and CRC-32", () => {
  /** A zip of one entry with its headers patched (offsets in the local header; the central record is found by signature). */
  function patched(data: Uint8Array, patch: (dv: DataView, local: number, central: number) => void): Uint8Array {
    const zip = zipOf({ "a.xml": data });
    const dv = new DataView(zip.buffer);
    const central = zip.length - 22 - 46 - 5;
    patch(dv, 0, central);
    return zip;
  }
  const data = text(3000);
  it.each<[string, (dv: DataView, l: number, c: number) => void, string]>([
    ["untouched", () => undefined, "ok"],
    ["CRC wrong in both headers", (dv, l, c) => (dv.setUint32(l + 14, 1, true), dv.setUint32(c + 16, 1, true)), "zip-corrupt-part a.xml"],
    ["size too small in both headers", (dv, l, c) => (dv.setUint32(l + 22, 2999, true), dv.setUint32(c + 24, 2999, true)), "zip-corrupt-part a.xml"],
    ["size too large in both headers", (dv, l, c) => (dv.setUint32(l + 22, 3001, true), dv.setUint32(c + 24, 3001, true)), "zip-corrupt-part a.xml"],
    ["central size differs from local", (dv, _l, c) => dv.setUint32(c + 24, 2999, true), "zip-damaged a.xml"],
    ["central offset points nowhere", (dv, _l, c) => dv.setUint32(c + 42, 7, true), "zip-damaged a.xml"],
    ["method 99", (dv, l, c) => (dv.setUint16(l + 8, 99, true), dv.setUint16(c + 10, 99, true)), "zip-unsupported a.xml"],
    ["encrypted flag", (dv, l, c) => (dv.setUint16(l + 6, 1, true), dv.setUint16(c + 8, 1, true)), "zip-encrypted-entry a.xml"],
  ])("%s", (_name, patch, expected) => {
    expect(codeOf(() => unzipChecked(patched(data, patch), fflateCodec, NO_LIMITS))).toBe(expected);
  });

  it("a file cut short is zip-truncated; bytes that are no zip are not-a-package", () => {
    const zip = zipOf({ "a.xml": data });
    expect(codeOf(() => readZipEntries(zip.subarray(0, zip.length - 10)))).toBe("zip-truncated");
    expect(codeOf(() => readZipEntries(enc.encode("hello, not a zip at all")))).toBe("not-a-package");
  });

  it("two entries with exactly the same name are refused", () => {
    const zip = writeZip(
      [
        { name: "a.xml", data: [text(10)], level: 6 },
        { name: "a.xml", data: [text(10, 2)], level: 6 },
      ],
      fflateCodec,
    );
    expect(codeOf(() => readZipEntries(zip))).toBe("zip-duplicate-part a.xml");
  });
});

describe("inflation stops at the size the directory gives (a lying bomb costs no more than that)", () => {
  const zeros = new Uint8Array(64 << 20);
  const blob = new Uint8Array(deflateRawSync(zeros, { level: 9 }));
  it("fflate codec: refused within a second, never inflating 64 MiB", () => {
    const t0 = Date.now();
    expect(() => fflateCodec.inflateRaw(blob, 1024)).toThrow();
    expect(Date.now() - t0).toBeLessThan(1000);
  });
  it("fflate codec: the whole stream when the size is right", () => {
    const small = new Uint8Array(deflateRawSync(text(5000), { level: 6 }));
    const out = fflateCodec.inflateRaw(small, 5000);
    expect(crc32(out)).toBe(crc32(text(5000)));
  });
});

describe("crc32", () => {
  it("matches the zip polynomial's check value", () => {
    expect(crc32(enc.encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("parts whose names differ only in case are both kept (a producer file has them)", () => {
  const file = path.join(__dirname, "..", "..", "..", "..", "shared", "fixtures", "producers", "excel-online__duplicate-filename-case-insensitive.xlsx");
  (fs.existsSync(file) ? it : it.skip)("excel-online__duplicate-filename-case-insensitive.xlsx opens; each part is found by its exact name", () => {
    const pkg = openPackage(new Uint8Array(fs.readFileSync(file)));
    expect(pkg.paths).toEqual(expect.arrayContaining(["xl/worksheets/sheet1.xml", "xl/worksheets/Sheet1.xml"]));
    expect(pkg.text("xl/worksheets/sheet1.xml")).not.toBe(pkg.text("xl/worksheets/Sheet1.xml"));
    expect(pkg.bytes("xl/worksheets/Sheet1.xml")?.length).toBe(1144);
    expect(pkg.bytes("xl/worksheets/sheet1.xml")?.length).toBe(977);
  });
});

describe("zip64 records (some writers use them for small files) are read", () => {
  /** Rewrites a one-entry zip made by writeZip into zip64 form: sizes and offset in zip64 fields, a zip64 end record. */
  function asZip64(zip: Uint8Array): Uint8Array {
    const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    const cdOffset = dv.getUint32(end + 16, true);
    const nameLen = dv.getUint16(cdOffset + 28, true);
    const csize = dv.getUint32(cdOffset + 20, true);
    const size = dv.getUint32(cdOffset + 24, true);
    const record = new Uint8Array(46 + nameLen + 28);
    record.set(zip.subarray(cdOffset, cdOffset + 46 + nameLen));
    const r = new DataView(record.buffer);
    r.setUint16(30, 28, true); // extra length
    r.setUint32(20, 0xffffffff, true);
    r.setUint32(24, 0xffffffff, true);
    r.setUint32(42, 0xffffffff, true);
    const x = 46 + nameLen;
    r.setUint16(x, 1, true);
    r.setUint16(x + 2, 24, true);
    r.setBigUint64(x + 4, BigInt(size), true);
    r.setBigUint64(x + 12, BigInt(csize), true);
    r.setBigUint64(x + 20, 0n, true);
    const tail = new Uint8Array(56 + 20 + 22);
    const t = new DataView(tail.buffer);
    const end64 = cdOffset + record.length;
    t.setUint32(0, 0x06064b50, true);
    t.setBigUint64(4, 44n, true);
    t.setBigUint64(24, 1n, true);
    t.setBigUint64(32, 1n, true);
    t.setBigUint64(40, BigInt(record.length), true);
    t.setBigUint64(48, BigInt(cdOffset), true);
    t.setUint32(56, 0x07064b50, true);
    t.setBigUint64(56 + 8, BigInt(end64), true);
    t.setUint32(56 + 16, 1, true);
    t.setUint32(76, 0x06054b50, true);
    t.setUint16(76 + 8, 0xffff, true);
    t.setUint16(76 + 10, 0xffff, true);
    t.setUint32(76 + 12, 0xffffffff, true);
    t.setUint32(76 + 16, 0xffffffff, true);
    const out = new Uint8Array(cdOffset + record.length + tail.length);
    out.set(zip.subarray(0, cdOffset));
    out.set(record, cdOffset);
    out.set(tail, cdOffset + record.length);
    return out;
  }

  it("a zip64 directory and end record give the same entry", () => {
    const data = text(3000);
    const zip64 = asZip64(zipOf({ "a.xml": data }));
    const [u] = unzipChecked(zip64, fflateCodec, NO_LIMITS);
    expect(u.entry.name).toBe("a.xml");
    expect(u.data).toEqual(data);
  });
});

describe("damaged bytes anywhere: the reader answers with an XlsxError, never another exception", () => {
  const base = new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "hostile", "zip", "ok.xlsx")));
  /** The directory and headers are where a mutation reaches the reader's own code (the deflated data only fails its CRC). */
  const dirStart = new DataView(base.buffer, base.byteOffset).getUint32(base.length - 6, true);
  it("2,000 files, each with 1–4 bytes changed or the end cut", () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const outcomes = new Map<string, number>();
    for (let k = 0; k < 2000; k++) {
      let bytes = base.slice();
      const changes = 1 + rand(4);
      for (let i = 0; i < changes; i++) {
        // Half of the changes in the central directory and end record, the rest anywhere (local headers, data).
        const at = rand(2) === 0 ? dirStart + rand(base.length - dirStart) : rand(base.length);
        bytes[at] = rand(4) === 0 ? 0xff : rand(256);
      }
      if (rand(10) === 0) bytes = bytes.subarray(0, rand(bytes.length));
      let outcome = "ok";
      try {
        openPackage(bytes);
      } catch (e) {
        outcome = e instanceof XlsxError ? e.code : "not an XlsxError: " + String(e);
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect([...outcomes.keys()].filter((o) => o.startsWith("not an XlsxError"))).toEqual([]);
    // The mutations reach the zip checks, not only the XML ones.
    expect(outcomes.get("zip-damaged") ?? 0).toBeGreaterThan(100);
    expect(outcomes.get("zip-corrupt-part") ?? 0).toBeGreaterThan(20);
  });
});
