/**
 * Every output of the producer corpus (see producers.test.ts) opened by
 * LibreOffice headless: converted to HTML (Calc writes every sheet into one
 * page), in batches of files per soffice run to keep it fast, and the
 * report's text looked for in it — each written sheet's name as a sheet
 * heading and the first finding's message (検証結果). LibreOffice must be
 * installed where CI=true (`.ci/run` installs it); elsewhere, without it, the
 * test says so and skips.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { producerFiles, reportOnCorpus, type CorpusRun } from "./producers";

const BATCH = 40;
const installed = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60000 }).status === 0;
const required = process.env.CI === "true";

const files = producerFiles();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-producers-lo-"));
const htmlDir = path.join(dir, "html");
let runs = new Map<string, CorpusRun>();
const soffice: string[] = [];

function decodeHtml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

function htmlOf(output: string): string {
  return path.join(htmlDir, path.basename(output).replace(/\.xls[xm]$/i, ".html"));
}

function convert(label: string, profile: string, outDir: string, inputs: readonly string[]): void {
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/${profile}`, "--headless", "--norestore", "--convert-to", "html", "--outdir", outDir, ...inputs],
    { encoding: "utf8", timeout: 10 * 60 * 1000 },
  );
  soffice.push(`${label}: exit ${r.status} ${r.stderr.slice(0, 300)}`);
}

/**
 * Batches first; then every output that a batch left without HTML converted
 * alone, twice at most, each time with a fresh profile and into a fresh
 * folder. CI runs have seen soffice abort with signal 6 halfway through a
 * batch that passes on every other run. The abort leaves the lock file of
 * the page it was writing (`.~lock.NAME.html#`), and a later store to that
 * path aborts too (IO error 0x11b, reproduced by hand). A file LibreOffice
 * truly cannot open still fails its test.
 */
function convertAll(outputs: readonly string[]): void {
  for (let i = 0; i < outputs.length; i += BATCH) convert(`batch ${i / BATCH}`, "profile", htmlDir, outputs.slice(i, i + BATCH));
  fs.mkdirSync(htmlDir, { recursive: true }); // soffice makes it when it writes a page: maybe never
  for (const output of outputs) {
    const html = htmlOf(output);
    for (let attempt = 1; attempt <= 2 && !fs.existsSync(html); attempt++) {
      const fresh = fs.mkdtempSync(path.join(dir, "alone-"));
      convert(`${path.basename(output)} alone, attempt ${attempt}`, `profile-${soffice.length}`, fresh, [output]);
      const page = path.join(fresh, path.basename(html));
      if (fs.existsSync(page)) fs.renameSync(page, html);
    }
  }
}

if (installed) {
  beforeAll(() => {
    ({ runs } = reportOnCorpus(files, dir));
    convertAll([...runs.values()].filter((r) => r.code === 0).map((r) => r.output));
  }, 25 * 60 * 1000);
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("LibreOffice opens every output of the producer corpus", () => {
  it("LibreOffice (soffice) is installed where CI=true", () => {
    if (required) expect(installed).toBe(true);
    else if (!installed) console.warn("soffice not found: the LibreOffice corpus test is skipped (CI installs it)");
  });

  (installed ? it.each(files.map((f) => [f.file] as const)) : it.skip.each(files.map((f) => [f.file] as const)))(
    "%s: LibreOffice shows the report's sheets and text",
    (file) => {
      const run = runs.get(file) as CorpusRun;
      expect(run.code).toBe(0);
      const json = JSON.parse(run.out) as { written: string[]; findings: { message: string }[] };
      const html = htmlOf(run.output);
      if (!fs.existsSync(html)) throw new Error(`LibreOffice wrote no ${path.basename(html)}: ${soffice.join(" | ")}`);
      const text = decodeHtml(fs.readFileSync(html, "utf8"));
      for (const name of json.written) expect(text).toContain(`<em>${name}</em>`);
      expect(json.findings.length).toBeGreaterThan(0);
      expect(text).toContain(json.findings[0].message);
    },
  );
});
