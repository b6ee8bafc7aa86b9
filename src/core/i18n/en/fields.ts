/** Column names (English), for {field} and {column} in messages. */
import type { ColumnKey } from "../../register/types";

export const fieldsEn: Readonly<Record<ColumnKey, string>> = {
  no: "No",
  area: "Area",
  name: "Item",
  department: "Department",
  overview: "Overview",
  plan: "Plan",
  progress: "Progress",
  schedule: "Schedule",
  indicator: "Indicator",
  targetType: "Target type",
  target: "Target",
  actual: "Actual",
  prior: "Prior",
  unit: "Unit",
  statedChange: "Stated change",
  asOf: "As of",
  cause: "Cause",
  nextSteps: "Next steps",
  relistOf: "Re-listed from",
  selfRating: "Self rating",
  finalRating: "Final rating",
  overrideReason: "Override reason",
  highlight: "Highlight",
  nextYear: "New next year",
};
