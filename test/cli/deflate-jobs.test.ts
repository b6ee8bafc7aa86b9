/** Deflate jobs on the thread pool: zlib's own bytes, started at once, never more held than the limit. */
import { deflateRawSync } from "zlib";
import { DeflateJobs } from "../../src/cli/deflate-jobs";
import { pseudoText as text } from "../helpers/pseudo-text";

const OPTS = { level: 1 };

describe("DeflateJobs", () => {
  it("gives zlib's bytes", async () => {
    const block = text(300000, 1);
    const out = await new DeflateJobs().run(block, OPTS);
    expect(Buffer.compare(out, deflateRawSync(block, OPTS))).toBe(0);
  });

  it("a job is handed to zlib in the call that starts it, not in a later microtask (the main thread is busy building then)", async () => {
    // The module object itself (an `import * as` namespace cannot be spied on): deflate-jobs calls through it.
    const zlib = jest.requireActual<typeof import("zlib")>("zlib");
    const handed = jest.spyOn(zlib, "deflateRaw");
    const jobs = new DeflateJobs(1);
    const block = text(1 << 20, 2);
    const first = jobs.tryStart(block, OPTS);
    expect(handed).toHaveBeenCalledTimes(1);
    // With the one place held, a job asked for with run() is handed over once the first is done.
    const second = jobs.run(block, OPTS);
    expect(handed).toHaveBeenCalledTimes(1);
    const out = await Promise.all([first, second]);
    expect(handed).toHaveBeenCalledTimes(2);
    out.forEach((o) => expect(Buffer.compare(o as Buffer, deflateRawSync(block, OPTS))).toBe(0));
    handed.mockRestore();
  });

  it("holds at most `limit` jobs: tryStart says no past it, run waits for a place", async () => {
    const jobs = new DeflateJobs(2);
    const blocks = [1, 2, 3, 4, 5].map((s) => text(50000, s));
    const a = jobs.tryStart(blocks[0], OPTS);
    const b = jobs.tryStart(blocks[1], OPTS);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(jobs.tryStart(blocks[2], OPTS)).toBeNull();
    const waiting = [jobs.run(blocks[3], OPTS), jobs.run(blocks[4], OPTS)];
    const all = await Promise.all([a, b, ...waiting]);
    const expected = [0, 1, 3, 4].map((k) => deflateRawSync(blocks[k], OPTS));
    all.forEach((o, i) => expect(Buffer.compare(o as Buffer, expected[i])).toBe(0));
    // Every place is free again.
    expect(jobs.tryStart(blocks[2], OPTS)).not.toBeNull();
    expect(jobs.tryStart(blocks[0], OPTS)).not.toBeNull();
  });

  it("a job that fails gives its place back and its error to the caller", async () => {
    const jobs = new DeflateJobs(1);
    await expect(jobs.run(text(10, 6), { level: 42 })).rejects.toThrow();
    expect(jobs.tryStart(text(10, 7), OPTS)).not.toBeNull();
  });
});
