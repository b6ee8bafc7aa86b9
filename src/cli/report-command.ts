/**
 * `shinchoku report REGISTER.xlsx [-o OUT.xlsx] [--sheet NAME] [--json]` (contract §8).
 * Exit 0 when written; 1 when error findings blocked it (nothing written); 2 for
 * bad usage or an unreadable file. The input file is only ever read.
 */
import * as path from "path";
import { fill } from "../core/i18n";
import { findingJson, resultJson, totalsJson } from "../core/result-json";
import type { Finding } from "../core/findings/finding";
import { runEngine, type EngineResult } from "../core/run";
import type { Lang, Settings } from "../core/settings";
import { findingMessage } from "../core/i18n";
import type { XlsxPackage } from "../workbook/xlsx/package";
import { readGrid } from "../workbook/xlsx/read-grid";
import { writeReportAsync } from "../workbook/xlsx/write-report";
import { checkOutput, fileSize, openInput, samePath, UsageError, writeAtomically } from "./files";
import { historyGrid, missingSheetFinding, registerSheetName, settingsGrid, sourcesGrid } from "./locate";
import { BackgroundChecker } from "./background-check";
import { previousProblem, readPreviousPeriod, type PreviousPeriod } from "./previous-period";
import { comparisonJson } from "../core/cycle/comparison-json";
import { comparisonSentence } from "../core/cycle/sentence";
import { settingsFromFlags, type SettingFlags } from "./settings-flags";
import type { CliTexts } from "./texts";

