/**
 * The command line's part checker (workbook/xlsx/part-check.ts): once armed,
 * a part of BACKGROUND_BYTES or more is checked on a worker thread, on the
 * machine's other core, while the main thread reads and rates it; smaller
 * parts are checked at once (posting them would cost more than checking
 * them), and so are parts past BACKGROUND_MAX_BYTES. Figures:
 * docs/xlsx-package.md.
 *
 * Its life: disarmed while the package is opened (what opening reads is
 * checked at once, so a damaged part there is refused as it always was);
 * armed for reading and rating; closed by settle(), after which every part is
 * checked at once again and no worker is left running. Whatever goes wrong
 * with the worker (it cannot start, fails, ends, cannot pass a message), the
 * parts it did not answer for are checked on the main thread in settle(): the
 * verdict is the same either way, only later.
 */
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { PENDING, type PartChecker, type PartFault } from "../workbook/xlsx/part-check";
import { checkXml, type XmlFault } from "../workbook/xlsx/xml-check";
import type { CheckAnswer, CheckRequest } from "./part-check-worker";

/** Parts from this size on are checked on the worker. */
export const BACKGROUND_BYTES = 1 << 20;
/**
 * Parts beyond this size are checked at once: on the worker a part is held
 * twice more (its copy and its text there), and this bound keeps the worst
 * case's memory near the inline check's (docs/xlsx-package.md).
 */
export const BACKGROUND_MAX_BYTES = 64 << 20;

/** The compiled worker beside this module (absent when run from the TypeScript sources, as in unit tests). */
const WORKER_FILE = path.join(__dirname, "part-check-worker.js");

/** What the worker answered for a part; UNCHECKED when it could not, and the part is checked in settle(). */
const UNCHECKED = "unchecked";
type Verdict = XmlFault | null | typeof UNCHECKED;

interface Taken {
  readonly part: string;
  readonly text: string;
  readonly verdict: Promise<Verdict>;
}

export class BackgroundChecker implements PartChecker {
  private worker: Worker | null = null;
  /** Parts sent and not yet answered for, by request id. */
  private readonly waiting = new Map<number, (verdict: Verdict) => void>();
  private readonly taken: Taken[] = [];
  private nextId = 0;
  private armed = false;
  /** Set by settle(), or when the worker cannot serve: every part is then checked at once. */
  private closed = false;

  constructor(
    private readonly workerFile: string = WORKER_FILE,
    private readonly minBytes: number = BACKGROUND_BYTES,
    private readonly maxBytes: number = BACKGROUND_MAX_BYTES,
  ) {}

  /** From now until settle(), large parts go to the worker. */
  arm(): void {
    if (!this.closed) this.armed = true;
  }

  check(part: string, text: string, bytes: Uint8Array): XmlFault | null | typeof PENDING {
    if (!this.armed || bytes.length < this.minBytes || bytes.length > this.maxBytes) return checkXml(text);
    const worker = this.started();
    if (worker === null) return checkXml(text);
    const id = this.nextId++;
    const verdict = new Promise<Verdict>((resolve) => this.waiting.set(id, resolve));
    // A view over part of a larger buffer is copied first: structured cloning copies a view's whole buffer.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const request: CheckRequest = { id, bytes: whole ? bytes : new Uint8Array(bytes) };
    worker.postMessage(request); // a copy: the package keeps its bytes
    this.taken.push({ part, text, verdict });
    return PENDING;
  }

  async settle(): Promise<PartFault | null> {
    this.closed = true;
    this.armed = false;
    try {
      for (const t of this.taken) {
        const answer = await t.verdict;
        const fault = answer === UNCHECKED ? checkXml(t.text) : answer;
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
    if (this.closed) return null;
    if (this.worker !== null) return this.worker;
    if (!fs.existsSync(this.workerFile)) return this.unavailable();
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch {
      return this.unavailable();
    }
    worker.on("message", (m: CheckAnswer) => this.answered(m.id, m.fault));
    worker.on("messageerror", () => this.fallBack());
    worker.on("error", () => this.fallBack());
    worker.on("exit", () => this.fallBack());
    this.worker = worker;
    return worker;
  }

  private unavailable(): null {
    this.closed = true;
    return null;
  }

  private answered(id: number, fault: XmlFault | null): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(fault);
  }

  /** The worker failed or ended: it takes no more parts, and those it has not answered for are checked in settle(). */
  private fallBack(): void {
    this.closed = true;
    for (const resolve of this.waiting.values()) resolve(UNCHECKED);
    this.waiting.clear();
  }
}
