/** The zip writer and the codecs: blocks deflate to one stream, unchanged entries are copied as stored. */
import { inflateRawSync } from "zlib";
import { nodeCodec } from "../../../src/cli/node-codec";
import { openPackage, savePackage } from "../../../src/workbook/xlsx";
import { fflateCodec, type ZipCodec } from "../../../src/workbook/xlsx/zip-codec";
import { crc32 } from "../../../src/workbook/xlsx/zip-crc";
import { readZipEntries } from "../../../src/workbook/xlsx/zip-read";
import { writeZip } from "../../../src/workbook/xlsx/zip-write";
import { fixture, sameBytes } from "./helpers";

function text(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 97 + ((x >>> 16) % 20);
  }
  return out;
}

function join(blocks: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(blocks.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength))));
}

describe.each<[string, ZipCodec]>([
  ["fflate", fflateCodec],
  ["node zlib", nodeCodec],
])("%s codec", (_name, codec) => {
  const blocks = [text(70000, 1), text(1, 2), text(300000, 3), text(5, 4)];
  const whole = join(blocks);

  it("deflates blocks into one raw stream that inflates to them all", () => {
    const raw = join(codec.deflateRaw(blocks, 1));
    expect(sameBytes(new Uint8Array(inflateRawSync(raw)), whole)).toBe(true);
    expect(sameBytes(codec.inflateRaw(raw, whole.length), whole)).toBe(true);
  });

  it("continues a CRC-32 over blocks", () => {
    let c = 0;
    for (const b of blocks) c = codec.crc32(b, c);
    expect(c).toBe(crc32(whole));
  });

  it("refuses output longer than the size given, and stops", () => {
    const raw = join(codec.deflateRaw([new Uint8Array(32 << 20)], 9));
    expect(() => codec.inflateRaw(raw, 1000)).toThrow();
  });

  it("a part written in blocks reads back whole through the checked reader", () => {
    const zip = writeZip([{ name: "big.xml", data: blocks, level: 1 }], codec);
    const [e] = readZipEntries(zip);
    expect(e.size).toBe(whole.length);
    expect(sameBytes(codec.inflateRaw(e.raw, e.size), whole)).toBe(true);
  });
});

describe("saving copies unchanged entries as they were stored", () => {
  it.each(["libreoffice-register.xlsx", "english-headers.xlsx", "chart-pivot.xlsx"])("%s: same compressed bytes, CRC and date", (name) => {
    const input = fixture(name);
    const before = readZipEntries(input);
    const after = readZipEntries(savePackage(openPackage(input)));
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    after.forEach((e, i) => {
      const b = before[i];
      expect({ name: e.name, method: e.method, crc: e.crc, size: e.size, time: e.time, date: e.date }).toEqual({
        name: b.name,
        method: b.method,
        crc: b.crc,
        size: b.size,
        time: b.time,
        date: b.date,
      });
      expect(sameBytes(e.raw, b.raw)).toBe(true);
    });
  });

  it("a changed part is deflated anew; the others stay as stored", () => {
    const input = fixture("english-headers.xlsx");
    const pkg = openPackage(input, nodeCodec);
    const editor = pkg.edit();
    editor.set("xl/styles.xml", "<styleSheet/>");
    const after = readZipEntries(savePackage(editor.build()));
    const styles = after.find((e) => e.name === "xl/styles.xml");
    expect(styles?.size).toBe("<styleSheet/>".length);
    const before = new Map(readZipEntries(input).map((e) => [e.name, e]));
    for (const e of after) if (e.name !== "xl/styles.xml") expect(sameBytes(e.raw, before.get(e.name)?.raw as Uint8Array)).toBe(true);
  });
});
