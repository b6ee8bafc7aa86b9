/**
 * Deflate jobs on libuv's thread pool (zlib's asynchronous API), for the
 * command line's save: the blocks of a report sheet are deflated while the
 * main thread goes on building the next ones (node-codec.ts).
 *
 * Two things make that work; without them, two earlier tries gained nothing
 * (docs/xlsx-package.md):
 * - a job starts in the call that asks for it, not in a later microtask: the
 *   main thread builds synchronously, and a microtask would wait for it;
 * - the caller gives each job an output buffer for its whole output. A job
 *   that fills its buffer waits for the busy main thread to give it the next.
 *
 * A job holds zlib's state and its output buffer (about 0.5 MB for a 1 MiB
 * block) until the main thread takes its result. At most `limit` jobs are
 * held at once, so a report of any size costs a bounded amount more memory.
 */
import * as zlib from "zlib";

/** Jobs held at once: about 32 MB for 1 MiB blocks, and more than the 60 k-row report's 61 blocks. */
export const JOBS_AT_ONCE = 64;

export class DeflateJobs {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit = JOBS_AT_ONCE) {}

  /** Starts deflating `block` now when a place is free (and nobody waits for one); its job, else null. */
  tryStart(block: Uint8Array, opts: zlib.ZlibOptions): Promise<Buffer> | null {
    if (this.held >= this.limit || this.waiting.length > 0) return null;
    this.held++;
    return this.start(block, opts);
  }

  /** Deflates `block`, once a place is free. */
  async run(block: Uint8Array, opts: zlib.ZlibOptions): Promise<Buffer> {
    const now = this.tryStart(block, opts);
    if (now !== null) return now;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.start(block, opts); // the place was handed over by release()
  }

  private start(block: Uint8Array, opts: zlib.ZlibOptions): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      try {
        zlib.deflateRaw(block, opts, (err, out) => {
          this.release();
          if (err) reject(err);
          else resolve(out);
        });
      } catch (e) {
        this.release();
        reject(e);
      }
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next();
    else this.held--;
  }
}
