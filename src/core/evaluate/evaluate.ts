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
import { itemResult, ItemTable } from "./item-result";
import { rateItem } from "./rating";
import { resolveRelists } from "./relist";
import { addressOf, findingsBySheetOrder, report, sheetContext, type SheetContext } from "./row-context";
import { entrySchedule, isNotRatedEntry } from "./schedule";
import { planRules, type PlanRules } from "./plan-rules";
import { rateOnScale, ratingScale, type RatingScale } from "./scale-rating";
import { notRatedSet } from "./not-rated";
import { readIndicatorThresholds } from "./indicator-threshold";
import { scaleOf, type Scale } from "../settings/scale";
import { tallyAreas } from "./tally";
import { SCHEDULES, type Evaluation, type IndicatorStatus, type ItemResult, type Rating, type Schedule } from "./types";

/** How the entries of a run are rated: the plan's rules on its scale (contract §9). */
interface Rater {
  readonly rules: PlanRules;
  /** The plan's own scale, rated by §9's rule; null for the seed's S / A / B, rated by §5's rule as it always was. */
  readonly onScale: RatingScale | null;
  /** Words that mark an entry as not rated. */
  readonly notRated: ReadonlySet<string>;
  /** Indicators' own thresholds (判定基準) are read: a plan's own scale, in a register with the column. */
  readonly thresholds: boolean;
}

/** What the first pass keeps of each entry for the re-listings (step 3). */
interface FirstPass {
  /** The No. entry i re-lists; null when none does (most registers: no list is made). */
  readonly relistOf: (string | null)[] | null;
  readonly schedules: ChoiceColumn<Schedule>;
  /** Each entry's own rating by the rule. */
  readonly base: ChoiceColumn<Rating>;
  /** How many entries re-list another. */
  readonly relisted: number;
}

export function evaluate(register: Register, settings: Settings): Evaluation {
  const entries = register.entries;
  const sc: SheetContext = sheetContext(register);
  const scale = scaleOf(settings);
  const onScale = scale.isSeed ? null : ratingScale(scale.levels);
  const rater: Rater = {
    rules: planRules(scale),
    onScale,
    notRated: notRatedSet(scale.notRatedWords),
    thresholds: onScale !== null && register.columns.threshold !== undefined,
  };
  // Every indicator row's result, in columns (see indicator-table.ts); the ItemTable knows where each entry's start.
  let indicatorRows = 0;
  for (let i = 0; i < entries.count; i++) indicatorRows += entries.indicatorCount(i);
  const table = new IndicatorTable(indicatorRows);
  // Every entry's result, in columns (see item-result.ts).
  const results = new ItemTable(entries, table, rater.rules.codes, rater.rules);
  const first = rateEntries({ entries, sc, settings, table }, results, rater);
  resultsOfRelistings(first, results, sc);
  return evaluationOf(register, { settings, scale }, results, sc, first.relisted);
}

/**
 * 1. Schedules, indicators and each entry's own rating; the result of an entry that re-lists
 *    nothing (it needs no other entry's) while its cells are at hand.
 */
function rateEntries(run: IndicatorRun, results: ItemTable, rater: Rater): FirstPass {
  const { entries, sc, table } = run;
  const n = entries.count;
  let relistOf: (string | null)[] | null = null;
  const schedules = new ChoiceColumn(SCHEDULES, n);
  const base = new ChoiceColumn(rater.rules.codes, n);
  let next = 0;
  let relisted = 0;
  /**
   * One item's statuses: a list reused for every item, its first `count` entries the item's (rateItem only
   * reads those). Not emptied with `length = 0`, which gives the list a new backing store at every item.
   */
  const statuses: IndicatorStatus[] = [];
  const achievements: (number | null)[] = [];
  // Indicators' own thresholds (判定基準), only read on a plan's own scale in a register with the column.
  const thresholds: (number[] | null)[] | null = rater.thresholds ? [] : null;
  for (let i = 0; i < n; i++) {
    sc.entry = i;
    const relistValue = entries.field(i, "relistOf");
    const target = relistValue === undefined ? null : relistTarget(relistValue, entries.no(i));
    if (target !== null) {
      relistOf ??= new Array<string | null>(n).fill(null);
      relistOf[i] = target;
      relisted++;
    }
    const schedule = entrySchedule(entries, i, target !== null, sc, rater.notRated);
    schedules.set(i, schedule);
    const count = entries.indicatorCount(i);
    results.setFirstIndicator(i, next);
    for (let k = 0; k < count; k++) {
      statuses[k] = evaluateIndicator(run, i, k, next);
      if (rater.onScale !== null) achievements[k] = table.achievementAt(next);
      if (thresholds !== null) thresholds[k] = ownThresholds(entries, i, k);
      next++;
    }
    // A re-listed entry's own indicators are ignored: it takes its original's rating (step 3).
    const own = target !== null ? null : rater.onScale === null ? rateItem(schedule, statuses, count) : ownLevel(rater, { schedule, statuses, achievements, own: thresholds }, count);
    base.set(i, own);
    const off = schedule === null && isNotRatedEntry(entries, i, rater.notRated);
    if (target === null) itemResult(results, i, { schedule, base: own, relistOf: null, original: -1, notRated: off }, sc);
  }
  return { relistOf, schedules, base, relisted };
}

/**
 * 2. Re-listings (none in most registers: then there is nothing to look up);
 * 3. their computed and final ratings, texts: after all originals (step 1), whose override they may take.
 */
function resultsOfRelistings(first: FirstPass, results: ItemTable, sc: SheetContext): void {
  const relistOf = first.relistOf;
  if (relistOf === null) return;
  const entries = results.entries;
  const n = entries.count;
  const relists = resolveRelists(Array.from({ length: n }, (_, i) => entries.no(i)), relistOf);
  for (const p of relists.problems) {
    sc.entry = p.entry;
    report(sc, p.code, addressOf(sc, "relistOf", entries.row(p.entry), entries.fieldCell(p.entry, "relistOf")), p.params);
  }
  for (let i = 0; i < n; i++) {
    if (relistOf[i] === null) continue;
    sc.entry = i;
    const outcome = { schedule: first.schedules.get(i), base: first.base.get(i), relistOf: relistOf[i], original: relists.original[i] };
    itemResult(results, i, outcome, sc);
  }
}

/** 4. Areas in order, the tally, the lists the report needs, and every finding. */
function evaluationOf(register: Register, of: { settings: Settings; scale: Scale }, results: ItemTable, sc: SheetContext, relisted: number): Evaluation {
  const { settings, scale } = of;
  const entries = results.entries;
  const rules = results.rules;
  const n = entries.count;
  const plan = tallyAreas(
    n,
    (i) => results.areaWritten(i),
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
function ownLevel(rater: Rater, x: OwnInput, count: number): Rating | null {
  const level = rateOnScale(rater.onScale as RatingScale, x.schedule, x.statuses, x.achievements, { count, own: x.own });
  return level < 0 ? null : rater.rules.codes[level];
}

/** Indicator row k's 判定基準, when readable (an unreadable one was reported by the indicator's evaluation). */
function ownThresholds(entries: Register["entries"], i: number, k: number): number[] | null {
  const cell = entries.indicatorCells(i, k).threshold;
  if (cell === undefined) return null;
  const t = readIndicatorThresholds(cell.value, cell.format);
  return t === "invalid" ? null : t;
}
