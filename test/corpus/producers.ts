/**
 * The producer corpus: 203 real workbooks saved by other programs (Excel
 * 2007–365, LibreOffice, Google Sheets, openpyxl, ClosedXML, ...), kept in
 * `../shared/fixtures/producers/` beside the clone and listed with their
 * producer in `producers.tsv`. Never copied into the project.
 *
 * `withRegister` gives a file the small sample register as one more sheet
 * (a new worksheet part; workbook.xml, its relationships and the content
 * types get one entry each). `checkReport` then compares `report`'s output
 * with the producer's original: every part well-formed with all prefixes
 * bound, every original part still there and byte-identical unless it is one
 * the writer may edit, and then every element and attribute of it kept; the
 * new sheets reachable workbook → rels → part → content type; ids unique.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { SaxesParser } from "saxes";
import type { CellValue, MergedArea } from "../../src/core/grid";
import { rowSourceOf } from "../../src/core/grid";
import { CT, STRICT, TRANSITIONAL } from "../../src/workbook/xlsx/namespaces";
import { resolveTarget } from "../../src/workbook/xlsx/part-paths";
import { worksheetXml } from "../../src/workbook/xlsx/sheet-xml";
import { REGISTER_SHEET, smallSample } from "../e2e/sample-rows";

export const ROOT = path.join(__dirname, "..", "..");
export const PRODUCERS_DIR = path.join(ROOT, "..", "shared", "fixtures", "producers");

export interface ProducerFile {
  readonly file: string;
  readonly producer: string;
  readonly notes: string;
}

/** The corpus as producers.tsv lists it. */
export function producerFiles(): ProducerFile[] {
  const lines = fs.readFileSync(path.join(PRODUCERS_DIR, "producers.tsv"), "utf8").split("\n").slice(1);
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [file, , producer, notes] = l.split("\t");
      return { file, producer: producer ?? "", notes: notes ?? "" };
    });
}

/** The register sheet's name in the corpus files (no producer file has a sheet of that name). */
export const CORPUS_REGISTER = REGISTER_SHEET;

/** Entry name → bytes, in zip order (fflate directly, not the adapter under test). */
export function unzipOrdered(bytes: Uint8Array): Map<string, Uint8Array> {
  const order: string[] = [];
  const files = unzipSync(bytes, {
    filter: (f) => {
      order.push(f.name);
      return true;
    },
  });
  return new Map(order.filter((n) => files[n] !== undefined).map((n) => [n, files[n]]));
}

/** UTF-16 by its byte-order mark or, without one, by how `<` is encoded (XML 1.0 appendix F). */
function utf16(bytes: Uint8Array): "le" | "be" | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0)) return "le";
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c)) return "be";
  return null;
}

/** Text of a part: UTF-8, or UTF-16. */
export function partText(bytes: Uint8Array): string {
  if (utf16(bytes) === "le") return new TextDecoder("utf-16le").decode(bytes);
  if (utf16(bytes) === "be") return new TextDecoder("utf-16be").decode(bytes);
  return strFromU8(bytes);
}

// ---------------------------------------------------------------- a tiny DOM, for the checks

export interface El {
  readonly uri: string;
  readonly local: string;
  readonly qname: string;
  readonly attrs: readonly { uri: string; local: string; value: string }[];
  readonly children: El[];
  text: string;
}

