/**
 * The evaluation stage: Register + Settings → Evaluation. Pure: reads its
 * input, never changes it. One pass over the entries for schedules,
 * indicators and — for entries that re-list nothing — ratings, overrides and
 * the B-entry check; then re-listings (Map by No., only when there are any)
 * and the re-listed entries' results; then the tally. Linear in the number of
 * rows. Register cells are read through Register.entries (no object per entry or cell is made).
 */
import { finding, hasErrors, sortFindings, type Finding } from "../findings/finding";
import type { Register } from "../register/types";
import type { Settings } from "../settings";
import { formatPeriod } from "../values/fiscal-year";
import { causeFinding } from "./b-cause";
import { ChoiceColumn } from "./columns";
import { evaluateIndicator, type IndicatorRun } from "./indicator";
import { IndicatorTable } from "./indicator-table";
import { relistTarget } from "./item-no";
import { areaText, itemResult, ItemTable } from "./item-result";
import { rateItem } from "./rating";
import { resolveRelists } from "./relist";
import { addressOf, findingsBySheetOrder, report, sheetContext, type SheetContext } from "./row-context";
import { entrySchedule, isNotRatedEntry } from "./schedule";
import { planRules, type PlanRules } from "./plan-rules";
import { rateOnScale, ratingScale, type RatingScale } from "./scale-rating";
import { readIndicatorThresholds } from "./indicator-threshold";
import { notRatedSet } from "./not-rated";
import { scaleOf } from "../settings/scale";
import { tallyAreas } from "./tally";
import { SCHEDULES, type Evaluation, type IndicatorStatus, type ItemResult, type Rating, type Schedule } from "./types";

