/**
 * What the Office round-trip bench records of one load or write against the
 * fake Excel: the adapter's round trips and the fake's measure of every
 * request and response (JSON bytes, as real Office.js sends them).
 */
import type { FakeExcel } from "../test/fakes/excel";

export interface TripMeasure {
  readonly roundTrips: number;
  /** The adapter's own estimate (WriteOutcome.largestRequestBytes); null for loads. */
  readonly estimatedLargestRequestBytes: number | null;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  /** All bytes moved (each request's larger side, summed): the payload the round-trip bound is measured against. */
  readonly totalPayloadBytes: number;
  readonly ms: number;
}

export function measure(fake: FakeExcel, roundTrips: number, estimate: number | null, ms: number): TripMeasure {
  return {
    roundTrips,
    estimatedLargestRequestBytes: estimate,
    largestRequestBytes: fake.largestRequestBytes,
    largestResponseBytes: fake.largestResponseBytes,
    totalPayloadBytes: fake.syncs.reduce((sum, x) => sum + Math.max(x.requestBytes, x.responseBytes), 0),
    ms: Math.round(ms),
  };
}

/** The bound: ≤ 3 round trips + one per started 4 MB of payload. */
export function roundTripBound(m: TripMeasure): number {
  return 3 + Math.ceil(m.totalPayloadBytes / (4 * 1024 * 1024));
}
