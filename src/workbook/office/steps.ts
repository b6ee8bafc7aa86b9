/**
 * Queued work in pieces of known size, sent in as few requests as the budget
 * allows: a step is queued whole; when the next step would push the pending
 * request over the budget, the pending request is sent first. Steps are
 * queued in order, so later formatting still wins over earlier.
 */
import { REQUEST_BUDGET_BYTES } from "./payload";
import { ANY_WORKSHEET_COST } from "./request-cost";
import type { RequestScope, RoundTrips } from "./round-trips";

export interface Step {
  /** Estimated request bytes of what run() queues (request-cost.ts), without the worksheet it works on. */
  readonly bytes: number;
  /** Queues the step's operations (nothing is sent). */
  readonly run: () => void;
  /**
   * The worksheet the step works on, whose path each request using it sends
   * once. Default: one worksheet of any name (ANY_SHEET).
   */
  readonly scope?: RequestScope;
}

/** The worksheet of steps that do not name theirs: any name (the most a sheet's path costs). */
export const ANY_SHEET: RequestScope = { bytes: ANY_WORKSHEET_COST };

/** Queues every step, sending a request whenever the next step would not fit. Leaves the last request unsent. */
export async function queueSteps(context: Excel.RequestContext, trips: RoundTrips, steps: readonly Step[], budget = REQUEST_BUDGET_BYTES): Promise<void> {
  for (const step of steps) {
    const scope = step.scope ?? ANY_SHEET;
    if (trips.pendingBytes > 0 && trips.pendingBytes + trips.cost(step.bytes, scope) > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked writes: one request per 4 MB of payload, by design
      await trips.sent(context.sync());
    }
    step.run();
    trips.queued(step.bytes, scope);
  }
}
