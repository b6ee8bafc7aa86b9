/**
 * The evaluation stage: Register + Settings → Evaluation. Pure: reads its
 * input, never changes it. One pass over the entries for schedules and
 * indicators, one for re-listings (Map by No.), one for ratings, overrides and
 * the B-entry check, then the tally. Linear in the number of rows.
 */
import { finding, hasErrors, sortFindings, type Finding } from "../findings/finding";
import type { ItemColumn, Register, RegisterItem } from "../register/types";
import type { Settings } from "../settings";
import { formatPeriod } from "../values/fiscal-year";
import { cellText } from "../values/text";
import { readFlag } from "./flag";
import { evaluateIndicator } from "./indicator";
import { relistTarget, reportNo } from "./item-no";
import { decideOverride, readRating } from "./override";
import { rateItem } from "./rating";
import { resolveRelists } from "./relist";
import { addressOf, report, sheetContext, type SheetContext } from "./row-context";
import { readSchedule } from "./schedule";
import { tallyAreas } from "./tally";
import type { Evaluation, IndicatorResult, IndicatorStatus, ItemResult, Rating, Schedule } from "./types";

type ItemText = ItemResult["text"];
/** An ItemResult while this run still fills it in (its area is named after the tally). */
type Draft = { -readonly [K in keyof ItemResult]: ItemResult[K] };

/** Item texts a re-listed entry takes from its original when its own cell is blank (the report shows them under both areas). */
const INHERITED_TEXT: readonly (keyof ItemText)[] = ["overview", "plan", "progress", "cause", "nextSteps"];

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
    schedules[i] = scheduleOf(item, relistOf[i] !== null, sc);
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
      results[i] = itemResult(entries[i], i, orig >= 0 ? results[orig] : null, sc);
    }
  }

  function itemResult(item: RegisterItem, i: number, original: ItemResult | null, ctx: SheetContext): Draft {
    const f = item.fields;
    const relisted = relistOf[i] !== null;
    const computed = relisted ? (original?.computed ?? null) : base[i];

    const final = ratingCell(item, "finalRating", ctx);
    const self = ratingCell(item, "selfRating", ctx);
    const reason = text(item, "overrideReason");
    let rating = computed;
    let finalRating = final;
    let overridden = false;
    let overrideReason = reason;
    if (relisted && final === null && original !== null && original.overridden) {
      // The re-listing counts as its original does: the original's override carries over.
      rating = original.rating;
      finalRating = original.finalRating;
      overridden = true;
      overrideReason = original.overrideReason;
    } else {
      const o = decideOverride(final, computed, reason);
      const at = addressOf(ctx, "finalRating", item.row, f.finalRating);
      if (o.kind === "applied") {
        rating = o.final;
        overridden = true;
        overrideReason = o.reason;
        report(ctx, "override-applied", at, { no: item.no, final: o.final, computed: o.computed, reason: o.reason });
      } else if (o.kind === "withoutReason") {
        report(ctx, "override-without-reason", at, { no: item.no, final: o.final, computed: o.computed });
      }
    }
    if (self !== null && computed !== null && self !== computed) {
      report(ctx, "self-rating-mismatch", addressOf(ctx, "selfRating", item.row, f.selfRating), {
        no: item.no,
        self,
        computed,
      });
    }

    const texts = {
      overview: text(item, "overview"),
      plan: text(item, "plan"),
      progress: text(item, "progress"),
      cause: text(item, "cause"),
      nextSteps: text(item, "nextSteps"),
      nextYear: text(item, "nextYear"),
    };
    if (relisted && original !== null) {
      for (const k of INHERITED_TEXT) if (texts[k].trim() === "") texts[k] = original.text[k];
    }
    if (rating === "B") {
      const missing: string[] = [];
      if (texts.cause.trim() === "") missing.push("cause");
      if (texts.nextSteps.trim() === "") missing.push("nextSteps");
      if (missing.length > 0) {
        const at = addressOf(ctx, missing[0] as ItemColumn, item.row, f[missing[0] as ItemColumn]) ?? addressOf(ctx, "no", item.row, f.no);
        report(ctx, "b-without-cause", at, { no: item.no, missing: missing.join(",") });
      }
    }

    const department = text(item, "department");
    return {
      no: reportNo(item.no),
      area: text(item, "area").trim(),
      name: text(item, "name"),
      department: relisted && original !== null && department.trim() === "" ? original.department : department,
      schedule: schedules[i] ?? (relisted && original !== null ? original.schedule : null),
      indicators: indicators[i],
      computed,
      finalRating,
      rating,
      overridden,
      overrideReason: overridden ? overrideReason : reason,
      selfRating: self,
      relistOf: relistOf[i] === null ? null : reportNo(relistOf[i]!),
      highlight: readFlag(f.highlight?.value),
      text: texts,
      source: item,
    };
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

function text(item: RegisterItem, key: ItemColumn): string {
  const cell = item.fields[key];
  return cell === undefined ? "" : cellText(cell.value);
}

/** The schedule of an entry; a blank or unknown schedule is an error (a re-listing may leave it blank: it is not used). */
function scheduleOf(item: RegisterItem, relisted: boolean, sc: SheetContext): Schedule | null {
  const cell = item.fields.schedule;
  if (cell === undefined) {
    if (!relisted) report(sc, "missing-schedule", addressOf(sc, "schedule", item.row), { no: item.no });
    return null;
  }
  const value = cellText(cell.value);
  const s = readSchedule(value);
  if (s === null) {
    if (value.trim() === "") {
      if (!relisted) report(sc, "missing-schedule", cell.address, { no: item.no });
    } else {
      report(sc, "unknown-schedule", cell.address, { value });
    }
  }
  return s;
}

/** 確定評価 / 自己評価 as S/A/B; anything else written is a warning and counts as not given. */
function ratingCell(item: RegisterItem, key: "finalRating" | "selfRating", sc: SheetContext): Rating | null {
  const cell = item.fields[key];
  const r = readRating(cell);
  if (r !== "invalid") return r;
  report(sc, "invalid-rating", cell!.address, { field: key, value: cellText(cell!.value) });
  return null;
}
