/**
 * Counts the requests an adapter call sends and the estimated size of the
 * largest, for WriteOutcome and WorkbookSnapshot. Every context.sync() of the
 * adapter goes through here; a sync with nothing queued is not sent by
 * Office.js, so callers only sync after queueing something.
 */
export class RoundTrips {
  count = 0;
  largestRequestBytes = 0;
  /** Estimated bytes of the operations queued since the last sync. */
  pendingBytes = 0;

  queued(bytes: number): void {
    this.pendingBytes += bytes;
  }

  async sync(context: Excel.RequestContext): Promise<void> {
    this.count++;
    if (this.pendingBytes > this.largestRequestBytes) this.largestRequestBytes = this.pendingBytes;
    this.pendingBytes = 0;
    await context.sync();
  }
}
