/**
 * Counts the requests an adapter call sends and the estimated size of the
 * largest, for WriteOutcome and WorkbookSnapshot. Every sync of the adapter
 * is written `await trips.sent(context.sync())` (so that the Office.js lint
 * rules still see the context.sync()); a sync with nothing queued is not sent
 * by Office.js, so callers only sync after queueing something.
 *
 * A request's estimate (request-cost.ts) is what was queued into it, plus
 * what every request sends anyway (REQUEST_COST: the body, the workbook and
 * its worksheets) and, once per request, each object that the queued work
 * hangs from (a worksheet: a RequestScope).
 */
import { REQUEST_COST } from "./request-cost";

/** An object whose path every request using it sends once (a worksheet): its cost per request. */
export interface RequestScope {
  readonly bytes: number;
}

export class RoundTrips {
  count = 0;
  largestRequestBytes = 0;
  /** Estimated bytes of the request being queued (0: nothing queued since the last sync). */
  pendingBytes = 0;
  private scopes = new Set<RequestScope>();

  /** Bytes that queueing `bytes` of work on `scope` would add to the pending request. */
  cost(bytes: number, scope?: RequestScope): number {
    return bytes + (this.pendingBytes === 0 ? REQUEST_COST : 0) + (scope !== undefined && !this.scopes.has(scope) ? scope.bytes : 0);
  }

  /** Counts queued work (estimated bytes), on `scope` when given. */
  queued(bytes: number, scope?: RequestScope): void {
    this.pendingBytes += this.cost(bytes, scope);
    if (scope !== undefined) this.scopes.add(scope);
  }

  /** Records one request (its estimated size is what was queued since the last) and waits for it. */
  async sent(sync: Promise<void>): Promise<void> {
    this.count++;
    if (this.pendingBytes > this.largestRequestBytes) this.largestRequestBytes = this.pendingBytes;
    this.pendingBytes = 0;
    this.scopes = new Set();
    await sync;
  }
}
