/**
 * Japanese eras (明治 … 令和) derived once, at module load, from Intl's
 * Japanese calendar rather than a hand-kept table: when ICU learns a new era,
 * this module learns it too. A few hundred Intl calls, never per row (see docs/engine.md).
 */

export interface Era {
  /** 平成 */
  readonly name: string;
  /** H (the letter staff write in `H27`). */
  readonly letter: string;
  /** Western year of the era's first day (平成 → 1989). */
  readonly startYear: number;
  /** Month (1–12) and day of the era's first day (平成 → 1, 8). */
  readonly startMonth: number;
  readonly startDay: number;
  /**
   * Last era year that exists (平成 → 31: Heisei ended on 2019-04-30), or
   * Infinity for the current era.
   */
  readonly lastYear: number;
}

/** Probing range: every era from 明治 on, and whatever ICU knows up to this year. */
const FIRST_PROBE_YEAR = 1868;
const LAST_PROBE_YEAR = 2200;
const DAY_MS = 86_400_000;

const LONG = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric", timeZone: "UTC" });
const NARROW = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "narrow", year: "numeric", timeZone: "UTC" });

/** Era name and era year on a UTC day (`元` is read as 1). */
function probe(fmt: Intl.DateTimeFormat, ms: number): { era: string; year: number } {
  let era = "";
  let year = NaN;
  for (const p of fmt.formatToParts(ms)) {
    if (p.type === "era") era = p.value;
    else if (p.type === "year") year = p.value === "元" ? 1 : Number(p.value);
  }
  return { era, year };
}

function buildEras(): Era[] {
  const found: { name: string; letter: string; start: number }[] = [];
  let prev = probe(LONG, Date.UTC(FIRST_PROBE_YEAR - 1, 11, 31)).era;
  for (let y = FIRST_PROBE_YEAR; y <= LAST_PROBE_YEAR; y++) {
    const endOfYear = Date.UTC(y, 11, 31);
    const here = probe(LONG, endOfYear).era;
    if (here === prev) continue;
    // The era changed during year y: find its first day by bisection (lo: old era, hi: new era).
    let lo = Date.UTC(y - 1, 11, 31);
    let hi = endOfYear;
    while (hi - lo > DAY_MS) {
      const mid = lo + Math.floor((hi - lo) / DAY_MS / 2) * DAY_MS;
      if (probe(LONG, mid).era === here) hi = mid;
      else lo = mid;
    }
    found.push({ name: here, letter: probe(NARROW, hi).era, start: hi });
    prev = here;
  }
  return found.map((e, i) => {
    const d = new Date(e.start);
    const startYear = d.getUTCFullYear();
    const next = found[i + 1];
    const lastYear = next === undefined ? Infinity : new Date(next.start - DAY_MS).getUTCFullYear() - startYear + 1;
    return {
      name: e.name,
      letter: e.letter.toUpperCase(),
      startYear,
      startMonth: d.getUTCMonth() + 1,
      startDay: d.getUTCDate(),
      lastYear,
    };
  });
}

/** Eras from 明治 on, oldest first. */
export const ERAS: readonly Era[] = Object.freeze(buildEras());

const BY_NAME: ReadonlyMap<string, Era> = new Map<string, Era>(
  ERAS.flatMap((e) => [[e.name, e], [e.letter, e], [e.letter.toLowerCase(), e]] as [string, Era][]),
);

/** Alternation of era names and letters for regexes: `明治|大正|…|M|T|S|H|R`. */
export const ERA_PATTERN: string = [...ERAS.map((e) => e.name), ...ERAS.map((e) => e.letter)].join("|");

/** The era named `平成` or written `H` / `h`; undefined when none. */
export function eraByName(name: string): Era | undefined {
  return BY_NAME.get(name);
}

/** The era in force on a calendar day; undefined before 明治. */
export function eraOn(year: number, month: number, day: number): Era | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const e = ERAS[i];
    if (year > e.startYear || (year === e.startYear && (month > e.startMonth || (month === e.startMonth && day >= e.startDay)))) {
      return e;
    }
  }
  return undefined;
}

/**
 * How many years past its end an era keeps counting in plans written before
 * the change: a plan made in 平成29 names its last year 平成32年度 (FY2020),
 * and staff keep the plan's wording. Thirty years covers any plan's horizon.
 */
export const ERA_CONTINUATION_YEARS = 30;

/**
 * Western year of an era year; null when that era year never existed (令和0,
 * 平成0) — or, without `continued`, lies past the era's end (平成32, 昭和65).
 * With `continued` (fiscal years, due periods) an ended era keeps counting
 * for ERA_CONTINUATION_YEARS: 平成32年度 is FY2020.
 */
export function eraYearToWestern(era: Era, eraYear: number, continued = false): number | null {
  const last = continued ? era.lastYear + ERA_CONTINUATION_YEARS : era.lastYear;
  if (!Number.isInteger(eraYear) || eraYear < 1 || eraYear > last) return null;
  return era.startYear + eraYear - 1;
}

/** True when the era year lies past the era's end (平成32): a year named in a plan written before the change. */
export function isContinuedEraYear(era: Era, eraYear: number): boolean {
  return eraYear > era.lastYear;
}

/** `元` → 1, digits → their value; NaN otherwise. */
export function eraYearNumber(text: string): number {
  return text === "元" ? 1 : Number(text);
}

/**
 * The era a fiscal year is named in: the era in force at the end of the
 * calendar year in which the fiscal year starts (FY2019 → 令和, FY2018 → 平成,
 * FY1988 → 昭和). See formatFiscalYear for why.
 */
export function eraOfFiscalYear(year: number): Era | undefined {
  return eraOn(year, 12, 31);
}

/**
 * An era year written without its era (`27年度`), read against a context
 * fiscal year (the report's 対象年度, a western year):
 * - the era of the context year, unless the same number in the era before
 *   it is a real year closer to the context (in a 令和2年度 report `30年度`
 *   is 平成30 = 2018, not 令和30 = 2048); equally close → the context's era;
 * - without a context, the latest era (令和): a register that does not say
 *   its year is taken to be a current one.
 * An ended era keeps counting (平成32 = 2020, see ERA_CONTINUATION_YEARS):
 * in a 平成26年度 report `32年度` is 2020, not 昭和32.
 * Null when the number is no year of either era (`0年度`).
 */
export function resolveEralessYear(eraYear: number, contextYear: number | null): number | null {
  const latest = ERAS[ERAS.length - 1];
  if (contextYear === null) return eraYearToWestern(latest, eraYear);
  const era = eraOfFiscalYear(contextYear);
  if (era === undefined) return null;
  const here = eraYearToWestern(era, eraYear, true);
  const i = ERAS.indexOf(era);
  const before = i > 0 ? eraYearToWestern(ERAS[i - 1], eraYear, true) : null;
  if (here === null) return before;
  if (before === null) return here;
  return Math.abs(before - contextYear) < Math.abs(here - contextYear) ? before : here;
}
