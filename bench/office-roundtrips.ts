/**
 * Round trips and request sizes of the Office.js adapter, measured against
 * the fake Excel (no Excel needed): `bench/run.js` requires the compiled file
 * (dist-bench/bench/office-roundtrips.js) and calls printOfficeBench(line),
 * which prints lines such as
 *
 *   bench office.load.roundtrips.62 2 count
 *   bench office.load.largest_payload_bytes.62 123456 bytes
 *   bench office.write.roundtrips.62 2 count
 *   bench office.write_cycle.roundtrips.62 2 count
 *
 * `write` is the engine's report of the register alone (no earlier period);
 * `load_cycle` / `write_cycle` are the next period as the pane reports it
 * (bench/office-cycle.ts): the load reads the 評価履歴 the earlier report
 * wrote, the write adds 前回比較 and both periods' 評価履歴 to the chart and
 * every other sheet.
 *
 * "largest payload" is the larger of the biggest request and the biggest
 * response the fake measured (JSON bytes); Excel on the web rejects either
 * above 5 MB. The fake measures a request as the JSON body real Office.js
 * sends for it (object paths, actions and their Ids, as calibrated against
 * Office.js 16.00: test/workbook/office/fake-excel.test.ts), so "largest
 * request" is what Excel would receive.
 */
import type { Grid } from "../src/core/grid";
import type { ReportModel } from "../src/core/report/model";
import { createOfficeHost } from "../src/workbook/office";
import { runEngine } from "../src/core/run";
import type { WorkbookSnapshot } from "../src/workbook/host";
import { FakeExcel, fakeWorkbookFrom, type CellInput, type FakeWorkbook } from "../test/fakes/excel";
import { measureCycleRoundTrips, type CycleRoundTrips } from "./office-cycle";
import { measure, roundTripBound, type TripMeasure } from "./trip-measure";
export type { TripMeasure } from "./trip-measure";
import { registerFixture, workbookWithRegister } from "../test/workbook/office/register-fixture";
import { findingsSheet, ratingsSheet, summarySheet } from "../test/workbook/office/report-fixture";

export interface OfficeRoundTrips {
  readonly load: TripMeasure;
  /** Load with the register detected (null while detection is not available). */
  readonly loadDetected: TripMeasure | null;
  readonly write: TripMeasure;
  /** Rows of the register sheet as loaded (title and header rows included). */
  readonly rows: number;
  /** The pane's next-period cycle on the same register: load with 評価履歴, write with 前回比較, 評価履歴 and the chart. */
  readonly cycle: CycleRoundTrips;
}

export interface OfficeBenchInput {
  /** A workbook holding the register on 取組一覧 (default: the adapter tests' fixture with `items` items). */
  readonly workbook?: (items: number) => FakeWorkbook;
  /** The report to write (default: the engine's report of the register as loaded, as the pane writes it). */
  readonly report?: (items: number) => ReportModel;
}

/** A workbook from a register Grid (for callers that build registers as Grids, e.g. bench/generate.js's rows). */
export function workbookFromGrid(grid: Grid): FakeWorkbook {
  return fakeWorkbookFrom({ [grid.sheet]: grid.values as CellInput[][] });
}

export async function measureOfficeRoundTrips(items: number, input: OfficeBenchInput = {}): Promise<OfficeRoundTrips> {
  const workbook = input.workbook ?? ((n: number) => workbookWithRegister(registerFixture(n)));

  let fake = new FakeExcel(workbook(items));
  let t = Date.now();
  const snap = await createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }).load("取組一覧");
  const load = measure(fake, snap.roundTrips, null, Date.now() - t);

  let loadDetected: TripMeasure | null = null;
  fake = new FakeExcel(workbook(items));
  t = Date.now();
  try {
    const detected = await createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }).load();
    loadDetected = measure(fake, detected.roundTrips, null, Date.now() - t);
  } catch {
    loadDetected = null; // register detection not available yet
  }

  fake = new FakeExcel(workbook(items));
  const model = input.report ? input.report(items) : engineReport(snap);
  t = Date.now();
  const out = await createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }).writeReport(model);
  const write = measure(fake, out.roundTrips, out.largestRequestBytes, Date.now() - t);
  const cycle = await measureCycleRoundTrips(workbook(items));
  return { load, loadDetected, write, rows: snap.register?.values.length ?? 0, cycle };
}

/** What the pane writes: the engine's report of the loaded register (every sheet). */
function engineReport(snap: WorkbookSnapshot): ReportModel {
  if (snap.register === null) throw new Error("the bench register was not loaded");
  const r = runEngine({ register: snap.register, settingsSheet: snap.settings, overrides: { fiscalYear: 2014 } });
  if (r.report === null) throw new Error("the bench register must not be blocked by errors");
  return r.report;
}

/** The synthetic report the adapter tests use (summary + one ratings row per item + findings). */
export function syntheticReport(n: number): ReportModel {
  return { sheets: [summarySheet(), ratingsSheet(n), findingsSheet()] };
}

export type BenchLine = (name: string, value: number, unit: string) => void;

/** Register sizes measured (items; about two indicator rows each): the seed's 62, ~10 k rows, ~100 k rows (far above the 4 MB request budget). */
export const BENCH_ITEMS = [62, 5_000, 50_000];

export async function printOfficeBench(line: BenchLine, input: OfficeBenchInput = {}, sizes: readonly number[] = BENCH_ITEMS): Promise<void> {
  for (const items of sizes) {
    const r = await measureOfficeRoundTrips(items, input);
    const print = (what: string, m: TripMeasure): void => {
      line(`office.${what}.roundtrips.${items}`, m.roundTrips, "count");
      line(`office.${what}.largest_payload_bytes.${items}`, Math.max(m.largestRequestBytes, m.largestResponseBytes), "bytes");
      line(`office.${what}.largest_request_bytes.${items}`, m.largestRequestBytes, "bytes");
      if (m.estimatedLargestRequestBytes !== null) line(`office.${what}.estimated_largest_request_bytes.${items}`, m.estimatedLargestRequestBytes, "bytes");
      line(`office.${what}.total_payload_bytes.${items}`, m.totalPayloadBytes, "bytes");
      // The bound: ≤ 3 round trips + one per started 4 MB of payload.
      line(`office.${what}.roundtrip_bound.${items}`, roundTripBound(m), "count");
      line(`office.${what}.ms.${items}`, m.ms, "ms");
    };
    print("load", r.load);
    if (r.loadDetected) print("load_detected", r.loadDetected);
    else line(`office.load_detected.skipped.${items}`, 1, "flag");
    line(`office.register_rows.${items}`, r.rows, "rows");
    print("write", r.write);
    // The next period as the pane reports it: 評価履歴 read, then 前回比較 and both periods' 評価履歴 written with the chart.
    print("load_cycle", r.cycle.load);
    print("write_cycle", r.cycle.write);
    line(`office.write_cycle.changed_items.${items}`, r.cycle.result.comparison?.changed.length ?? 0, "items");
  }
}
