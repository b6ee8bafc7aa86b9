/** Shared by the evaluation tests: settings of the seed's report, and one-indicator shortcuts. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import type { Evaluation, IndicatorResult, ItemResult } from "../../../src/core/evaluate/types";
import type { Finding, FindingCode } from "../../../src/core/findings/finding";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { oneIndicator, type IndicatorSpec, type ItemSpec } from "../../helpers/register";

/** The seed: 平成26年度末 (FY2014, year end), S margin 0.2. */
export function seedSettings(p: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, plan: "第２次行財政再構築プラン", fiscalYear: 2014, areas: [], ...p };
}

export interface One {
  readonly evaluation: Evaluation;
  readonly item: ItemResult;
  readonly indicator: IndicatorResult;
  readonly findings: readonly Finding[];
  readonly codes: readonly FindingCode[];
}

/** Evaluates a register of one item with one indicator row (Excel row 2). */
export function one(indicator: IndicatorSpec, item: Partial<ItemSpec> = {}, settings: Partial<Settings> = {}): One {
  const evaluation = evaluate(oneIndicator(indicator, item), seedSettings(settings));
  const it = evaluation.items[0];
  return {
    evaluation,
    item: it,
    indicator: it.indicators[0],
    findings: evaluation.findings,
    codes: evaluation.findings.map((f) => f.code),
  };
}

export function codesOf(e: Evaluation): FindingCode[] {
  return e.findings.map((f) => f.code);
}

export function findingOf(e: Evaluation | One, code: FindingCode): Finding | undefined {
  const findings = "findings" in e ? e.findings : [];
  return findings.find((f) => f.code === code);
}
