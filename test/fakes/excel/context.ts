/**
 * The request context: a queue of operations sent as one request per
 * `sync()`. What a sync does, in Office.js's order:
 *
 * 1. nothing queued → no request (and no round trip), like Office.js;
 * 2. the request's payload is measured as the JSON body real Office.js would
 *    send (object paths, actions, Ids: see request.ts); above the limit
 *    (5 MB, Excel on the web) the request is rejected with
 *    `RequestPayloadSizeLimitExceeded` and none of it is applied;
 * 3. operations run in order against the workbook; the first one that fails
 *    (a real error, or the one `failAt(k)` picked) stops the request: the
 *    operations before it stay applied, the rest are dropped, nothing loaded
 *    in this request is delivered, and sync() rejects with the error;
 * 4. the response (everything loaded) is measured; above the limit sync()
 *    rejects with `ResponsePayloadSizeLimitExceeded` (the writes stay applied);
 * 5. loaded values are delivered to their proxies; objects made in this
 *    request learn whether they are null.
 */
import { FakeOfficeError } from "./errors";
import { RESULT_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { FakeClientObject, Loaded } from "./proxies/base";
import { RequestBuilder } from "./request";
import { WorkbookProxy } from "./proxies/workbook";
import type { FakeWorkbook } from "./state";

export interface QueuedOp {
  readonly label: string;
  readonly args: readonly unknown[];
  readonly load?: boolean;
  readonly run: () => Loaded | void;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
  /** Error code when the request failed. */
  readonly failed: string | null;
}

/** What a context needs from the fake as a whole. */
export interface FakeEngine {
  readonly workbook: FakeWorkbook;
  readonly payloadLimitBytes: number;
  readonly cellReadLimit: number;
  readonly mergedAreasLimit: number;
  /** What a `*OrNullObject` method called through a null object gives (FakeExcelOptions.nullChains). */
  readonly nullChains: "propagate" | "fail";
  /** Counts an applied operation; throws the injected failure when it is the one. */
  countOperation(label: string): void;
  recordSync(record: SyncRecord): void;
  /** Throws ApiNotFound when the host lacks this ExcelApi version. */
  require(version: string, where: string): void;
}

export class FakeRequestContext {
  /** The request body being built, as Office.js would send it (for its size). */
  readonly _wire: RequestBuilder;
  readonly workbook: WorkbookProxy;
  private queue: QueuedOp[] = [];
  private bound: [FakeClientObject, unknown][] = [];
  /** Set when Excel.run has finished: the context's objects are released. */
  released = false;

  /** `autoCleanup`: an Excel.run context (default), whose Ranges are kept for the run as Office.js does (_KeepReference). */
  constructor(
    readonly _engine: FakeEngine,
    autoCleanup = true,
  ) {
    this._wire = new RequestBuilder(autoCleanup);
    this.workbook = new WorkbookProxy(this);
  }

  _enqueue(op: QueuedOp): void {
    if (this.released) {
      throw new FakeOfficeError("InvalidObjectPath", "The request context of this object has been released (Excel.run has finished).", op.label);
    }
    this.queue.push(op);
  }

  _bind(obj: FakeClientObject, target: unknown): void {
    obj._target = target;
    this.bound.push([obj, target]);
  }

  /** Operations queued and not yet sent. */
  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    this.bound = [];
    const requestBytes = this._wire.take();
    if (ops.length === 0) return;
    const limit = this._engine.payloadLimitBytes;
    if (requestBytes > limit) {
      this._engine.recordSync({ requestBytes, responseBytes: 0, operations: ops.length, failed: "RequestPayloadSizeLimitExceeded" });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const results: Loaded[] = [];
    let responseBytes = 0;
    let applied = 0;
    try {
      for (const op of ops) {
        this._engine.countOperation(op.label);
        applied++;
        const r = op.run();
        if (r) {
          results.push(r);
          responseBytes += RESULT_OVERHEAD_BYTES + jsonBytes(r.json);
        }
      }
    } catch (e) {
      const code = e instanceof FakeOfficeError ? e.code : "GeneralException";
      this._engine.recordSync({ requestBytes, responseBytes: 0, operations: applied, failed: code });
      this.bound = [];
      throw e;
    }
    if (responseBytes > limit) {
      this._engine.recordSync({ requestBytes, responseBytes, operations: applied, failed: "ResponsePayloadSizeLimitExceeded" });
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    this._engine.recordSync({ requestBytes, responseBytes, operations: applied, failed: null });
    const bound = this.bound;
    this.bound = [];
    for (const [obj, target] of bound) obj._isNull = target === null;
    for (const r of results) r.deliver();
  }
}
