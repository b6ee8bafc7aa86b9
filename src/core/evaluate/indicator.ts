/**
 * One indicator row → its status (contract §5): exceeded, met, missed, not
 * yet due or not measured, with the achievement and the change against the
 * prior year, and the findings of §6 that belong to the row (unreadable
 * numbers, missing prior, unit and stated-change mismatches). The result goes
 * straight into the run's IndicatorTable (its columns keep no object per row).
 */
import { isCellError } from "../grid";
import type { Entries, SourceCell } from "../register/types";
import { readIndicatorThresholds } from "./indicator-threshold";
import type { Settings } from "../settings";
import { readDone } from "../values/done";
import { cellText, normalize } from "../values/text";
import { unitScale, type UnitScale } from "../values/unit";
import { atLeastMet, atMostMet, changePercent, growthForTarget, ratio, reachesMargin } from "./achievement";
import { isNotYetDue } from "./due";
import type { NumberReading } from "../values/number";
import { inRowUnit, readCell, unitWritten } from "./quantity";
import type { IndicatorTable } from "./indicator-table";
import { indicatorName } from "./indicator-texts";
import { report, rowAddress, type RowContext, type SheetContext } from "./row-context";
import { readStatedChange, round1, statedChangeDiffers } from "./stated-change";
import { readTarget, type TargetRead } from "./target";
import type { IndicatorStatus } from "./types";
import { isPercentIn, unitsDifferIn } from "./unit-check";

/** What the indicator rows of a run are evaluated with. */
export interface IndicatorRun {
  readonly entries: Entries;
  /** Where findings go (report). */
  readonly sc: SheetContext;
  readonly settings: Settings;
  /** Where results go. */
  readonly table: IndicatorTable;
}

/**
 * Evaluates indicator row k of entry i into row `index` of the run's table;
 * findings go to the run's context. Returns the row's status. The row's cells
 * are read here and in the functions called below, never kept (see Entries).
 */
export function evaluateIndicator(run: IndicatorRun, i: number, k: number, index: number): IndicatorStatus {
  const { entries, sc, settings, table } = run;
  const cells = entries.indicatorCells(i, k);
  const name = indicatorName(cells);
  const rc: RowContext = sc.rowContext.set(entries.indicatorRow(i, k), cells, name, entries.no(i));
  const unitColumn = cells.unit === undefined ? "" : cellText(cells.unit.value);
  const scale = unitColumn === "" ? null : scaleOf(unitColumn, sc);
  const tr = readTarget(rc, scale, unitColumn, settings.fiscalYear);
  if (tr !== null && tr.kind === "milestone") return milestone(rc, tr, settings, table, index);

  const ra = readCell(cells.actual, sc.numbers);
  const rp = readCell(cells.prior, sc.numbers);
  const a = inRowUnit(ra, scale);
  const p = inRowUnit(rp, scale);
  let unreadable = reportUnreadable(rc, "actual", a);
  unreadable = reportUnreadable(rc, "prior", p) || unreadable;
  const actual = a.ok ? a.value : null;
  const prior = p.ok ? p.value : null;

  if (a.ok && unitWritten(ra)) {
    // Only units written in both cells are compared: a bare number has the row's unit.
    const t = tr;
    if (t !== null && t.unitWritten && (t.kind === "atLeast" || t.kind === "atMost") && unitsDifferIn(sc, a.unit, t.unit)) {
      report(sc, "unit-mismatch", rowAddress(rc, "actual"), { actualUnit: a.unit!, otherUnit: t.unit!, field: "target" });
    }
    if (p.ok && unitWritten(rp) && unitsDifferIn(sc, a.unit, p.unit)) {
      report(sc, "unit-mismatch", rowAddress(rc, "actual"), { actualUnit: a.unit!, otherUnit: p.unit!, field: "prior" });
    }
  }
  if (cells.statedChange !== undefined) checkStatedChange(rc, a, p);

  const kind = tr?.kind;
  const needsPrior = kind === "growth" || kind === "maintain";
  if (needsPrior && !p.ok && p.reason === "empty") report(sc, "missing-prior", rowAddress(rc, "prior"), { indicator: rc.label });
  if (tr !== null && !a.ok && a.reason === "empty") report(sc, "not-measured", rowAddress(rc, "actual"), { indicator: rc.label });

  const unit = (a.ok ? a.unit : null) ?? (kind !== "growth" ? tr?.unit ?? null : null) ?? (unitColumn.trim() || null);
  let status: IndicatorStatus = "notMeasured";
  let achievement: number | null = null;
  const margin = cells.threshold === undefined ? settings.sMargin : ownMargin(rc, cells.threshold, settings.sMargin);
  if (tr !== null && !unreadable && actual !== null && !(needsPrior && prior === null)) {
    const t = tr;
    let met: boolean;
    if (t.kind === "atLeast") {
      met = atLeastMet(actual, t.value!, t.strict);
      achievement = ratio(actual, t.value!);
    } else if (t.kind === "atMost") {
      met = atMostMet(actual, t.value!, t.strict);
      achievement = ratio(t.value!, actual);
    } else if (t.kind === "growth") {
      const growth = growthForTarget(actual, prior!);
      met = atLeastMet(growth, t.value!);
      achievement = ratio(growth, t.value!);
    } else {
      met = atLeastMet(actual, prior!);
      achievement = ratio(actual, prior!);
    }
    status = !met ? "missed" : reachesMargin(achievement, margin) ? "exceeded" : "met";
  }
  table.set(index, { target: tr, actual, prior, unit, achievement, status });
  return status;
}

