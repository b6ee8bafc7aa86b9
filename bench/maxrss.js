// Preloaded with `node -r` in the benchmark's child processes: reports the
// process's peak resident memory (kB) on exit, on stderr, as one tagged line.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
