/**
 * Queued work in pieces of known size, sent in as few requests as the budget
 * allows: a step is queued whole; when the next step would push the pending
 * request over the budget, the pending request is sent first. Steps are
 * queued in order, so later formatting still wins over earlier.
 */
import { REQUEST_BUDGET_BYTES } from "./payload";
import type { RoundTrips } from "./round-trips";

export interface Step {
  /** Estimated request bytes of what run() queues. */
  readonly bytes: number;
  /** Queues the step's operations (nothing is sent). */
  readonly run: () => void;
}

/** Queues every step, sending a request whenever the next step would not fit. Leaves the last request unsent. */
export async function queueSteps(context: Excel.RequestContext, trips: RoundTrips, steps: readonly Step[], budget = REQUEST_BUDGET_BYTES): Promise<void> {
  for (const step of steps) {
    if (trips.pendingBytes > 0 && trips.pendingBytes + step.bytes > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked writes: one request per 4 MB of payload, by design
      await trips.sent(context.sync());
    }
    step.run();
    trips.queued(step.bytes);
  }
}
