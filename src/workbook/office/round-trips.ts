/**
 * Counts the requests an adapter call sends and the estimated size of the
 * largest, for WriteOutcome and WorkbookSnapshot. Every sync of the adapter
 * is written `await trips.sent(context.sync())` (so that the Office.js lint
 * rules still see the context.sync()); a sync with nothing queued is not sent
 * by Office.js, so callers only sync after queueing something.
 */
export class RoundTrips {
  count = 0;
  largestRequestBytes = 0;
  /** Estimated bytes of the operations queued since the last sync. */
  pendingBytes = 0;

  queued(bytes: number): void {
    this.pendingBytes += bytes;
  }

  /** Records one request (its estimated size is what was queued since the last) and waits for it. */
  async sent(sync: Promise<void>): Promise<void> {
    this.count++;
    if (this.pendingBytes > this.largestRequestBytes) this.largestRequestBytes = this.pendingBytes;
    this.pendingBytes = 0;
    await sync;
  }
}
