/**
 * `shinchoku consolidate DEPT1.xlsx DEPT2.xlsx ... -o REGISTER.xlsx [--previous EARLIER.xlsx]`:
 * one register from the departments' registers, with its source (contract §8, §10):
 * - the 出典 column (the file) and 出典行 (the department's sheet and row), and the
 *   hidden 出典列 sheet (each file's column of each field), so that `report` on the
 *   merged register names the department's own cell of each finding;
 * - the 設定 sheet of the first file that has one, the others checked against it
 *   (consolidate-settings.ts);
 * - which departments' files are in and, with --previous, which departments of
 *   the previous period sent none (consolidate-departments.ts).
 * Conflicts (the same No. with different content, 設定 differing in what rates
 * the items) are errors naming both files and cells; then nothing is written (exit 1).
 */
import * as path from "path";
import { consolidate, type ConsolidationSource } from "../core/consolidate";
import { checkDepartments, type DepartmentCheck } from "../core/consolidate-departments";
import { checkSettingsAgreement, type SettingsAgreement } from "../core/consolidate-settings";
import type { CellValue, Grid } from "../core/grid";
import { fill } from "../core/i18n";
import { findingJson, type FindingJson } from "../core/result-json";
import { finding, hasErrors, type Finding } from "../core/findings/finding";
import { readRegister } from "../core/register/read-register";
import { SOURCE_SHEET } from "../core/register/row-sources";
import type { Register } from "../core/register/types";
import type { Lang } from "../core/settings";
import { readGrid } from "../workbook/xlsx/read-grid";
import { createWorkbook, type NewSheet } from "../workbook/xlsx/new-workbook";
import { cliCodec } from "./node-codec";
import { openInput, samePath, UsageError, writeAtomically } from "./files";
import { registerSheetName, settingsGrid } from "./locate";
import type { Io } from "./report-command";
import type { CliTexts } from "./texts";
import { DEFAULT_REGISTER_SHEET } from "../core/settings";

export interface ConsolidateOptions {
  output?: string;
  sheet?: string;
  json?: boolean;
  /** The previous period's register or report workbook. */
  previous?: string;
}

/** What the departments' files hold. */
interface Inputs {
  readonly sources: ConsolidationSource[];
  readonly settings: { label: string; grid: Grid | null }[];
  readonly findings: Finding[];
}

export function consolidateCommand(files: string[], opts: ConsolidateOptions, lang: Lang, t: CliTexts, io: Io): number {
  if (!opts.output) throw new UsageError(t.errors.outputRequired);
  const output = opts.output;
  for (const f of files) if (samePath(f, output)) throw new UsageError(fill(t.errors.sameAsInput, { file: f }));
  if (opts.previous !== undefined && samePath(opts.previous, output)) throw new UsageError(fill(t.errors.sameAsInput, { file: opts.previous }));
  const inputs = readInputs(files, opts.sheet, t);
  const findings = inputs.findings;
  const merged = consolidate(inputs.sources, { file: t.consolidate.sourceHeader, row: t.consolidate.sourceRowHeader });
  const agreement = checkSettingsAgreement(inputs.settings);
  const previous = opts.previous === undefined ? null : readPrevious(opts.previous, t, findings);
  const departments = checkDepartments(
    inputs.sources.map((s) => ({ label: s.label, entries: s.register.entries })),
    previous === null ? null : { label: path.basename(opts.previous as string), entries: previous.entries },
  );
  findings.push(...merged.findings, ...agreement.findings, ...departments.findings);
  const listed = findings.map((f) => findingJson(f, lang));
  if (hasErrors(findings)) {
    if (opts.json) io.out(JSON.stringify({ findings: listed }, null, 2) + "\n");
    else printFindings(listed, io);
    io.err(fill(t.done.blocked, { errors: listed.filter((f) => f.severity === "error").length }) + "\n");
    return 1;
  }
  const sheets: NewSheet[] = [
    { name: DEFAULT_REGISTER_SHEET, rows: merged.rows },
    ...settingsSheet(agreement),
    { name: SOURCE_SHEET, rows: merged.sourceTable, hidden: true },
  ];
  writeAtomically(output, createWorkbook(sheets, cliCodec), t);
  if (opts.json) {
    const json = { output, items: merged.items, files: files.length, departments: departmentsJson(departments), settingsFrom: agreement.kept?.label ?? null, findings: listed };
    io.out(JSON.stringify(json, null, 2) + "\n");
  } else {
    io.out(fill(t.done.consolidated, { count: files.length, items: merged.items, file: output }) + "\n");
    printDepartments(departments, agreement, t, io);
    printFindings(listed, io);
  }
  return 0;
}

/** Each file's register (its errors kept) and its 設定 sheet. */
function readInputs(files: readonly string[], sheetName: string | undefined, t: CliTexts): Inputs {
  const inputs: Inputs = { sources: [], settings: [], findings: [] };
  for (const file of files) {
    const pkg = openInput(file, t);
    const label = path.basename(file);
    const sheet = registerSheetName(pkg, sheetName);
    if (sheet === null) {
      inputs.findings.push(finding("sheet-not-found", null, { sheet: `${label}: ${sheetName ?? DEFAULT_REGISTER_SHEET}` }));
      continue;
    }
    const register = readRegister(readGrid(pkg, sheet));
    for (const f of register.findings) if (f.severity === "error") inputs.findings.push(f);
    inputs.sources.push({ label, register });
    inputs.settings.push({ label, grid: settingsGrid(pkg) });
  }
  return inputs;
}

/** The previous period's register (of a register or report workbook); null, with a finding, when it has none. */
function readPrevious(file: string, t: CliTexts, findings: Finding[]): Register | null {
  const pkg = openInput(file, t);
  const sheet = registerSheetName(pkg, undefined);
  if (sheet === null) {
    findings.push(finding("sheet-not-found", null, { sheet: `${path.basename(file)}: ${DEFAULT_REGISTER_SHEET}` }));
    return null;
  }
  return readRegister(readGrid(pkg, sheet));
}

/** The kept 設定 sheet, at its place on the sheet (rows and columns before its first cell left blank). */
function settingsSheet(agreement: SettingsAgreement): NewSheet[] {
  if (agreement.kept === null) return [];
  const g = agreement.kept.grid;
  const pad: CellValue[] = new Array<CellValue>(g.left).fill(null);
  const rows: CellValue[][] = [...Array.from({ length: g.top }, () => []), ...g.values.map((r) => [...pad, ...r])];
  return [{ name: g.sheet, rows }];
}

function departmentsJson(d: DepartmentCheck): object {
  return { files: d.files.map((f) => ({ file: f.file, departments: f.departments, items: f.items })), previous: d.previous, missing: d.missing };
}

function printDepartments(d: DepartmentCheck, agreement: SettingsAgreement, t: CliTexts, io: Io): void {
  for (const f of d.files) io.out(fill(t.done.departmentIn, { file: f.file, departments: f.departments.join("・"), items: f.items }) + "\n");
  if (d.previous !== null) {
    const line = d.missing.length > 0 ? fill(t.done.departmentsMissing, { previous: d.previous, departments: d.missing.join("・") }) : fill(t.done.noneMissing, { previous: d.previous });
    io.out(line + "\n");
  }
  if (agreement.kept !== null) io.out(fill(t.done.settingsKept, { file: agreement.kept.label }) + "\n");
}

function printFindings(listed: readonly FindingJson[], io: Io): void {
  for (const f of listed) io.err(`${f.severity}\t${f.code}\t${f.cell ?? ""}\t${f.message}\n`);
}
