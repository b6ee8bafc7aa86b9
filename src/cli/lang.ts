/** The command line's language: --lang, else the environment's locale (LC_ALL, LC_MESSAGES, LANG): ja when it says ja, else en. */
import type { Lang } from "../core/settings";

export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || "";
  return /^ja/i.test(locale) ? "ja" : "en";
}

/** Looks for `--lang X` / `--lang=X` before commander parses, so that help texts are in that language too. */
export function langFromArgs(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : null;
    if (v === "ja" || v === "en") return v;
  }
  return null;
}
