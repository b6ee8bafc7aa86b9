/**
 * `shinchoku template [-o REGISTER.xlsx] [--scale …] [--lang ja|en]` (issue 12):
 * a new register workbook to send to departments — the contract's headers
 * with lists and hints, and the 設定 sheet with the plan, the fiscal year and
 * the scale, which `shinchoku report` reads as it was sent. Exit 0 when
 * written, 2 for bad usage (an unreadable --scale, an output that exists).
 */
import * as fs from "fs";
import type { Command } from "commander";
import { fill, findingMessage } from "../core/i18n";
import { DEFAULT_SETTINGS, type Lang, type Settings } from "../core/settings";
import { methodOf } from "../core/settings/keys";
import { readScaleSpec } from "../core/settings/scale-spec";
import { scaleOf } from "../core/settings/scale";
import { templateModel, withTemplateDefaults } from "../core/template/model";
import { formatPeriod } from "../core/values/fiscal-year";
import { UsageError, writeAtomically } from "./files";
import type { Io } from "./report-command";
import { settingsFromFlags, withAreaOption, withPeriodOptions, type SettingFlags } from "./settings-flags";
import type { CliTexts } from "./texts";

export interface TemplateOptions extends Pick<SettingFlags, "plan" | "fiscalYear" | "point" | "area"> {
  output?: string;
  scale?: string;
  method?: string;
  force?: boolean;
}

/** The 設定 the template carries: the flags, the scale, and (unless given) the fiscal year `today` falls in. */
export function templateSettings(opts: TemplateOptions, lang: Lang, t: CliTexts, today: Date): Settings {
  const { overrides, invalid } = settingsFromFlags({ plan: opts.plan, fiscalYear: opts.fiscalYear, point: opts.point, area: opts.area });
  if (invalid.length) throw new UsageError(fill(t.errors.usage, { reason: invalid.join(", ") }));
  const settings: Settings = withTemplateDefaults({ ...DEFAULT_SETTINGS, areas: [], lang, ...overrides }, today);
  if (opts.scale !== undefined) {
    const spec = readScaleSpec(opts.scale);
    if (spec.findings.length > 0) {
      throw new UsageError(fill(t.errors.badScale, { reason: spec.findings.map((f) => findingMessage(f, lang)).join(" ") }));
    }
    if (spec.levels !== null) settings.scale = spec.levels;
  }
  if (opts.method !== undefined) {
    const method = methodOf(opts.method);
    if (method === null) throw new UsageError(fill(t.errors.badMethod, { value: opts.method }));
    settings.method = method;
  }
  return settings;
}

export async function templateCommand(opts: TemplateOptions, lang: Lang, t: CliTexts, io: Io, today = new Date()): Promise<number> {
  const output = opts.output ?? t.template.defaultFile;
  // A filled register is never replaced by a blank form unless asked to.
  if (!opts.force && fs.existsSync(output)) throw new UsageError(fill(t.errors.outputExists, { file: output }));
  const settings = templateSettings(opts, lang, t, today);
  const model = templateModel({ settings, lang });
  // exceljs is loaded here only: the other commands never pay for it.
  const { writeTemplate } = await import("../workbook/template/write-template");
  writeAtomically(output, await writeTemplate(model), t);
  const levels = scaleOf(settings).levels.map((l) => l.code).join("/");
  io.out(fill(t.done.template, { file: output, period: formatPeriod(settings.fiscalYear as number, settings.point, lang), levels }) + "\n");
  return 0;
}

/** Declares `template` and its options on the program. */
export function addTemplateCommand(program: Command, t: CliTexts, action: (opts: TemplateOptions) => Promise<void>): void {
  const template = program
    .command("template")
    .description(t.template.description)
    .option("-o, --output <file>", t.template.output)
    .option("--scale <scale>", t.template.scale)
    .option("--method <method>", t.template.method);
  withAreaOption(withPeriodOptions(template, t), t).option("--force", t.template.force).action(action);
}
