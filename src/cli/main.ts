/**
 * The `shinchoku` command: report, consolidate, export, template. A thin shell: it
 * parses flags, reads and writes files, and prints; the engine decides.
 */
import { Command, CommanderError, Option } from "commander";
import { fill } from "../core/i18n";
import type { Lang } from "../core/settings";
import { consolidateCommand } from "./consolidate-command";
import { exportCommand } from "./export-command";
import { UsageError } from "./files";
import { langFromArgs, langFromEnv } from "./lang";
import { reportCommand, type Io } from "./report-command";
import { withAreaOption, withPeriodOptions } from "./settings-flags";
import { addTemplateCommand, templateCommand } from "./template-command";
import { cliTexts, type CliTexts } from "./texts";
import { xlsxErrorMessage } from "./xlsx-messages";

import { version as VERSION } from "../../package.json";

const stdio: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};

/** The program with its global options; its output goes to `io`, and it ends by throwing instead of exiting. */
function newProgram(t: CliTexts, io: Io): Command {
  return new Command("shinchoku")
    .description(t.description)
    .version(VERSION)
    .addOption(new Option("--lang <lang>", t.langOption).choices(["ja", "en"]))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
}

/** Runs the command line; resolves to the exit code (0 written, 1 blocked by findings, 2 usage or unreadable file). */
export async function main(argv: readonly string[], io: Io = stdio, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang: Lang = langFromArgs(argv) ?? langFromEnv(env);
  const t = cliTexts(lang);
  let code = 0;
  /** Runs a command on `file`; a file damaged inside ends it with a message naming the file, part and line. */
  const run = async (f: () => number | Promise<number>, file: string) => {
    try {
      code = await f();
    } catch (e) {
      const damaged = xlsxErrorMessage(e, file, t);
      if (damaged !== null) throw new UsageError(damaged);
      throw e;
    }
  };

  const program = newProgram(t, io);

  addCommands(program, { lang, t, io, run });

  addTemplateCommand(program, t, async (opts) => void (code = await templateCommand(opts, lang, t, io)));

  try {
    await program.parseAsync([...argv], { from: "user" });
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(e.message + "\n");
      return 2;
    }
    // Not a crash: a plain message and a usage-class exit code. Outputs are written
    // atomically at the very end, so nothing half-written is left behind.
    io.err(fill(t.errors.internal, { reason: e instanceof Error ? e.message : String(e) }) + "\n");
    return 2;
  }
}

/** Runs a command on a file (the file named in its messages), setting the exit code. */
type Runner = (f: () => number | Promise<number>, file: string) => Promise<void>;

/** The commands and their flags. */
function addCommands(program: Command, c: { lang: Lang; t: ReturnType<typeof cliTexts>; io: Io; run: Runner }): void {
  const { lang, t, io, run } = c;
  const report = program
    .command("report")
    .description(t.report.description)
    .argument("<register>", t.report.register)
    .option("-o, --output <file>", t.report.output)
    .option("--sheet <name>", t.report.sheet)
    .option("--json", t.report.json);
  withAreaOption(withPeriodOptions(report, t).option("--s-margin <number>", t.report.sMargin), t)
    .option("--report-lang <lang>", t.report.reportLang)
    .option("--previous <file>", t.report.previous)
    .option("--department <name>", t.report.department)
    .option("-q, --quiet", t.quietOption)
    .action((file: string, opts) => run(() => reportCommand(file, opts, lang, t, io), file));

  program
    .command("consolidate")
    .description(t.consolidate.description)
    .argument("<files...>", t.consolidate.inputs)
    .option("-o, --output <file>", t.consolidate.output)
    .option("--previous <file>", t.consolidate.previous)
    .option("--sheet <name>", t.report.sheet)
    .option("--json", t.report.json)
    .action((files: string[], opts) => run(() => consolidateCommand(files, opts, lang, t, io), files.join(", ")));

  program
    .command("export")
    .description(t.export.description)
    .argument("<report>", t.export.input)
    .option("-o, --output <file>", t.export.output)
    .option("--sheets <names>", t.export.sheets)
    .action((file: string, opts) => run(() => exportCommand(file, opts, lang, t, io), file));
}