export interface ReportOptions extends SettingFlags {
  output?: string;
  sheet?: string;
  json?: boolean;
  quiet?: boolean;
  /** The previous period's register or report workbook (contract §10). */
  previous?: string;
  /** Only this department's items (contract §10). */
  department?: string;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/** Inputs of at least this size get progress lines on stderr. */
const PROGRESS_BYTES = 1 << 20;
/** Findings listed on the terminal; the rest are in the 検証結果 sheet and in --json. */
const LISTED_FINDINGS = 20;

/** The first findings, one a line (only those are worded: a large register has thousands, all in 検証結果 and --json). */
function listFindings(findings: readonly Finding[], c: { lang: Lang; t: CliTexts }, write: (s: string) => void): void {
  const { lang, t } = c;
  for (const f of findings.slice(0, LISTED_FINDINGS).map((x) => findingJson(x, lang))) write(`${f.severity}\t${f.code}\t${f.cell ?? ""}${f.source === undefined ? "" : ` (${f.source})`}\t${f.message}\n`);
  if (findings.length > LISTED_FINDINGS) write(fill(t.done.more, { count: findings.length - LISTED_FINDINGS }) + "\n");
}

/** `REGISTER-report.xlsx` beside the input; a macro-enabled `.xlsm` keeps its extension (its VBA part is kept). */
export function defaultOutput(register: string): string {
  const ext = path.extname(register);
  const outExt = ext.toLowerCase() === ".xlsm" ? ext : ".xlsx";
  return path.join(path.dirname(register), path.basename(register, ext) + "-report" + outExt);
}

/** `REGISTER-report-企画課.xlsx`: one department's report beside the input, the name made safe for a file name. */
export function departmentOutput(register: string, department: string): string {
  const out = defaultOutput(register);
  const ext = path.extname(out);
  const safe = department.normalize("NFKC").trim().replace(/[\\/:*?"<>|\s]+/g, "_");
  return out.slice(0, out.length - ext.length) + "-" + safe + ext;
}

/** The message when no entry names the department asked for: the departments there are, or that there is no column. */
function unknownDepartmentMessage(department: string, known: readonly string[], t: CliTexts, lang: Lang): string {
  if (known.length === 0) return fill(t.errors.noDepartmentColumn, { department });
  return fill(t.errors.unknownDepartment, { department, known: known.join(lang === "ja" ? "、" : ", ") });
}

/** What reading and rating the register gave: no register sheet (with the finding, when a named one is missing), or the engine's result. */
type Rated =
  | { readonly sheet: null; readonly finding: Finding | null }
  | {
      readonly sheet: string;
      readonly pkg: XlsxPackage;
      readonly result: EngineResult;
      readonly previous: PreviousPeriod | null;
      /** The progress line on reading, shown once the parts read are known sound. */
      readonly readNote: string;
    };

interface RateContext {
  readonly opts: ReportOptions;
  readonly department: string | undefined;
  readonly overrides: Partial<Settings>;
  readonly lang: Lang;
  readonly t: CliTexts;
  readonly note: (s: string) => void;
  readonly started: number;
}

/** Reads the register (and the previous period) and runs the engine. */
function rate(pkg: XlsxPackage, c: RateContext): Rated {
  const { opts, department, overrides, lang, t } = c;
  const sheet = registerSheetName(pkg, opts.sheet);
  if (sheet === null) return { sheet, finding: opts.sheet !== undefined ? missingSheetFinding(pkg, opts.sheet) : null };
  const grid = readGrid(pkg, sheet);
  const readNote = fill(t.progress.read, { rows: grid.values.length, seconds: ((Date.now() - c.started) / 1000).toFixed(1) });
  const previous = opts.previous === undefined ? null : readPreviousPeriod(opts.previous, opts.sheet, overrides.lang, lang, t);
  const result = runEngine({
    register: grid,
    settingsSheet: settingsGrid(pkg),
    overrides,
    history: historyGrid(pkg),
    previous: previous?.block ?? null,
    sourcesSheet: sourcesGrid(pkg),
    ...(department ? { department } : {}),
  });
  return { sheet, pkg, result, previous, readNote };
}

/**
 * Reads and rates with the large parts checked on a worker meanwhile
 * (background-check.ts); nothing leaves before their verdict, and a damaged
 * part's own message wins over any error that reading it ahead met.
 */
async function rateChecked(file: string, c: RateContext): Promise<Rated> {
  const checker = new BackgroundChecker();
  const pkg = openInput(file, c.t, checker); // what opening reads is checked at once
  let rated: Rated;
  checker.arm();
  try {
    rated = rate(pkg, c);
  } catch (e) {
    await pkg.settle();
    throw e;
  }
  await pkg.settle();
  if (rated.sheet !== null) c.note(rated.readNote);
  return rated;
}

export async function reportCommand(file: string, opts: ReportOptions, lang: Lang, t: CliTexts, io: Io): Promise<number> {
  const department = opts.department?.trim() || undefined;
  if (opts.department !== undefined && department === undefined) throw new UsageError(fill(t.errors.usage, { reason: "--department" }));
  const output = opts.output ?? (department === undefined ? defaultOutput(file) : departmentOutput(file, department));
  if (samePath(output, file)) throw new UsageError(fill(t.errors.sameAsInput, { file }));
  checkOutput(output, t); // before the work, not after it
  const { overrides, invalid } = settingsFromFlags(opts);
  if (invalid.length) throw new UsageError(fill(t.errors.usage, { reason: invalid.join(", ") }));

  const progress = !opts.quiet && fileSize(file) >= PROGRESS_BYTES;
  const note = (s: string) => progress && io.err(s + "\n");
  const started = Date.now();
  note(fill(t.progress.reading, { file }));
  const rated = await rateChecked(file, { opts, department, overrides, lang, t, note, started });
  if (rated.sheet === null) {
    // Nothing to rate: reported like any blocking finding, in JSON too.
    const f = rated.finding;
    if (opts.json && f) io.out(JSON.stringify({ findings: [findingJson(f, lang)] }, null, 2) + "\n");
    io.err((f ? findingMessage(f, lang) : t.errors.noRegister) + "\n");
    return 1;
  }
  const { pkg, result, previous } = rated;
  if (result.unknownDepartment) throw new UsageError(unknownDepartmentMessage(department ?? "", result.departments, t, lang));
  const ev = result.evaluation;
  note(fill(t.progress.rating, { items: ev.total }));
  if (previous !== null && opts.previous !== undefined) {
    const problem = previousProblem(previous, ev.settings, ev.period, opts.previous, t);
    if (problem !== null) throw new UsageError(problem);
  }
  return written(pkg, result, { output, opts, lang, t, io, note });
}

interface WriteContext {
  readonly output: string;
  readonly opts: ReportOptions;
  readonly lang: Lang;
  readonly t: CliTexts;
  readonly io: Io;
  readonly note: (s: string) => void;
}

/** Writes the report (or says what blocked it) and what the terminal or --json shows; the exit code. */
async function written(pkg: XlsxPackage, result: EngineResult, c: WriteContext): Promise<number> {
  const { output, opts, lang, t, io, note } = c;
  const ev = result.evaluation;
  const comparison = result.comparison;
  // Made only for --json: every item and every finding's message, thousands on a large register.
  const json = () => ({ ...resultJson(ev, lang), ...(comparison ? { comparison: comparisonJson(comparison) } : {}) });
  const counts = { errors: 0, warnings: 0, info: 0 };
  for (const f of ev.findings) counts[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "info"]++;

  if (result.report === null) {
    if (opts.json) io.out(JSON.stringify(json(), null, 2) + "\n");
    else listFindings(ev.findings, { lang, t }, io.err);
    io.err(fill(t.done.blocked, { errors: counts.errors }) + "\n");
    return 1;
  }
  note(fill(t.progress.writing, { file: output }));
  const { bytes, written } = await writeReportAsync(pkg, result.report);
  writeAtomically(output, bytes, t);
  if (opts.json) io.out(JSON.stringify({ ...json(), output, written }, null, 2) + "\n");
  else {
    io.out(fill(t.done.summary, { total: ev.total, levels: levelCounts(totalsJson(ev), t), ...counts }) + "\n");
    if (comparison) io.out(fill(t.done.comparison, { sentence: comparisonSentence(comparison, ev.settings) }) + "\n");
    listFindings(ev.findings, { lang, t }, io.out);
    io.out(fill(t.done.written, { file: output, sheets: written.join(", ") }) + "\n");
  }
  return 0;
}

/** `S 3 / A 49 / B 10` — one per level of the plan's scale, then the entries not rated when there are any. */
function levelCounts(totals: Record<string, number>, t: CliTexts): string {
  const parts = Object.entries(totals)
    .filter(([code]) => code !== "notRated")
    .map(([code, n]) => `${code} ${n}`);
  if ((totals.notRated ?? 0) > 0) parts.push(fill(t.done.summaryNotRated, { n: totals.notRated }));
  return parts.join(" / ");
}
