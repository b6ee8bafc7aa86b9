/**
 * 提出用の様式を作成 (issue 12): the register template — the same model as
 * `shinchoku template` (src/core/template) — written to .xlsx bytes in the
 * pane (exceljs, loaded on the click only) and opened as a new workbook
 * through Excel.createWorkbook (ExcelApi 1.8). A host without it gets a
 * clear note instead (the command line makes the same file): the add-in
 * cannot script a workbook other than its own, and adding the sheets to the
 * user's workbook would mix a blank form into the register.
 */
import type { Lang, Settings } from "../core/settings";
import { templateModel } from "../core/template/model";
import type { WorkbookHost } from "../workbook/host";

export type TemplateOutcome = "created" | "unsupported";

/** Bytes → base64, in slices (String.fromCharCode with a whole file overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Opens the template for `settings` (its 対象年度 set) as a new workbook; "unsupported" without Excel.createWorkbook. */
export async function makeTemplate(host: WorkbookHost, settings: Settings, lang: Lang): Promise<TemplateOutcome> {
  const create = host.createWorkbook;
  if (create === undefined) return "unsupported";
  const model = templateModel({ settings: { ...settings, lang }, lang });
  const { writeTemplate } = await import(/* webpackChunkName: "template" */ "../workbook/template/write-template");
  await create(toBase64(await writeTemplate(model)));
  return "created";
}
