/**
 * Reading an indicator's target (contract §4): its kind from the target-type
 * column, or — when that is blank — from the target text as staff write it
 * (`99団体以上`, `前年比5％以上`, `維持`, `27年度末までに策定`), its value and
 * unit, and a milestone's due period.
 */
import type { FindingParams } from "../findings/finding";
import { isCellError } from "../grid";
import type { SourceCell } from "../register/types";
import { readDueFiscalYear, type DuePeriod } from "../values/fiscal-year";
import type { NumberReading } from "../values/number";
import type { NumberReader } from "../values/number-reader";
import { cellText, displayText, normalize } from "../values/text";
import type { UnitScale } from "../values/unit";
import { inRowUnit, unitWritten } from "./quantity";
import { report, rowAddress, type RowContext } from "./row-context";
import type { Target, TargetKind } from "./types";

/**
 * A target as read, with what the evaluation needs besides the Target itself.
 * One object, the Target with two more fields, not a Target wrapped in
 * another: a register of unique targets keeps one per indicator row.
 */
export interface TargetRead extends Target {
  /** The unit was written in the target cell (only written units are compared with the actual's). */
  readonly unitWritten: boolean;
  /** Milestone: the due period read from the text; null = due now. */
  readonly due: DuePeriod | null;
}

interface KindRead {
  readonly kind: TargetKind;
  readonly strict: boolean;
}

const SPACES = /\s+/g;
/** Parsed targets kept per bucket of readTarget's cache. */
const TARGET_CACHE_LIMIT = 2048;

/** Target-type column words (NFKC, lower case, no spaces), tried in this order: the first contained wins. */
const TYPE_WORDS: readonly (readonly [string, TargetKind, boolean])[] = [
  ["前年比", "growth", false],
  ["前年度比", "growth", false],
  ["増加率", "growth", false],
  ["伸び率", "growth", false],
  ["growth", "growth", false],
  ["維持", "maintain", false],
  ["maintain", "maintain", false],
  ["達成", "milestone", false],
  ["策定", "milestone", false],
  ["完了", "milestone", false],
  ["milestone", "milestone", false],
  ["未満", "atMost", true],
  ["lessthan", "atMost", true],
  ["以下", "atMost", false],
  ["atmost", "atMost", false],
  ["≤", "atMost", false],
  ["<=", "atMost", false],
  ["<", "atMost", true],
  ["以上", "atLeast", false],
  ["atleast", "atLeast", false],
  ["≥", "atLeast", false],
  [">=", "atLeast", false],
];

function kindOfTypeWord(text: string): KindRead | null {
  const t = normalize(text).replace(SPACES, "").toLowerCase();
  for (const [word, kind, strict] of TYPE_WORDS) if (t.includes(word)) return { kind, strict };
  return null;
}

const GROWTH_TEXT = /前年(?:度|同期)?末?比|増加率|伸び率/;
/** Without a number, `前年度実績以上` / `前年度並み` / `前年の水準` ask to keep last year's level: maintain. */
const PRIOR_YEAR = /前年/;
const PRIOR_LEVEL = /以上|並み|水準|同等/;
/** A reduction against the prior year (`前年比5%削減`) is not one of the kinds of §4. */
const REDUCTION = /減/;
/** Deeds a milestone target names when it holds no number (`策定`, `27年度末までに導入`). */
const MILESTONE_TEXT = /達成|策定|完了|までに|実施|導入|開始|設置|作成|構築|整備|制定|改定|開設|発行/;

/**
 * The number in a target text: the first number that is not a date or fiscal
 * year (`前年比5％以上`, `(目標)220万件以上／年`; `27年度末までに策定` holds
 * none). When the whole text reads as one number, that reading (and its
 * unit, `50コマ以上` → コマ, `100事業者以上` → 事業者) is taken; else the unit
 * comes from the reader's list of known units. Null when the text holds no number.
 */
function targetNumber(text: string, numbers: NumberReader): NumberReading | null {
  const found = numbers.find(text);
  if (found === null) return null;
  const r = found.reading;
  // A number that spans the whole text (`1,234人以上`) was read with everything the whole-text reader would see.
  if (found.start === 0 && found.end === text.length) return r;
  // When the whole text reads as one number, its unit is the whole word
  // (`100事業者以上` → 事業者, where the list of known units stops at 事業).
  const whole = numbers.read(text);
  return whole.ok && r.ok && whole.value === r.value && whole.unit !== null ? whole : r;
}

/** The kind a target text names when the type column is blank (the number in it already read). */
function kindOfTargetText(t: string, n: NumberReading | null): KindRead | "reduction" | null {
  if (t.includes("維持")) return { kind: "maintain", strict: false };
  if (GROWTH_TEXT.test(t)) return REDUCTION.test(t) ? "reduction" : { kind: "growth", strict: false };
  if (n !== null && n.ok) {
    const bound = n.qualifiers?.bound ?? null;
    if (bound === "below" || t.includes("未満")) return { kind: "atMost", strict: true };
    if (bound === "atMost" || t.includes("以下")) return { kind: "atMost", strict: false };
    // 超 (more than) is the strict form of 以上; a plain number is a threshold to reach.
    return { kind: "atLeast", strict: bound === "above" };
  }
  if (PRIOR_YEAR.test(t) && PRIOR_LEVEL.test(t)) return { kind: "maintain", strict: false };
  if (MILESTONE_TEXT.test(t)) return { kind: "milestone", strict: false };
  return null;
}

