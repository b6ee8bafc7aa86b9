/**
 * The command line's part checker on its real worker thread (the compiled
 * lib/cli/part-check-worker.js): the same verdict as checkXml for sound and
 * damaged parts, UTF-8 and UTF-16; small parts checked at once; and when the
 * worker is missing or fails, every verdict still given, on the main thread.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync } from "fflate";
import { BACKGROUND_BYTES, BackgroundChecker } from "../../src/cli/background-check";
import { PENDING } from "../../src/workbook/xlsx/part-check";
import { decodeText } from "../../src/workbook/xlsx/text-decode";
import { checkXml } from "../../src/workbook/xlsx/xml-check";
import { CHECK_WORKER, ensureBuilt } from "./built-cli";
import { ROOT } from "./run-cli";

const PARTS: readonly (readonly [string, string])[] = [
  ["sound", '<?xml version="1.0"?>\n<a xmlns:x="urn:x"><x:b c="1">text &amp; more</x:b></a>'],
  ["mismatched end tag", "<a>\n<b></a>"],
  ["unquoted attribute", '<a>\n<b c=1/></a>'],
  ["a DTD", "<!DOCTYPE a>\n<a/>"],
  ["a reference to a control character", "<a>\n&#1;</a>"],
  ["unclosed element", "<a>\n<b/>"],
  ["unbound prefix", "<a>\n<x:b/></a>"],
];

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** A checker on the compiled worker that takes every part (minBytes 0), armed. */
function armed(workerFile: string = CHECK_WORKER, minBytes = 0, maxBytes?: number): BackgroundChecker {
  const checker = new BackgroundChecker(workerFile, minBytes, maxBytes);
  checker.arm();
  return checker;
}

/** Hands `bytes` to a checker that takes every part, and gives its verdict. */
async function verdict(checker: BackgroundChecker, bytes: Uint8Array): Promise<unknown> {
  const taken = checker.check("xl/part.xml", decodeText(bytes), bytes);
  expect(taken).toBe(PENDING);
  const found = await checker.settle();
  return found === null ? null : found.fault;
}

beforeAll(ensureBuilt, 120000);

describe("parts checked on the worker thread", () => {
  it.each(PARTS)("%s: the verdict of checkXml, UTF-8 and UTF-16", async (_what, xml) => {
    expect(await verdict(armed(), utf8(xml))).toEqual(checkXml(xml));
    expect(await verdict(armed(), utf16le(xml))).toEqual(checkXml(xml));
  });

  it("several parts: the first fault in the order they were taken, named by its part", async () => {
    const checker = armed();
    const parts = [
      ["xl/sound.xml", "<a/>"],
      ["xl/first.xml", "<a>\n<b></a>"],
      ["xl/second.xml", "<!DOCTYPE a><a/>"],
    ];
    for (const [part, xml] of parts) expect(checker.check(part, xml, utf8(xml))).toBe(PENDING);
    expect(await checker.settle()).toEqual({ part: "xl/first.xml", fault: checkXml("<a>\n<b></a>") });
  });

  it("a part past the largest size taken to the worker is checked at once (its memory is not doubled)", () => {
    const checker = armed(CHECK_WORKER, 0, 8);
    expect(checker.check("xl/part.xml", "<a>\n<b></a>", utf8("<a>\n<b></a>"))).toEqual(checkXml("<a>\n<b></a>"));
    expect(checker.check("xl/part.xml", "<a/>", utf8("<a/>"))).toBe(PENDING);
    return checker.settle();
  });

  it("a part below the size taken to the worker is checked at once", () => {
    const checker = armed(CHECK_WORKER, 1 << 20);
    expect(checker.check("xl/part.xml", "<a>\n<b></a>", utf8("<a>\n<b></a>"))).toEqual(checkXml("<a>\n<b></a>"));
    expect(checker.check("xl/part.xml", "<a/>", utf8("<a/>"))).toBeNull();
  });
});

describe("when parts go to the worker", () => {
  it("not before it is armed (what opening a package reads), nor after settle(): checked at once", async () => {
    const checker = new BackgroundChecker(CHECK_WORKER, 0);
    expect(checker.check("xl/workbook.xml", "<a>\n<b></a>", utf8("<a>\n<b></a>"))).toEqual(checkXml("<a>\n<b></a>"));
    checker.arm();
    expect(checker.check("xl/part.xml", "<a/>", utf8("<a/>"))).toBe(PENDING);
    expect(await checker.settle()).toBeNull();
    expect(checker.check("xl/calcChain.xml", "<a>\n<b></a>", utf8("<a>\n<b></a>"))).toEqual(checkXml("<a>\n<b></a>"));
    checker.arm(); // a settled checker stays closed
    expect(checker.check("xl/calcChain.xml", "<a/>", utf8("<a/>"))).toBeNull();
  });

  it("the hostile corpus's large twins pad their part past the size that goes to the worker", () => {
    const dir = path.join(ROOT, "test", "fixtures", "hostile", "xml");
    const large = fs.readdirSync(dir).filter((f) => f.startsWith("large-"));
    expect(large.length).toBe(9);
    for (const f of large) {
      const parts = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, f))));
      const biggest = Math.max(...Object.values(parts).map((p) => p.length));
      expect({ f, big: biggest >= BACKGROUND_BYTES }).toEqual({ f, big: true });
    }
  });
});

describe("without a working worker, every verdict is still given", () => {
  it("no worker file (as when run from the TypeScript sources): each part checked at once", async () => {
    const checker = armed(path.join(os.tmpdir(), "no-such-worker.js"));
    expect(checker.check("xl/part.xml", "<a>\n<b></a>", utf8("<a>\n<b></a>"))).toEqual(checkXml("<a>\n<b></a>"));
    await expect(checker.settle()).resolves.toBeNull();
  });

  it("a worker that fails as it starts: the parts it took are checked on the main thread", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-worker-"));
    const broken = path.join(dir, "broken-worker.js");
    fs.writeFileSync(broken, 'throw new Error("this worker cannot start");\n');
    try {
      const checker = armed(broken);
      expect(checker.check("xl/a.xml", "<a/>", utf8("<a/>"))).toBe(PENDING);
      expect(checker.check("xl/b.xml", "<a>\n<b></a>", utf8("<a>\n<b></a>"))).toBe(PENDING);
      expect(await checker.settle()).toEqual({ part: "xl/b.xml", fault: checkXml("<a>\n<b></a>") });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
