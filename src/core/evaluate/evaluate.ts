/**
 * The evaluation stage: Register + Settings → Evaluation. Pure: reads its
 * input, never changes it. One pass over the entries for schedules and
 * indicators, one for re-listings (Map by No.), one for ratings, overrides and
 * the B-entry check, then the tally. Linear in the number of rows.
 */
import { finding, hasErrors, sortFindings, type Finding } from "../findings/finding";
import type { Register } from "../register/types";
import type { Settings } from "../settings";
import { formatPeriod } from "../values/fiscal-year";
import { evaluateIndicator } from "./indicator";
import { relistTarget } from "./item-no";
import { itemResult, type Draft } from "./item-result";
import { rateItem } from "./rating";
import { resolveRelists } from "./relist";
import { addressOf, sheetContext, type SheetContext } from "./row-context";
import { entrySchedule } from "./schedule";
import { tallyAreas } from "./tally";
import type { Evaluation, IndicatorResult, IndicatorStatus, ItemResult, Rating, Schedule } from "./types";

export function evaluate(register: Register, settings: Settings): Evaluation {
  const entries = register.items;
  const n = entries.length;
  const own: Finding[][] = new Array<Finding[]>(n);
  const sc: SheetContext = sheetContext(register);

  // 1. Schedules, indicators and each entry's own rating.
  const relistOf: (string | null)[] = new Array<string | null>(n);
  const schedules: (Schedule | null)[] = new Array<Schedule | null>(n);
  const indicators: IndicatorResult[][] = new Array<IndicatorResult[]>(n);
  const base: (Rating | null)[] = new Array<Rating | null>(n);
  /** Scratch list of one item's statuses, reused (rateItem only reads it). */
  const statuses: IndicatorStatus[] = [];
  for (let i = 0; i < n; i++) {
    const item = entries[i];
    sc.findings = own[i] = [];
    const relistCell = item.fields.relistOf;
    relistOf[i] = relistCell === undefined ? null : relistTarget(relistCell.value, item.no);
    schedules[i] = entrySchedule(item, relistOf[i] !== null, sc);
    const results: IndicatorResult[] = new Array<IndicatorResult>(item.indicators.length);
    statuses.length = 0;
    for (let k = 0; k < item.indicators.length; k++) {
      results[k] = evaluateIndicator(item.indicators[k], item.no, sc, settings);
      statuses.push(results[k].status);
    }
    indicators[i] = results;
    // A re-listed entry's own indicators are ignored: it takes its original's rating below.
    base[i] = relistOf[i] === null ? rateItem(schedules[i], statuses) : null;
  }

  // 2. Re-listings.
  const relists = resolveRelists(
    entries.map((e) => e.no),
    relistOf,
  );
  for (const p of relists.problems) {
    const item = entries[p.entry];
    own[p.entry].push(finding(p.code, addressOf(sc, "relistOf", item.row, item.fields.relistOf), p.params));
  }

  // 3. Computed and final ratings, texts. Originals first: a re-listing may take its original's override.
  const results: Draft[] = new Array<Draft>(n);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      if ((relistOf[i] === null) !== (pass === 0)) continue;
      sc.findings = own[i];
      const orig = relists.original[i];
      results[i] = itemResult(
        {
          item: entries[i],
          schedule: schedules[i],
          indicators: indicators[i],
          base: base[i],
          relistOf: relistOf[i],
          original: orig >= 0 ? results[orig] : null,
        },
        sc,
      );
    }
  }

  // 4. Areas in order, the tally, and the lists the report needs.
  const plan = tallyAreas(results, settings.areas, (i) => addressOf(sc, "area", entries[i].row, entries[i].fields.area));
  // Entries name their area as the tally does, so that the report can group them by it.
  for (let i = 0; i < n; i++) results[i].area = plan.areaOf[i];
  const items: ItemResult[] = plan.order.map((i) => results[i]);
  const totals = { S: 0, A: 0, B: 0 };
  for (const t of plan.tally) {
    totals.S += t.S;
    totals.A += t.A;
    totals.B += t.B;
  }

  const mine: Finding[] = [];
  for (let i = 0; i < n; i++) for (const f of own[i]) mine.push(f);
  for (const u of plan.unknown) mine.push(finding("unknown-area", u.cell, { area: u.area }));
  const findings = sortFindings(register.findings.concat(mine));

  return {
    settings,
    period: settings.fiscalYear === null ? "" : formatPeriod(settings.fiscalYear, settings.point, settings.lang),
    items,
    tally: plan.tally,
    totals,
    total: n,
    relisted: relistOf.reduce((c, r) => (r === null ? c : c + 1), 0),
    delayed: items.filter((r) => r.rating === "B"),
    overrides: items.filter((r) => r.overridden),
    findings,
    blocked: hasErrors(findings),
  };
}