/** What a target's cells say, before it is tied to a row: the same cells read the same everywhere, so it is cached. */
export type ParsedTarget =
  | TargetRead
  | {
      readonly failed: true;
      readonly code: "missing-target" | "unreadable-target-type" | "unreadable-number" | "excel-error";
      /** Which cell the finding points at. */
      readonly cell: "targetType" | "target";
      readonly value: string;
    };

/**
 * Reads the target of one indicator row, or null (with a finding) when it
 * cannot be used: no target, an unreadable type or number.
 */
export function readTarget(rc: RowContext, scale: UnitScale | null, unitColumn: string, contextYear: number | null): TargetRead | null {
  const typeCell = rc.cells.targetType;
  const targetCell = rc.cells.target;
  const tv = targetCell?.value;
  // Cached by the cells' contents: plain texts and numbers only (errors and booleans are rare and cheap to read).
  // Two levels so that the common row (no type, no unit column) builds no key string.
  const cacheable = tv === undefined || typeof tv === "string" || typeof tv === "number";
  let bucket: Map<string | number | undefined, ParsedTarget> | undefined;
  let inner: string | number | undefined;
  if (cacheable) {
    const typeText = typeCell === undefined ? "" : cellText(typeCell.value);
    // A number's format (a percentage) changes its reading: formatted numbers get buckets of their own.
    const format = typeof tv === "number" ? targetCell!.format : null;
    const outer =
      typeText === "" && unitColumn === "" && format === null ? "" : typeText + "\u0001" + unitColumn + "\u0002" + (format ?? "");
    bucket = rc.sheet.targetCache.get(outer);
    if (bucket === undefined) {
      bucket = new Map();
      rc.sheet.targetCache.set(outer, bucket);
    }
    inner = tv;
  }
  let parsed = bucket?.get(inner);
  if (parsed === undefined) {
    parsed = parseTarget(typeCell, targetCell, scale, contextYear, rc.sheet.numbers);
    if (bucket !== undefined) {
      // Targets that repeat (`前年比5％以上`) are few; a register of unique targets must not build a map of them all.
      if (bucket.size >= TARGET_CACHE_LIMIT) bucket.clear();
      bucket.set(inner, parsed);
    }
  }
  if (!("failed" in parsed)) return parsed;
  const at = parsed.cell === "targetType" ? typeCell!.address : rowAddress(rc, "target");
  const params: FindingParams =
    parsed.code === "missing-target"
      ? { indicator: rc.label }
      : parsed.code === "unreadable-target-type"
        ? { value: parsed.value }
        : { field: "target", value: parsed.value };
  report(rc.sheet, parsed.code, at, params);
  return null;
}

function parseTarget(
  typeCell: SourceCell | undefined,
  targetCell: SourceCell | undefined,
  scale: UnitScale | null,
  contextYear: number | null,
  numbers: NumberReader,
): ParsedTarget {
  if (targetCell !== undefined && isCellError(targetCell.value)) {
    return { failed: true, code: "excel-error", cell: "target", value: targetCell.value.error };
  }
  const rawText = targetCell === undefined ? "" : normalize(cellText(targetCell.value));
  // Numbers and percentage-formatted numbers are read as cells; text through the target reader.
  const number =
    targetCell === undefined
      ? null
      : typeof targetCell.value === "string"
        ? targetNumber(rawText, numbers)
        : numbers.read(targetCell.value, targetCell.format);

  let kind: KindRead;
  if (typeCell !== undefined) {
    const k = kindOfTypeWord(cellText(typeCell.value));
    if (k === null) return { failed: true, code: "unreadable-target-type", cell: "targetType", value: cellText(typeCell.value) };
    kind = k;
  } else if (targetCell === undefined) {
    return { failed: true, code: "missing-target", cell: "target", value: "" };
  } else {
    const k = kindOfTargetText(rawText, number);
    if (k === null || k === "reduction") {
      return { failed: true, code: "unreadable-target-type", cell: "target", value: cellText(targetCell.value) };
    }
    kind = k;
  }

  const text = targetCell !== undefined ? displayText(targetCell) : typeCell !== undefined ? cellText(typeCell.value) : "";
  if (kind.kind === "maintain") {
    return { kind: "maintain", value: null, strict: false, unit: scale?.unit ?? null, dueFiscalYear: null, text, unitWritten: false, due: null };
  }
  if (kind.kind === "milestone") {
    // The due period may be written in the target or, failing that, in the type cell.
    const due =
      readDueFiscalYear(rawText, contextYear) ??
      (typeCell !== undefined ? readDueFiscalYear(cellText(typeCell.value), contextYear) : null);
    return { kind: "milestone", value: null, strict: false, unit: null, dueFiscalYear: due?.year ?? null, text, unitWritten: false, due };
  }

  if (targetCell === undefined) return { failed: true, code: "missing-target", cell: "target", value: "" };
  if (number === null) return { failed: true, code: "unreadable-number", cell: "target", value: cellText(targetCell.value) };
  const q = inRowUnit(number, kind.kind === "growth" ? null : scale);
  if (!q.ok) {
    return { failed: true, code: q.reason === "error" ? "excel-error" : "unreadable-number", cell: "target", value: cellText(targetCell.value) };
  }
  if (kind.kind === "growth") {
    // A growth target is in percentage points whatever unit the indicator counts in.
    return { kind: "growth", value: q.value, strict: false, unit: "%", dueFiscalYear: null, text, unitWritten: false, due: null };
  }
  return { kind: kind.kind, value: q.value, strict: kind.strict, unit: q.unit, dueFiscalYear: null, text, unitWritten: unitWritten(number), due: null };
}
