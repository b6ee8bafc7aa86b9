/**
 * `shinchoku export REPORT.xlsx -o COMMITTEE.xlsx [--sheets ...]`: the
 * committee's copy — only the chosen report sheets, values and formatting, no
 * formulas and no link back to the register (contract §7).
 */
import { fill } from "../core/i18n";
import type { Lang } from "../core/settings";
import { listSheets } from "../workbook/xlsx/read-grid";
import { exportSheets } from "../workbook/xlsx/export";
import { openInput, samePath, UsageError, writeAtomically } from "./files";
import type { Io } from "./report-command";
import type { CliTexts } from "./texts";
import { committeeSheets } from "../core/report/sheet-names";

export interface ExportOptions {
  output?: string;
  sheets?: string;
}

export function exportCommand(file: string, opts: ExportOptions, _lang: Lang, t: CliTexts, io: Io): number {
  if (!opts.output) throw new UsageError(t.errors.outputRequired);
  if (samePath(opts.output, file)) throw new UsageError(fill(t.errors.sameAsInput, { file }));
  const pkg = openInput(file, t);
  const generated = listSheets(pkg).filter((s) => s.generated).map((s) => s.name);
  if (generated.length === 0) throw new UsageError(fill(t.errors.noGenerated, { file }));
  // Default: every report sheet but the division's working sheets (検証結果, 評価履歴), which are not the committee's.
  const chosen = opts.sheets ? opts.sheets.split(",").map((s) => s.trim()).filter((s) => s !== "") : committeeSheets(generated);
  for (const name of chosen) if (!generated.includes(name)) throw new UsageError(fill(t.errors.notGenerated, { sheet: name }));
  writeAtomically(opts.output, exportSheets(pkg, chosen), t);
  io.out(fill(t.done.exported, { file: opts.output, sheets: chosen.join(", ") }) + "\n");
  return 0;
}