export function evaluate(register: Register, settings: Settings): Evaluation {
  const entries = register.entries;
  const n = entries.count;
  const sc: SheetContext = sheetContext(register);
  // The plan's scale (contract §9): the seed's S / A / B is rated by §5's rule as it always was, any other by §9's.
  const scale = scaleOf(settings);
  const notRated = notRatedSet(scale.notRatedWords);
  const rules = planRules(scale);
  const onScale = scale.isSeed ? null : ratingScale(scale.levels);

  // 1. Schedules, indicators and each entry's own rating; the result of an entry that re-lists
  //    nothing (it needs no other entry's: step 3 of the rest) while its cells are at hand.
  // Per-entry scratch: the No. an entry re-lists (a list only once one does: most registers re-list nothing),
  // its schedule and own rating.
  let relistOf: (string | null)[] | null = null;
  const schedules = new ChoiceColumn(SCHEDULES, n);
  const base = new ChoiceColumn(rules.codes, n);
  // Every indicator row's result, in columns (see indicator-table.ts); the ItemTable knows where each entry's start.
  let indicatorRows = 0;
  for (let i = 0; i < n; i++) indicatorRows += entries.indicatorCount(i);
  const table = new IndicatorTable(indicatorRows);
  const run: IndicatorRun = { entries, sc, settings, table };
  // Every entry's result, in columns (see item-result.ts).
  const results = new ItemTable(entries, table, rules.codes, rules);
  let next = 0;
  let relisted = 0;
  /**
   * One item's statuses: a list reused for every item, its first `count` entries the item's (rateItem only
   * reads those). Not emptied with `length = 0`, which gives the list a new backing store at every item.
   */
  const statuses: IndicatorStatus[] = [];
  const achievements: (number | null)[] = [];
  // Indicators' own thresholds (判定基準), only read on a plan's own scale in a register with the column.
  const thresholds: (number[] | null)[] | null = onScale !== null && register.columns.threshold !== undefined ? [] : null;
  for (let i = 0; i < n; i++) {
    sc.entry = i;
    const relistValue = entries.field(i, "relistOf");
    const target = relistValue === undefined ? null : relistTarget(relistValue, entries.no(i));
    if (target !== null) {
      relistOf ??= new Array<string | null>(n).fill(null);
      relistOf[i] = target;
      relisted++;
    }
    const schedule = entrySchedule(entries, i, target !== null, sc, notRated);
    schedules.set(i, schedule);
    const count = entries.indicatorCount(i);
    results.setFirstIndicator(i, next);
    for (let k = 0; k < count; k++) {
      statuses[k] = evaluateIndicator(run, i, k, next);
      if (onScale !== null) achievements[k] = table.achievementAt(next);
      if (thresholds !== null) thresholds[k] = ownThresholds(entries, i, k);
      next++;
    }
    // A re-listed entry's own indicators are ignored: it takes its original's rating below.
    const own = target !== null ? null : onScale === null ? rateItem(schedule, statuses, count) : ownLevel(onScale, rules, { schedule, statuses, achievements, own: thresholds }, count);
    base.set(i, own);
    const off = schedule === null && isNotRatedEntry(entries, i, notRated);
    if (target === null) itemResult(results, i, { schedule, base: own, relistOf: null, original: -1, notRated: off }, sc);
  }

  // 2. Re-listings (none in most registers: then there is nothing to look up).
  const relists = relistOf === null ? null : resolveRelists(Array.from({ length: n }, (_, i) => entries.no(i)), relistOf);
  if (relists !== null) {
    for (const p of relists.problems) {
      sc.entry = p.entry;
      report(sc, p.code, addressOf(sc, "relistOf", entries.row(p.entry), entries.fieldCell(p.entry, "relistOf")), p.params);
    }
  }

  // 3. Re-listings' computed and final ratings, texts: after all originals (step 1), whose override they may take.
  if (relists !== null && relistOf !== null) {
    for (let i = 0; i < n; i++) {
      if (relistOf[i] === null) continue;
      sc.entry = i;
      const outcome = { schedule: schedules.get(i), base: base.get(i), relistOf: relistOf[i], original: relists.original[i] };
      itemResult(results, i, outcome, sc);
    }
  }

  // 4. Areas in order, the tally, and the lists the report needs.
  const plan = tallyAreas(
    n,
    (i) => areaText(entries, i),
    (i) => results.rating(i),
    settings.areas,
    (i) => addressOf(sc, "area", entries.row(i), entries.fieldCell(i, "area")),
  );
  // Entries name their area as the tally does, so that the report can group them by it.
  results.areaOf = (i) => plan.tally[plan.areaIndex[i]].area;
  // The ItemResult objects, one per entry, made now that the run is over (see item-result.ts).
  const order = plan.order;
  const items: ItemResult[] = new Array<ItemResult>(order.length);
  for (let k = 0; k < order.length; k++) items[k] = results.item(order[k]);
  const totals = { S: 0, A: 0, B: 0 };
  for (const t of plan.tally) {
    totals.S += t.S;
    totals.A += t.A;
    totals.B += t.B;
  }

  // Register findings, then each entry's in sheet order, then unknown areas; sortFindings puts errors first.
  // B entries without a cause are made into findings here (see checkCause).
  // On a plan's own scale the finding names the entry's level (「進捗に課題あり」), not the seed's B.
  const labelOf = (i: number) => scale.levels[results.ratingLevel(i)]?.label ?? "";
  const cause = (i: number, missing: number) =>
    scale.isSeed ? causeFinding(entries, i, missing, sc) : causeFinding(entries, i, missing, sc, labelOf(i));
  const all: Finding[] = register.findings.concat(findingsBySheetOrder(sc, n, cause));
  for (const u of plan.unknown) all.push(finding("unknown-area", u.cell, { area: u.area }));
  const findings = sortFindings(all);

  const delayed: ItemResult[] = [];
  const overrides: ItemResult[] = [];
  for (let k = 0; k < items.length; k++) {
    const r = items[k].rating;
    if (r !== null && rules.behind.has(r)) delayed.push(items[k]);
    if (items[k].overridden) overrides.push(items[k]);
  }

  return {
    settings,
    period: settings.fiscalYear === null ? "" : formatPeriod(settings.fiscalYear, settings.point, settings.lang),
    items,
    tally: plan.tally,
    totals,
    total: n,
    relisted,
    delayed,
    overrides,
    findings,
    blocked: hasErrors(findings),
  };
}

/** What an entry's own rating on a plan's own scale is made of (lists reused for every entry: its first `count`). */
interface OwnInput {
  readonly schedule: Schedule | null;
  readonly statuses: readonly IndicatorStatus[];
  readonly achievements: readonly (number | null)[];
  readonly own: readonly (number[] | null)[] | null;
}

/** An entry's own rating on a plan's own scale (§9), as the level's code. */
function ownLevel(scale: RatingScale, rules: PlanRules, x: OwnInput, count: number): Rating | null {
  const level = rateOnScale(scale, x.schedule, x.statuses, x.achievements, count, x.own);
  return level < 0 ? null : rules.codes[level];
}

/** Indicator row k's 判定基準, when readable (an unreadable one was reported by the indicator's evaluation). */
function ownThresholds(entries: Register["entries"], i: number, k: number): number[] | null {
  const cell = entries.indicatorCells(i, k).threshold;
  if (cell === undefined) return null;
  const t = readIndicatorThresholds(cell.value, cell.format);
  return t === "invalid" ? null : t;
}
