/**
 * `shinchoku consolidate DEPT1.xlsx DEPT2.xlsx ... -o REGISTER.xlsx`: one
 * register from the departments' registers, with a source column. Conflicts
 * (the same No. with different content) are errors naming both files and
 * cells; then nothing is written (exit 1).
 */
import * as path from "path";
import { consolidate } from "../core/consolidate";
import { fill } from "../core/i18n";
import { findingJson } from "../core/result-json";
import { finding, hasErrors, type Finding } from "../core/findings/finding";
import { readRegister } from "../core/register/read-register";
import type { Lang } from "../core/settings";
import { readGrid } from "../workbook/xlsx/read-grid";
import { createWorkbook } from "../workbook/xlsx/new-workbook";
import { cliCodec } from "./node-codec";
import { openInput, samePath, UsageError, writeAtomically } from "./files";
import { registerSheetName } from "./locate";
import type { Io } from "./report-command";
import type { CliTexts } from "./texts";
import { DEFAULT_REGISTER_SHEET } from "../core/settings";

export interface ConsolidateOptions {
  output?: string;
  sheet?: string;
  json?: boolean;
}

export function consolidateCommand(files: string[], opts: ConsolidateOptions, lang: Lang, t: CliTexts, io: Io): number {
  if (!opts.output) throw new UsageError(t.errors.outputRequired);
  const output = opts.output;
  for (const f of files) if (samePath(f, output)) throw new UsageError(fill(t.errors.sameAsInput, { file: f }));
  const findings: Finding[] = [];
  const sources = [];
  for (const file of files) {
    const pkg = openInput(file, t);
    const sheet = registerSheetName(pkg, opts.sheet);
    if (sheet === null) {
      findings.push(finding("sheet-not-found", null, { sheet: `${path.basename(file)}: ${opts.sheet ?? DEFAULT_REGISTER_SHEET}` }));
      continue;
    }
    const register = readRegister(readGrid(pkg, sheet));
    for (const f of register.findings) if (f.severity === "error") findings.push(f);
    sources.push({ label: path.basename(file), register });
  }
  const merged = consolidate(sources, t.consolidate.sourceHeader);
  for (const f of merged.findings) findings.push(f);
  const listed = findings.map((f) => findingJson(f, lang));
  if (hasErrors(findings)) {
    if (opts.json) io.out(JSON.stringify({ findings: listed }, null, 2) + "\n");
    else for (const f of listed) io.err(`${f.severity}\t${f.code}\t${f.cell ?? ""}\t${f.message}\n`);
    io.err(fill(t.done.blocked, { errors: listed.filter((f) => f.severity === "error").length }) + "\n");
    return 1;
  }
  writeAtomically(output, createWorkbook([{ name: DEFAULT_REGISTER_SHEET, rows: merged.rows }], cliCodec), t);
  if (opts.json) io.out(JSON.stringify({ output, items: merged.items, files: files.length, findings: listed }, null, 2) + "\n");
  else io.out(fill(t.done.consolidated, { count: files.length, items: merged.items, file: output }) + "\n");
  return 0;
}
