/**
 * TEMPORARY stand-in for src/core/run.ts (written in parallel by the lead):
 * the announced signature, composed from the stages that exist. Deleted as
 * soon as the real module lands.
 */
import type { Grid } from "../core/grid";
import type { Evaluation } from "../core/evaluate/types";
import { evaluate } from "../core/evaluate/evaluate";
import { readRegister } from "../core/register/read-register";
import { buildReport } from "../core/report/build-report";
import type { ReportModel } from "../core/report/model";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { readSettingsSheet } from "../core/settings/read-settings";

export interface EngineInput {
  register: Grid;
  settingsSheet: Grid | null;
  overrides?: Partial<Settings>;
}
export interface EngineResult {
  settings: Settings;
  evaluation: Evaluation;
  report: ReportModel | null;
}

export function runEngine(input: EngineInput): EngineResult {
  const fromSheet = readSettingsSheet(input.settingsSheet, { ...DEFAULT_SETTINGS, areas: [] }).settings;
  const settings: Settings = { ...fromSheet, ...input.overrides };
  const evaluation = evaluate(readRegister(input.register), settings);
  return { settings, evaluation, report: evaluation.blocked ? null : buildReport(evaluation) };
}