/** Parses with saxes (namespace-aware): throws on anything not well-formed, an unbound prefix included. */
export function parseDom(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | null = null;
  let error: Error | null = null;
  parser.on("error", (e) => void (error ??= e));
  parser.on("opentag", (t) => {
    const el: El = {
      uri: t.uri,
      local: t.local,
      qname: t.name,
      attrs: Object.values(t.attributes).map((a) => ({ uri: a.uri, local: a.local, value: a.value })),
      children: [],
      text: "",
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on("cdata", (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (error !== null) throw error;
  if (root === null) throw new Error("no root element");
  return root;
}

export function kids(el: El, local: string): El[] {
  return el.children.filter((c) => c.local === local);
}

export function attrOf(el: El, local: string, uri = ""): string | undefined {
  return el.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

function walk(el: El, visit: (e: El) => void): void {
  visit(el);
  for (const c of el.children) walk(c, visit);
}

// ---------------------------------------------------------------- giving a file a register

function a1(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

function registerSheetXml(strict: boolean): string {
  const sample = smallSample();
  const rows = sample.sheets[REGISTER_SHEET] as CellValue[][];
  const merges: MergedArea[] = (sample.merges[REGISTER_SHEET] ?? []).map((r) => {
    const [from, to] = r.split(":");
    const [top, left] = a1(from);
    const [bottom, right] = a1(to);
    return { top, left, bottom, right };
  });
  return worksheetXml({ rows: rowSourceOf(rows), merges, flavour: strict ? STRICT : TRANSITIONAL });
}

/** The workbook part named by `_rels/.rels`. */
export function workbookPartOf(entries: Map<string, Uint8Array>): string {
  const rels = parseDom(partText(entries.get("_rels/.rels") as Uint8Array));
  const office = kids(rels, "Relationship").find((r) => /\/officeDocument$/.test(attrOf(r, "Type") ?? ""));
  const target = resolveTarget("", attrOf(office as El, "Target") as string) as string;
  const found = [...entries.keys()].find((k) => k.toLowerCase() === target.toLowerCase());
  if (found === undefined) throw new Error("no workbook part " + target);
  return found;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return part.slice(0, slash + 1) + "_rels/" + part.slice(slash + 1) + ".rels";
}

/** Inserts `xml` before the end tag of the first element named `local` (any prefix); opens it when self-closing. */
function insertInto(text: string, local: string, xml: string): string {
  const open = new RegExp(`<((?:[\\w.-]+:)?${local})(\\s[^>]*?)?(/?)>`).exec(text) as RegExpExecArray;
  if (open[3] === "/") return text.slice(0, open.index) + `<${open[1]}${open[2] ?? ""}>${xml}</${open[1]}>` + text.slice(open.index + open[0].length);
  const close = text.indexOf(`</${open[1]}>`, open.index);
  return text.slice(0, close) + xml + text.slice(close);
}

/** Text encoded as the original part was: UTF-16 (LE or BE, with its byte-order mark) or UTF-8. */
function encodeLike(original: Uint8Array, text: string): Uint8Array {
  const kind = utf16(original);
  if (kind === null) return strToU8(text);
  const bom = original[0] === 0xff || original[0] === 0xfe ? "\ufeff" : "";
  const body = Buffer.from(bom + text, "utf16le");
  const be = kind === "be";
  if (be) for (let i = 0; i + 1 < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1], body[i]];
  return new Uint8Array(body);
}

/**
 * The file with the sample register as one more sheet, written by hand (not
 * by the writer under test): each new element declares its own namespaces,
 * so whatever the producer declared where, the result is well-formed.
 */
export function withRegister(bytes: Uint8Array): Uint8Array {
  const entries = unzipOrdered(bytes);
  const wbPath = workbookPartOf(entries);
  const wbXml = partText(entries.get(wbPath) as Uint8Array);
  const wb = parseDom(wbXml);
  const strict = wb.uri === STRICT.main;
  const relNs = strict ? STRICT.relationships : TRANSITIONAL.relationships;
  const folder = wbPath.slice(0, wbPath.lastIndexOf("/") + 1);
  const sheetPath = folder + "worksheets/shinchoku-register.xml";
  const relsPath = relsOf(wbPath);
  const relsXml = partText(entries.get(relsPath) as Uint8Array);
  const relId = "rIdShinchokuRegister";
  let maxSheetId = 0;
  for (const s of kids(kids(wb, "sheets")[0], "sheet")) maxSheetId = Math.max(maxSheetId, Number(attrOf(s, "sheetId") ?? 0));

  const sheetEl = `<sheet xmlns="${wb.uri}" xmlns:r="${relNs}" name="${CORPUS_REGISTER}" sheetId="${maxSheetId + 1}" r:id="${relId}"/>`;
  const relEl = `<Relationship xmlns="http://schemas.openxmlformats.org/package/2006/relationships" Id="${relId}" Type="${relNs}/worksheet" Target="/${sheetPath}"/>`;
  const ctEl = `<Override xmlns="http://schemas.openxmlformats.org/package/2006/content-types" PartName="/${sheetPath}" ContentType="${CT.worksheet}"/>`;

  const out: Zippable = {};
  for (const [name, data] of entries) out[name] = data;
  out[wbPath] = encodeLike(entries.get(wbPath) as Uint8Array, insertInto(wbXml, "sheets", sheetEl));
  out[relsPath] = strToU8(insertInto(relsXml, "Relationships", relEl));
  out["[Content_Types].xml"] = strToU8(insertInto(partText(entries.get("[Content_Types].xml") as Uint8Array), "Types", ctEl));
  out[sheetPath] = strToU8(registerSheetXml(strict));
  return zipSync(out);
}

// ---------------------------------------------------------------- checking report's output

/** Parts the writer may edit; every other part of the input must come back byte for byte. */
function editableParts(entries: Map<string, Uint8Array>): Set<string> {
  const wbPath = workbookPartOf(entries);
  const out = new Set(["[Content_Types].xml", wbPath, relsOf(wbPath), "docProps/app.xml"]);
  const rels = parseDom(partText(entries.get(relsOf(wbPath)) as Uint8Array));
  for (const r of kids(rels, "Relationship")) {
    if (/\/styles$/.test(attrOf(r, "Type") ?? "")) out.add(resolveTarget(wbPath, attrOf(r, "Target") ?? "") ?? "");
  }
  return new Set([...out].map((p) => p.toLowerCase()));
}

/** Attributes that an edit may change in place: section counts in styles.xml, sizes and counts in app.xml. */
const CHANGING_ATTRIBUTES = new Set(["count", "size"]);

/** One line per element: namespace, name, attributes (and a leaf's text), so that what was kept can be counted. */
function signatures(root: El, part: string): Map<string, number> {
  const app = part.toLowerCase() === "docprops/app.xml";
  const out = new Map<string, number>();
  walk(root, (e) => {
    const attrs = e.attrs
      .filter((a) => a.uri !== "http://www.w3.org/2000/xmlns/" && !CHANGING_ATTRIBUTES.has(a.local))
      .map((a) => `${a.uri}|${a.local}=${a.value}`)
      .sort()
      .join(" ");
    const text = e.children.length === 0 && !app ? e.text.trim() : "";
    const sig = `${e.uri}|${e.local} ${attrs} ${text}`;
    out.set(sig, (out.get(sig) ?? 0) + 1);
  });
  return out;
}

/** The declared encoding agrees with the bytes: UTF-8 bytes never carry `encoding="UTF-16"`. */
function encodingProblem(bytes: Uint8Array, text: string): string | null {
  const declared = /^\uFEFF?<\?xml[^?]*encoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  const isUtf16 = utf16(bytes) !== null;
  if (declared === undefined) return null;
  if (/^utf-?16/i.test(declared) !== isUtf16) return `declares ${declared} but is ${isUtf16 ? "UTF-16" : "UTF-8"}`;
  return null;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const v of values) {
    if (seen.has(v)) dup.push(v);
    seen.add(v);
  }
  return dup;
}

/** How the output's new sheets are reached: every problem on the way (none when all is well). */
function reachability(out: Map<string, Uint8Array>, names: readonly string[], before: Map<string, Uint8Array>): string[] {
  const already = new Set([...idProblems(before), ...appListProblems(before)]);
  return [...[...idProblems(out), ...appListProblems(out)].filter((p) => !already.has(p)), ...paths(out, names), ...chartProblems(out, names, before)];
}

/** The content type of `part` (its Override, else its extension's Default). */
function contentTypeIn(types: El, part: string): string | undefined {
  const override = kids(types, "Override").find((o) => (attrOf(o, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase());
  if (override !== undefined) return attrOf(override, "ContentType");
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const byDefault = kids(types, "Default").find((d) => (attrOf(d, "Extension") ?? "").toLowerCase() === ext);
  return byDefault && attrOf(byDefault, "ContentType");
}

/** The part a relationship of `source` of this kind points to, when there is exactly one such relationship. */
function relTarget(out: Map<string, Uint8Array>, source: string, kind: string): string | null {
  const rels = out.get(relsOf(source));
  if (rels === undefined) return null;
  const found = kids(parseDom(partText(rels)), "Relationship").filter((r) => (attrOf(r, "Type") ?? "").endsWith("/" + kind));
  return found.length === 1 ? resolveTarget(source, attrOf(found[0], "Target") ?? "") : null;
}

const CHART_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/**
 * The report's chart (進捗集計, the first written sheet): the sheet's
 * `<drawing r:id>` → a new drawing part → a new chart part, each with its
 * content type, the chart a stacked bar chart; no part of the input reused.
 */
function chartProblems(out: Map<string, Uint8Array>, names: readonly string[], before: Map<string, Uint8Array>): string[] {
  const wbPath = workbookPartOf(out);
  const wb = parseDom(partText(out.get(wbPath) as Uint8Array));
  const relNs = wb.uri === STRICT.main ? STRICT.relationships : TRANSITIONAL.relationships;
  const types = parseDom(partText(out.get("[Content_Types].xml") as Uint8Array));
  const sheet = kids(kids(wb, "sheets")[0], "sheet").find((s) => attrOf(s, "name") === names[0]);
  const rel = kids(parseDom(partText(out.get(relsOf(wbPath)) as Uint8Array)), "Relationship").find((r) => attrOf(r, "Id") === attrOf(sheet as El, "id", relNs));
  const sheetPath = resolveTarget(wbPath, attrOf(rel as El, "Target") ?? "") as string;
  const sheetXml = parseDom(partText(out.get(sheetPath) as Uint8Array));
  const drawingEl = kids(sheetXml, "drawing")[0];
  if (drawingEl === undefined) return [`${names[0]}: no <drawing>`];
  if (sheetXml.children.indexOf(drawingEl) !== sheetXml.children.findIndex((c) => c.local === "pageSetup") + 1) return [`${names[0]}: <drawing> not right after <pageSetup>`];
  const drawing = relTarget(out, sheetPath, "drawing");
  const chart = drawing === null ? null : relTarget(out, drawing, "chart");
  if (drawing === null || chart === null || !out.has(drawing) || !out.has(chart)) return [`${names[0]}: drawing ${drawing} → chart ${chart} not reachable`];
  const problems: string[] = [];
  const known = new Set([...before.keys()].map((k) => k.toLowerCase()));
  for (const [part, type] of [[drawing, CHART_TYPES.drawing], [chart, CHART_TYPES.chart]] as const) {
    if (contentTypeIn(types, part) !== type) problems.push(`${part} has content type ${contentTypeIn(types, part)}`);
    if (known.has(part.toLowerCase())) problems.push(`${part} was a part of the input`);
  }
  const text = partText(out.get(chart) as Uint8Array);
  if (!/<c:barDir val="bar"\/><c:grouping val="stacked"\/>/.test(text)) problems.push(`${chart}: not a stacked bar chart`);
  return problems;
}

/** docProps/app.xml's sheet list adds up: the groups' counts, the titles and the vector's size agree. */
function appListProblems(entries: Map<string, Uint8Array>): string[] {
  const bytes = entries.get("docProps/app.xml");
  if (bytes === undefined) return [];
  let root: El;
  try {
    root = parseDom(partText(bytes));
  } catch {
    return [];
  }
  const pairs = kids(root, "HeadingPairs")[0]?.children[0];
  const titles = kids(root, "TitlesOfParts")[0]?.children[0];
  if (pairs === undefined || titles === undefined) return [];
  const counts = kids(pairs, "variant").flatMap((v) => v.children.filter((c) => c.local === "i4" || c.local === "int"));
  const total = counts.reduce((s, c) => s + Number(c.text), 0);
  const listed = kids(titles, "lpstr").length;
  const size = Number(attrOf(titles, "size"));
  return total === listed && size === listed ? [] : [`app.xml lists ${listed} titles, counts ${total}, size ${size}`];
}

/** Ids that are not unique: sheet names and sheetIds, relationship ids, Overrides, defined names. */
function idProblems(out: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const wbPath = workbookPartOf(out);
  const wb = parseDom(partText(out.get(wbPath) as Uint8Array));
  const rels = parseDom(partText(out.get(relsOf(wbPath)) as Uint8Array));
  const types = parseDom(partText(out.get("[Content_Types].xml") as Uint8Array));
  const sheets = kids(kids(wb, "sheets")[0], "sheet");
  const relEls = kids(rels, "Relationship");
  problems.push(...duplicates(sheets.map((s) => (attrOf(s, "name") ?? "").toUpperCase())).map((d) => "duplicate sheet name " + d));
  problems.push(...duplicates(sheets.map((s) => attrOf(s, "sheetId") ?? "")).map((d) => "duplicate sheetId " + d));
  problems.push(...duplicates(relEls.map((r) => attrOf(r, "Id") ?? "")).map((d) => "duplicate relationship id " + d));
  const overrides = kids(types, "Override");
  problems.push(...duplicates(overrides.map((o) => (attrOf(o, "PartName") ?? "").toLowerCase())).map((d) => "duplicate Override " + d));
  const definedNames = kids(wb, "definedNames").flatMap((d) => kids(d, "definedName"));
  problems.push(...duplicates(definedNames.map((d) => `${attrOf(d, "name")}@${attrOf(d, "localSheetId") ?? ""}`.toUpperCase())).map((d) => "duplicate defined name " + d));
  return problems;
}

/** Each new sheet: its `<sheet>`, its relationship, its part, the part's content type. */
function paths(out: Map<string, Uint8Array>, names: readonly string[]): string[] {
  const problems: string[] = [];
  const find = (p: string) => [...out.keys()].find((k) => k.toLowerCase() === p.toLowerCase());
  const wbPath = workbookPartOf(out);
  const wb = parseDom(partText(out.get(wbPath) as Uint8Array));
  const rels = parseDom(partText(out.get(relsOf(wbPath)) as Uint8Array));
  const types = parseDom(partText(out.get("[Content_Types].xml") as Uint8Array));
  const sheets = kids(kids(wb, "sheets")[0], "sheet");
  const relEls = kids(rels, "Relationship");
  const overrides = kids(types, "Override");
  for (const name of names) {
    const sheet = sheets.find((s) => attrOf(s, "name") === name);
    if (sheet === undefined) {
      problems.push(`no <sheet> named ${name}`);
      continue;
    }
    const relId = attrOf(sheet, "id", wb.uri === STRICT.main ? STRICT.relationships : TRANSITIONAL.relationships);
    const rel = relEls.find((r) => attrOf(r, "Id") === relId);
    if (rel === undefined) {
      problems.push(`${name}: no relationship ${relId}`);
      continue;
    }
    const part = find(resolveTarget(wbPath, attrOf(rel, "Target") ?? "") ?? "");
    if (part === undefined) {
      problems.push(`${name}: no part ${attrOf(rel, "Target")}`);
      continue;
    }
    const override = overrides.find((o) => (attrOf(o, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase());
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const byDefault = kids(types, "Default").find((d) => (attrOf(d, "Extension") ?? "").toLowerCase() === ext);
    const type = override !== undefined ? attrOf(override, "ContentType") : byDefault && attrOf(byDefault, "ContentType");
    if (type !== CT.worksheet) problems.push(`${name}: ${part} has content type ${type}`);
  }
  return problems;
}

/**
 * Everything wrong with `output` (report's file) against `input` (the
 * producer's original): an empty list when the output is as it must be.
 */
export function checkReport(input: Uint8Array, output: Uint8Array, written: readonly string[]): string[] {
  const before = unzipOrdered(input);
  const after = unzipOrdered(output);
  const problems: string[] = [];
  const doms = new Map<string, El>();
  for (const [name, bytes] of after) {
    if (!/\.(xml|rels|vml)$/i.test(name) || name.toLowerCase().endsWith(".vml")) continue;
    const text = partText(bytes);
    const enc = encodingProblem(bytes, text);
    if (enc !== null) problems.push(`${name}: ${enc}`);
    try {
      doms.set(name, parseDom(text));
    } catch (e) {
      problems.push(`${name}: not well-formed: ${(e as Error).message}`);
    }
  }
  const editable = editableParts(before);
  for (const [name, bytes] of before) {
    const now = after.get(name);
    if (now === undefined) {
      problems.push("missing " + name);
      continue;
    }
    if (Buffer.compare(Buffer.from(now), Buffer.from(bytes)) === 0) continue;
    if (!editable.has(name.toLowerCase())) {
      problems.push("changed " + name);
      continue;
    }
    const dom = doms.get(name);
    if (dom === undefined) continue;
    const kept = signatures(dom, name);
    for (const [sig, n] of signatures(parseDom(partText(bytes)), name)) {
      if ((kept.get(sig) ?? 0) < n) problems.push(`${name}: lost ${sig.slice(0, 160)}`);
    }
  }
  if (problems.length === 0) problems.push(...reachability(after, written, before));
  return problems;
}

// ---------------------------------------------------------------- running report on the corpus

export interface CorpusRun {
  readonly input: string;
  readonly output: string;
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
}

/**
 * Gives each file the register (in `dir`) and runs the built command on all
 * of them in one child process (test/corpus/run-reports.js): the runs by file
 * name, and the process's peak memory (which bounds every run's).
 */
export function reportOnCorpus(files: readonly ProducerFile[], dir: string): { runs: Map<string, CorpusRun>; maxRssKb: number } {
  const jobs = files.map((f) => {
    const input = path.join(dir, f.file);
    fs.writeFileSync(input, withRegister(new Uint8Array(fs.readFileSync(path.join(PRODUCERS_DIR, f.file)))));
    return { input, output: path.join(dir, "out-" + f.file), args: ["--sheet", CORPUS_REGISTER, "--json"] };
  });
  const list = path.join(dir, "jobs.json");
  fs.writeFileSync(list, JSON.stringify(jobs));
  const child = spawnSync(process.execPath, [path.join(__dirname, "run-reports.js"), list], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
    timeout: 10 * 60 * 1000,
  });
  if (child.status !== 0) throw new Error("run-reports.js failed: " + child.stderr);
  const parsed = JSON.parse(child.stdout) as { results: Omit<CorpusRun, "output">[]; maxRssKb: number };
  const runs = new Map<string, CorpusRun>();
  parsed.results.forEach((r, i) => runs.set(path.basename(r.input), { ...r, output: jobs[i].output }));
  return { runs, maxRssKb: parsed.maxRssKb };
}
