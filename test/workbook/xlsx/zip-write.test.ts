/** The zip writer and the codecs: blocks deflate to one stream, unchanged entries are copied as stored. */
import { inflateRawSync } from "zlib";
import { nodeCodec } from "../../../src/cli/node-codec";
import { openPackage, savePackage } from "../../../src/workbook/xlsx";
import { fflateCodec, type ZipCodec } from "../../../src/workbook/xlsx/zip-codec";
import { crc32 } from "../../../src/workbook/xlsx/zip-crc";
import { readZipEntries } from "../../../src/workbook/xlsx/zip-read";
import { writeZip, writeZipAsync, type ZipInput } from "../../../src/workbook/xlsx/zip-write";
import { fixture, sameBytes } from "./helpers";
import { pseudoText as text } from "../../helpers/pseudo-text";

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

describe.each<[string, ZipCodec]>([
  ["fflate", fflateCodec],
  ["node zlib", nodeCodec],
])("%s codec, saved asynchronously", (_name, codec) => {
  it("writeZipAsync gives writeZip's bytes: stored, new, empty, level 0 and multi-block entries alike", async () => {
    const stored = readZipEntries(fixture("english-headers.xlsx"));
    const inputs: ZipInput[] = [
      { name: "xl/worksheets/sheet9.xml", data: [text(70000, 1), text(1, 2), text(300000, 3)], level: 1 },
      { name: stored[0].name, stored: stored[0] },
      { name: "empty.xml", data: [], level: 1 },
      { name: "xl/media/image1.png", data: [text(500, 5)], level: 0 },
      { name: "docProps/app.xml", data: [text(5000, 6)], level: 6 },
      { name: stored[1].name, stored: stored[1] },
    ];
    expect(sameBytes(await writeZipAsync(inputs, codec), writeZip(inputs, codec))).toBe(true);
  });
});

describe("node zlib: blocks deflated ahead, while the part is still being built", () => {
  const deflateAhead = nodeCodec.deflateAhead as (block: Uint8Array, level: number) => void;
  const deflateRawAsync = nodeCodec.deflateRawAsync as (blocks: readonly Uint8Array[], level: number) => Promise<Uint8Array[]>;
  // The module object itself (an `import * as` namespace cannot be spied on): node-codec calls through it.
  const zlib = jest.requireActual<typeof import("zlib")>("zlib");

  afterEach(() => jest.restoreAllMocks());

  it("give the bytes deflateRaw gives, and no block is deflated twice", async () => {
    const blocks = [text(70000, 11), text(300000, 12), text(90000, 13), text(5, 14)];
    const jobs = jest.spyOn(zlib, "deflateRaw");
    deflateAhead(blocks[0], 1);
    deflateAhead(blocks[1], 1);
    deflateAhead(blocks[1], 1); // handed over twice: one job
    expect(jobs).toHaveBeenCalledTimes(2);
    const raw = join(await deflateRawAsync(blocks, 1));
    expect(jobs).toHaveBeenCalledTimes(4);
    expect(sameBytes(raw, join(nodeCodec.deflateRaw(blocks, 1)))).toBe(true);
  });

  it("a block deflated ahead that turns out to be its part's last is deflated again, with the final bit", async () => {
    const blocks = [text(20000, 21), text(30000, 22)];
    deflateAhead(blocks[1], 1);
    const raw = join(await deflateRawAsync(blocks, 1));
    expect(sameBytes(new Uint8Array(inflateRawSync(raw)), join(blocks))).toBe(true);
    expect(sameBytes(raw, join(nodeCodec.deflateRaw(blocks, 1)))).toBe(true);
  });

  it("a block deflated ahead at another level is deflated again at the level asked", async () => {
    const blocks = [text(200000, 31), text(10, 32)];
    deflateAhead(blocks[0], 9);
    expect(sameBytes(join(await deflateRawAsync(blocks, 1)), join(nodeCodec.deflateRaw(blocks, 1)))).toBe(true);
  });

  it("a job started ahead that fails fails the save that awaits it, with zlib's error", async () => {
    // Only the job started ahead fails; the one the save starts for the last block succeeds.
    jest.spyOn(zlib, "deflateRaw").mockImplementationOnce(((_b: unknown, _o: unknown, cb: (e: Error | null) => void) =>
      cb(new Error("zlib failed"))) as unknown as typeof zlib.deflateRaw);
    const blocks = [text(1000, 41), text(1000, 42)];
    deflateAhead(blocks[0], 1);
    await expect(deflateRawAsync(blocks, 1)).rejects.toThrow("zlib failed");
  });
});