/**
 * The S margin of this indicator: its 判定基準's top threshold (105 → 0.05)
 * when it has one, else the setting's. An unreadable 判定基準 is a warning
 * and the setting's margin stands.
 */
function ownMargin(rc: RowContext, cell: SourceCell | undefined, sMargin: number): number {
  if (cell === undefined) return sMargin;
  const own = readIndicatorThresholds(cell.value, cell.format);
  if (own === "invalid") {
    report(rc.sheet, "invalid-threshold", cell.address, { value: cellText(cell.value) });
    return sMargin;
  }
  return own === null ? sMargin : own[0] / 100 - 1;
}

/** The unit column as a scale (千円 → ×1,000 円), read once per distinct text in a run. */
function scaleOf(unitColumn: string, sc: SheetContext): UnitScale | null {
  let s = sc.scaleCache.get(unitColumn);
  if (s === undefined) {
    s = unitScale(normalize(unitColumn));
    sc.scaleCache.set(unitColumn, s);
  }
  return s;
}

/** Reports an actual / prior that is there but cannot be read; true when it did. */
function reportUnreadable(rc: RowContext, field: "actual" | "prior", q: NumberReading): boolean {
  if (q.ok || q.reason === "empty") return false;
  report(rc.sheet, q.reason === "error" ? "excel-error" : "unreadable-number", rowAddress(rc, field), { field, value: q.text });
  return true;
}

/** 増減率 as written against the change computed from the actual and the prior (the table computes it again when asked: IndicatorTable.changeAt). */
function checkStatedChange(rc: RowContext, a: NumberReading, p: NumberReading): void {
  const cell = rc.cells.statedChange;
  if (cell === undefined) return;
  // For a rate (both in %), staff often state the change in points (41.0% → 40.5% is "0.5%減"): either reading is accepted.
  const pointChange = a.ok && p.ok && isPercentIn(rc.sheet, a.unit) && isPercentIn(rc.sheet, p.unit) ? a.value - p.value : null;
  const s = readStatedChange(cell, rc.sheet.numbers);
  if (!s.ok) {
    // Reported so it gets fixed; it changes no status (it is only checked against the computed change).
    if (s.reason !== "empty") {
      report(rc.sheet, s.reason === "error" ? "excel-error" : "unreadable-number", cell.address, { field: "statedChange", value: s.text });
    }
    return;
  }
  if (pointChange !== null && !statedChangeDiffers(s.value, pointChange)) return;
  const change = a.ok && p.ok ? changePercent(a.value, p.value) : null;
  if (change !== null && statedChangeDiffers(s.value, change)) {
    report(rc.sheet, "stated-change-mismatch", cell.address, { stated: round1(s.value), computed: round1(change) });
  }
}

/** A milestone: met when done; not done is missed once due, not yet due before. */
function milestone(rc: RowContext, tr: TargetRead, settings: Settings, table: IndicatorTable, index: number): IndicatorStatus {
  const cell = rc.cells.actual;
  let actual: "done" | "notDone" | null = null;
  let status: IndicatorStatus = "notMeasured";
  if (cell !== undefined && isCellError(cell.value)) {
    report(rc.sheet, "excel-error", cell.address, { field: "actual", value: cell.value.error });
  } else {
    // A blank actual is "not done" (§4), not "not measured".
    actual = readDone(cell === undefined ? null : cell.value, cell === undefined ? null : cell.format);
    if (actual === null) {
      report(rc.sheet, "unreadable-number", cell!.address, { field: "actual", value: cellText(cell!.value) });
    } else if (actual === "done") {
      status = "met";
    } else {
      status = tr.due !== null && isNotYetDue(tr.due, settings.fiscalYear, settings.point) ? "notYetDue" : "missed";
    }
  }
  table.set(index, { target: tr, actual, prior: null, unit: null, achievement: null, status });
  return status;
}
