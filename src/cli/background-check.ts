/**
 * The command line's part checker (workbook/xlsx/part-check.ts): a part of
 * BACKGROUND_BYTES or more is checked on a worker thread, on the machine's
 * other core, while the main thread reads and rates it; smaller parts are
 * checked at once (posting them would cost more than checking them). On the
 * 60 k-row register this takes the check of its 17 MB sheet and 4 MB shared
 * strings off the main thread (figures: docs/xlsx-package.md).
 *
 * Whatever goes wrong with the worker (it cannot start, it fails, it ends),
 * the parts it did not answer for are checked on the main thread in
 * settle(): the verdict is the same either way, only later.
 */
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { PENDING, type PartChecker, type PartFault } from "../workbook/xlsx/part-check";
import { checkXml, type XmlFault } from "../workbook/xlsx/xml-check";
import type { CheckAnswer, CheckRequest } from "./part-check-worker";

/** Parts from this size on are checked on the worker. */
export const BACKGROUND_BYTES = 1 << 20;

/** The compiled worker beside this module (absent when run from the TypeScript sources, as in unit tests). */
const WORKER_FILE = path.join(__dirname, "part-check-worker.js");

interface Taken {
  readonly part: string;
  readonly verdict: Promise<XmlFault | null>;
}

export class BackgroundChecker implements PartChecker {
  private worker: Worker | null = null;
  /** Parts sent and not yet answered for, by request id. */
  private readonly waiting = new Map<number, { readonly text: string; readonly resolve: (fault: XmlFault | null) => void }>();
  private readonly taken: Taken[] = [];
  private nextId = 0;
  /** Set when the worker cannot serve: every part is then checked here. */
  private failed = false;

  constructor(
    private readonly workerFile: string = WORKER_FILE,
    private readonly minBytes: number = BACKGROUND_BYTES,
  ) {}

  check(part: string, text: string, bytes: Uint8Array): XmlFault | null | typeof PENDING {
    if (bytes.length < this.minBytes) return checkXml(text);
    const worker = this.started();
    if (worker === null) return checkXml(text);
    const id = this.nextId++;
    const verdict = new Promise<XmlFault | null>((resolve) => this.waiting.set(id, { text, resolve }));
    const request: CheckRequest = { id, bytes };
    worker.postMessage(request); // a copy: the package keeps its bytes
    this.taken.push({ part, verdict });
    return PENDING;
  }

  async settle(): Promise<PartFault | null> {
    try {
      for (const t of this.taken) {
        const fault = await t.verdict;
        if (fault !== null) return { part: t.part, fault };
      }
      return null;
    } finally {
      this.taken.length = 0;
      this.waiting.clear();
      const worker = this.worker;
      this.worker = null;
      if (worker !== null) void worker.terminate();
    }
  }

  private started(): Worker | null {
    if (this.worker !== null || this.failed) return this.worker;
    if (!fs.existsSync(this.workerFile)) {
      this.failed = true;
      return null;
    }
    const worker = new Worker(this.workerFile);
    worker.unref(); // never what keeps the process alive
    worker.on("message", (m: CheckAnswer) => this.answered(m.id, m.fault));
    worker.on("error", () => this.fallBack());
    worker.on("exit", () => this.fallBack());
    this.worker = worker;
    return worker;
  }

  private answered(id: number, fault: XmlFault | null): void {
    const w = this.waiting.get(id);
    this.waiting.delete(id);
    w?.resolve(fault);
  }

  /** The worker failed or ended: the parts it has not answered for are checked here. */
  private fallBack(): void {
    this.failed = true;
    for (const w of this.waiting.values()) w.resolve(checkXml(w.text));
    this.waiting.clear();
  }
}
