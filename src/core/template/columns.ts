/**
 * The register template's columns (contract §2's headers, issue 12): which of
 * the contract's columns a department gets to fill, in the seed's order, with
 * a width and the list a cell may be chosen from. The headers are the field
 * names of src/core/i18n ({ja,en}/fields.ts), which are accepted aliases.
 *
 * Left out on purpose (docs/decisions.md "The register template"): 増減率
 * (a figure copied from a published report, which the engine computes), 基準日,
 * 判定基準 and 評価対象 (rarely needed; a department may add any of them, the
 * reader accepts columns in any order).
 */
import type { ColumnKey } from "../register/types";

/** What a column's cells may be chosen from. */
export type ListKind = "schedule" | "rating" | "targetType" | "highlight" | "area";

export interface TemplateColumnDef {
  readonly key: ColumnKey;
  /** Width in Excel's characters. */
  readonly width: number;
  /** Long free text: wrapped. */
  readonly wrap: boolean;
  readonly list: ListKind | null;
}

function col<K extends ColumnKey>(key: K, width: number, list: ListKind | null = null, wrap = false): TemplateColumnDef & { readonly key: K } {
  return { key, width, wrap, list };
}

export const TEMPLATE_COLUMNS = [
  col("no", 7),
  col("area", 18, "area", true),
  col("name", 28, null, true),
  col("department", 14, null, true),
  col("overview", 36, null, true),
  col("plan", 30, null, true),
  col("progress", 36, null, true),
  col("schedule", 13, "schedule"),
  col("indicator", 26, null, true),
  col("targetType", 11, "targetType"),
  col("target", 16, null, true),
  col("actual", 14),
  col("prior", 14),
  col("unit", 8),
  col("cause", 30, null, true),
  col("nextSteps", 30, null, true),
  col("relistOf", 8),
  col("selfRating", 10, "rating"),
  col("highlight", 10, "highlight"),
  col("nextYear", 28, null, true),
  col("finalRating", 10, "rating"),
  col("overrideReason", 24, null, true),
] as const satisfies readonly TemplateColumnDef[];

export type TemplateColumnKey = (typeof TEMPLATE_COLUMNS)[number]["key"];
