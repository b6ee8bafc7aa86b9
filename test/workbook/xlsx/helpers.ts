/**
 * Shared by the .xlsx adapter's tests: fixtures, an independent unzip (fflate
 * directly, not the adapter), package patching for test set-ups, and
 * LibreOffice — used only where it is installed (CI has none).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export const FIXTURES = path.join(__dirname, "..", "..", "fixtures");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

/** Entry name → content, in zip order (read with fflate, not with the adapter under test). */
export function unzipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const order: string[] = [];
  const files = unzipSync(bytes, {
    filter: (f) => {
      order.push(f.name);
      return true;
    },
  });
  return new Map(order.map((n) => [n, files[n]]));
}

export function entryText(bytes: Uint8Array, name: string): string {
  const data = unzipEntries(bytes).get(name);
  if (data === undefined) throw new Error("no entry " + name);
  return strFromU8(data);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A copy of a package with some entries' text replaced (and others added / removed). */
export function patchPackage(
  bytes: Uint8Array,
  edits: Record<string, ((text: string) => string) | string | null>,
): Uint8Array {
  const entries = unzipEntries(bytes);
  const out: Zippable = {};
  for (const [name, data] of entries) {
    const edit = edits[name];
    if (edit === null) continue;
    out[name] = edit === undefined ? data : strToU8(typeof edit === "string" ? edit : edit(strFromU8(data)));
  }
  for (const [name, edit] of Object.entries(edits)) {
    if (!entries.has(name) && typeof edit === "string") out[name] = strToU8(edit);
  }
  return zipSync(out);
}

/** Marks sheet `index` as generated (what a former run would have left). */
export function markGenerated(workbookXml: string, index: number): string {
  const name = `<definedName name="shinchoku_generated" localSheetId="${index}" hidden="1">"shinchoku"</definedName>`;
  if (workbookXml.includes("</definedNames>")) return workbookXml.replace("</definedNames>", name + "</definedNames>");
  return workbookXml.replace("</sheets>", "</sheets><definedNames>" + name + "</definedNames>");
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-xlsx-test-"));
}

let sofficeChecked: boolean | null = null;

/** LibreOffice is installed on developer machines here, not on CI: checks using it are skipped without it. */
export function hasSoffice(): boolean {
  if (sofficeChecked === null) {
    const r = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60000 });
    sofficeChecked = r.status === 0;
  }
  return sofficeChecked;
}

/**
 * Converts a workbook with LibreOffice (`xlsx`, `pdf`, `csv`), in its own
 * profile so that parallel test files do not collide. Throws when
 * LibreOffice cannot open the file.
 */
export function libreOfficeConvert(bytes: Uint8Array, format: string): Uint8Array {
  const dir = tempDir();
  try {
    const input = path.join(dir, "in.xlsx");
    fs.writeFileSync(input, bytes);
    const outDir = path.join(dir, "out");
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, input],
      { encoding: "utf8", timeout: 180000 },
    );
    const ext = format.split(":")[0];
    const out = path.join(outDir, "in." + ext);
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error("LibreOffice could not convert: " + r.stderr + r.stdout);
    return new Uint8Array(fs.readFileSync(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `it` when LibreOffice is installed, `it.skip` otherwise. */
export const withSoffice = (): jest.It => (hasSoffice() ? it : it.skip);
