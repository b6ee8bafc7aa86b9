/**
 * Writes the register template (src/core/template's model) as a new .xlsx
 * with exceljs: a new workbook has no user parts to keep, and exceljs writes
 * data validation, notes, frozen panes and print setup (docs/decisions.md
 * "The register template"). Loaded only by `shinchoku template`, so the
 * other commands never pay for exceljs.
 */
import ExcelJS from "exceljs";
import type { TemplateColumn, TemplateModel, TemplateValidation } from "../../core/template/model";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Required headers stand out (light orange), the others light blue. */
const FILL_REQUIRED = "FFFCE4D6";
const FILL_OTHER = "FFDDEBF7";
const FONT = "游ゴシック";

/** `A`, `B`, …, `AA` for a 1-based column. */
function letters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `'設定'!$B$10:$B$14`, quotes doubled inside the name. */
function rangeFormula(v: TemplateValidation): string {
  const r = v.range!;
  const c = letters(r.column);
  return `'${r.sheet.replace(/'/g, "''")}'!$${c}$${r.firstRow}:$${c}$${r.lastRow}`;
}

function validationOf(c: TemplateColumn): ExcelJS.DataValidation {
  const prompt = { showInputMessage: true, promptTitle: c.promptTitle, prompt: c.hint };
  const v = c.validation;
  if (v === null) return { type: "any", formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  return {
    type: "list",
    allowBlank: true,
    formulae: [v.range !== null ? rangeFormula(v) : `"${v.values.join(",")}"`],
    showErrorMessage: true,
    errorStyle: v.strict ? "stop" : "warning",
    errorTitle: v.errorTitle,
    error: v.error,
    ...prompt,
  };
}

/** exceljs 4.4.0 has worksheet.dataValidations (a range address → one rule) but its typings do not list it. */
interface WithValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function registerSheet(wb: ExcelJS.Workbook, model: TemplateModel): void {
  const { name, headerRow, inputRows, columns } = model.register;
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 3, ySplit: headerRow, topLeftCell: `D${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.headerFooter.oddFooter = "&P / &N";
  const row = ws.getRow(headerRow);
  row.height = 32;
  columns.forEach((c, i) => {
    const n = i + 1;
    ws.getColumn(n).width = c.width;
    ws.getColumn(n).alignment = { vertical: "top", wrapText: c.wrap };
    const cell = row.getCell(n);
    cell.value = c.header;
    cell.font = { name: FONT, bold: true, size: 10 };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.required ? FILL_REQUIRED : FILL_OTHER } };
    cell.border = BORDER;
    cell.note = c.hint;
    const col = letters(n);
    (ws as unknown as WithValidations).dataValidations.add(`${col}${headerRow + 1}:${col}${headerRow + inputRows}`, validationOf(c));
  });
}

function settingsSheet(wb: ExcelJS.Workbook, model: TemplateModel): void {
  const s = model.settings;
  const ws = wb.addWorksheet(s.name, { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  s.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v === "") return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (c === 0) cell.font = { bold: true };
    });
  });
  for (const n of s.notes) ws.getCell(n.row, n.column).note = n.text;
}

/** The template's .xlsx bytes. */
export async function writeTemplate(model: TemplateModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "shinchoku";
  registerSheet(wb, model);
  settingsSheet(wb, model);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
