/**
 * The committee copy of a whole workbook's bytes, as `shinchoku export`
 * makes it without `--sheets`: the generated sheets but the division's
 * working ones (committeeSheets: no 検証結果, no 評価履歴), with the report's
 * chart and 前回比較, through the same exportSheets. The pane's
 * 委員会用に書き出す runs it on the bytes Office gives of the open workbook
 * (loaded as a chunk of its own, on the click only). Browser-safe: fflate.
 */
import { committeeSheets } from "../../core/report/sheet-names";
import { exportSheets } from "./export";
import { openPackage } from "./package";
import { listSheets } from "./read-grid";

export type CommitteeCopy =
  | { readonly kind: "copy"; readonly bytes: Uint8Array; readonly sheets: readonly string[] }
  /** No report sheet to copy (集計表を作成 has not been run, or only working sheets are there). */
  | { readonly kind: "noReport" };

/** Throws XlsxError when the bytes are not a readable .xlsx package. */
export function committeeCopy(workbookBytes: Uint8Array): CommitteeCopy {
  const pkg = openPackage(workbookBytes);
  const chosen = committeeSheets(listSheets(pkg).filter((s) => s.generated).map((s) => s.name));
  if (chosen.length === 0) return { kind: "noReport" };
  return { kind: "copy", bytes: exportSheets(pkg, chosen), sheets: chosen };
}
