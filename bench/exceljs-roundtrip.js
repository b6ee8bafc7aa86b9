// The floor the command line is measured against: a bare exceljs read + write
// of the same file, nothing else.
"use strict";
const ExcelJS = require("exceljs");
(async () => {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
