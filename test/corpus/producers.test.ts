/**
 * report on every file of the producer corpus (../shared/fixtures/producers,
 * see producers.ts): each file gets the sample register as one more sheet,
 * the built command (lib/, as users run it) writes the report, and the output
 * is checked against the producer's original — well-formed parts with every
 * prefix bound, the producer's parts kept (byte for byte unless the writer
 * must edit them, and then every element and attribute kept), the new sheets
 * reachable, ids unique — each run within 5 s, all runs within 1 GB of
 * memory (one process runs them all: its peak bounds every run's).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkReport, PRODUCERS_DIR, producerFiles, reportOnCorpus, ROOT, type CorpusRun } from "./producers";

const MAX_MS = 5000;
const MAX_RSS_KB = 1024 * 1024;

const files = producerFiles();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-producers-"));
let runs = new Map<string, CorpusRun>();
let maxRssKb = 0;

beforeAll(() => {
  ({ runs, maxRssKb } = reportOnCorpus(files, dir));
}, 15 * 60 * 1000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the producer corpus", () => {
  it("lists 203 workbooks from 30 and more producers; the command is built", () => {
    expect(files.length).toBe(203);
    expect(new Set(files.map((f) => f.producer.replace(/ \[.*$/, ""))).size).toBeGreaterThanOrEqual(30);
    expect(fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))).toBe(true);
  });

  it("all runs together stay within 1 GB of memory", () => {
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(MAX_RSS_KB);
  });

  it.each(files.map((f) => [f.file, f.producer] as const))("%s (%s): report writes a sound file within 5 s", (file) => {
    const run = runs.get(file) as CorpusRun;
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: "" });
    const written = (JSON.parse(run.out) as { written: string[] }).written;
    expect(written.length).toBeGreaterThan(0);
    const original = new Uint8Array(fs.readFileSync(path.join(PRODUCERS_DIR, file)));
    expect(checkReport(original, new Uint8Array(fs.readFileSync(run.output)), written)).toEqual([]);
    expect(run.ms).toBeLessThan(MAX_MS);
  });
});
