/**
 * `report --previous EARLIER.xlsx` (contract §10): the earlier period's
 * result, from its register (or a report workbook, which holds the register
 * too) run through the same engine. Every way it can fail ends the command
 * with a message naming that file, before anything is written.
 */
import { blockOf, type HistoryBlock } from "../core/cycle/history-block";
import { cycleLabels } from "../core/cycle/sentence";
import { fill, findingMessage } from "../core/i18n";
import { runEngine } from "../core/run";
import type { Lang, Settings } from "../core/settings";
import { scaleOf } from "../core/settings/scale";
import { readGrid } from "../workbook/xlsx/read-grid";
import { openInput, UsageError } from "./files";
import { registerSheetName, settingsGrid } from "./locate";
import type { CliTexts } from "./texts";
import { xlsxErrorMessage } from "./xlsx-messages";

export interface PreviousPeriod {
  readonly block: HistoryBlock;
  readonly settings: Settings;
}

function open(file: string, t: CliTexts) {
  try {
    return openInput(file, t);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(fill(t.errors.previousUnreadable, { reason: e.message }));
    throw e;
  }
}

function evaluate(file: string, sheet: string | undefined, reportLang: Lang | undefined, lang: Lang, t: CliTexts) {
  const pkg = open(file, t);
  const name = (sheet === undefined ? null : registerSheetName(pkg, sheet)) ?? registerSheetName(pkg, undefined);
  if (name === null) throw new UsageError(fill(t.errors.previousNoRegister, { file }));
  const result = runEngine({ register: readGrid(pkg, name), settingsSheet: settingsGrid(pkg), overrides: reportLang ? { lang: reportLang } : {} });
  const ev = result.evaluation;
  if (ev.findings.some((f) => f.code === "assumed-fiscal-year")) throw new UsageError(fill(t.errors.previousNoYear, { file }));
  const errors = ev.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    const first = `${errors[0].cell ?? ""} ${findingMessage(errors[0], lang)}`.trim();
    throw new UsageError(fill(t.errors.previousBlocked, { file, errors: errors.length, first }));
  }
  return ev;
}

/** The previous period's block; `sheet` is tried first when the file has a sheet of that name. */
export function readPreviousPeriod(file: string, sheet: string | undefined, reportLang: Lang | undefined, lang: Lang, t: CliTexts): PreviousPeriod {
  try {
    const ev = evaluate(file, sheet, reportLang, lang, t);
    return { block: blockOf(ev, cycleLabels(ev.settings.lang).history.actualSeparator), settings: ev.settings };
  } catch (e) {
    const damaged = xlsxErrorMessage(e, file, t);
    if (damaged !== null) throw new UsageError(fill(t.errors.previousUnreadable, { reason: damaged }));
    throw e;
  }
}

const codes = (s: Settings) => scaleOf(s).levels.map((l) => l.code);

/** Why the previous period cannot be compared with this one (another scale, not earlier), or null. */
export function previousProblem(previous: PreviousPeriod, current: Settings, period: string, file: string, t: CliTexts): string | null {
  const before = codes(previous.settings);
  const now = codes(current);
  if (before.join("\u0000") !== now.join("\u0000")) return fill(t.errors.previousScale, { file, previous: before.join("/"), current: now.join("/") });
  const key = (s: Settings) => (s.fiscalYear ?? 0) * 2 + (s.point === "yearEnd" ? 1 : 0);
  if (key(previous.settings) >= key(current)) return fill(t.errors.previousNotEarlier, { file, previous: previous.block.period, current: period });
  return null;
}
