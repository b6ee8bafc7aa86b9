/** Texts of the shinchoku command (English). Same keys as ja/cli.ts. */
import type { cliJa } from "../ja/cli";

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const cliEn: Shape<typeof cliJa> = {
  description: "shinchoku (進捗) — rates a reform plan's programme register and writes the committee's progress report sheets.",
  langOption: "language of messages (ja or en; default from the locale)",
  quietOption: "do not print progress",
  report: {
    description: "Reads a register workbook and writes a copy with the report sheets added (the input file is never modified).",
    register: "the register .xlsx file",
    output: "file to write (default: REGISTER-report.xlsx beside the input)",
    sheet: "register sheet name (default: 取組一覧, else detected by its headers)",
    json: "print the result as JSON on standard output",
    plan: "plan name (overrides the settings sheet's 計画名)",
    fiscalYear: "fiscal year (平成26年度, 令和6年度, 2014)",
    point: "point in the year (年度末 / yearEnd or 上半期末 / half)",
    sMargin: "S margin (default 0.2)",
    area: "an area, in report order (repeat the flag)",
    reportLang: "language of the report (ja or en)",
  },
  consolidate: {
    description: "Merges departments' registers into one register with a source column; refuses conflicting items.",
    inputs: "departments' register .xlsx files",
    output: "register file to write (required)",
    sourceHeader: "Source",
  },
  export: {
    description: "Makes the committee's copy: a workbook holding only the chosen report sheets, values and formatting.",
    input: "a report workbook made by shinchoku report",
    output: "file to write (required)",
    sheets: "sheet names to include, comma-separated (default: every report sheet but the findings)",
  },
  progress: {
    reading: "reading {file}",
    read: "read {rows} rows ({seconds} s)",
    rating: "rating {items} items",
    writing: "writing {file}",
  },
  done: {
    written: "Wrote {file} (sheets: {sheets}).",
    blocked: "{errors} error(s) found: nothing was written.",
    summary: "{total} items: {levels}. Findings: {errors} errors, {warnings} warnings, {info} info.",
    summaryNotRated: "not rated {n}",
    consolidated: "Merged {items} items from {count} files into {file}.",
    more: "{count} more findings are in the findings sheet (or use --json).",
    exported: "Wrote {sheets} to {file}.",
  },
  errors: {
    unreadableFile: "Cannot read {file}: {reason}",
    notXlsx: "{file} is not an .xlsx workbook.",
    encrypted: "{file} is password-protected or an old .xls workbook; remove the protection or save it as .xlsx in Excel.",
    sameAsInput: "The output is the input file; the input is never overwritten: {file}",
    noRegister: "No register sheet found (name it with --sheet).",
    noGenerated: "{file} holds no report sheet made by shinchoku.",
    notGenerated: "The sheet \"{sheet}\" is not a report sheet made by shinchoku.",
    internal: "Stopped by an unexpected error (nothing was written): {reason}",
    usage: "Bad usage: {reason}",
    outputRequired: "Name the output file with -o.",
    damagedPart: "{file} is damaged and cannot be read (its part {part} is not well-formed XML at line {line}). Open it in Excel, save it, and run again. Nothing was written.",
    dtdPart: "{file}: its part {part} (line {line}) holds a DTD (<!DOCTYPE …>), which Excel files never contain; it is not read, for safety. Open the file in Excel, save it, and run again. Nothing was written.",
    missingSharedStrings: "{file}: the text cells of the sheet \"{sheet}\" refer to the shared-string table (sharedStrings.xml), but the workbook has no such part. The file is damaged. Open it in Excel, save it, and run again. Nothing was written.",
    cellOutOfRange: "{file}: the sheet \"{sheet}\" holds a cell beyond Excel's limits (column XFD, row 1,048,576): {cell} (part {part}, line {line}). The file is damaged. Open it in Excel, save it, and run again. Nothing was written.",
    notRegularFile: "{file} is not a regular file (a folder, a device or a pipe). Give an .xlsx file.",
    notRegularOutput: "The output {file} exists and is not a regular file (a folder, a device or a pipe): it is never replaced. Give another file name with -o.",
    fileNotFound: "{file} does not exist. Check the file name and the folder.",
    noReadPermission: "No permission to read {file}. Check the file's access rights, or copy it somewhere you can read it.",
    outputFolderMissing: "Cannot write {file}: its folder does not exist.",
    noWritePermission: "No permission to write {file}. Give a file name in a folder you can write to with -o.",
    diskFull: "Cannot write {file}: the disk is full. Nothing was written.",
    readOnlyFolder: "Cannot write {file}: the folder is read-only. Give a file name in another folder with -o.",
    cannotWrite: "Cannot write {file} ({reason}). Nothing was written.",
    emptyFile: "{file} is empty (0 bytes). Give a workbook (.xlsx) saved by Excel.",
    zipTruncated:
      "{file} is cut short (the zip directory at its end is missing): the copy or download may not have finished. Copy it again from the original.",
    zipDamaged: "{file} is damaged (its zip directory does not match its contents). Open it in Excel, let Excel repair it, and save it again.",
    zipDamagedPart: "{file} is damaged (its zip directory does not match the part {part}). Open it in Excel, let Excel repair it, and save it again.",
    zipCorruptPart:
      "{file} is damaged: the part {part} does not match its zip record (CRC-32 or size). Open it in Excel, let Excel repair it, and save it again.",
    zipDuplicatePart:
      "{file} is damaged: it holds the part {part} twice, and which one is meant cannot be known. Open it in Excel, let Excel repair it, and save it again.",
    zipUnsupported: "{file} uses a zip compression method Excel does not use (part {part}). If Excel opens it, save it again as .xlsx in Excel.",
    zipEncryptedEntry: "{file}: the part {part} is encrypted with a zip password. Give a workbook saved by Excel, not by a zip tool.",
    partTooLarge:
      "{file}: the part {part} unpacks to more than {limit} MB, so it is not read, to protect this computer (the file may be a \"zip bomb\"). If it is a real workbook, delete unused data in Excel and save it again.",
    packageTooLarge:
      "{file} unpacks to more than {limit} MB in all, so it is not read, to protect this computer (the file may be a \"zip bomb\"). If it is a real workbook, delete unused sheets or data in Excel and save it again.",
    partRatio:
      "{file}: the part {part} is compressed far more than any real workbook part: not read, as a likely \"zip bomb\". Give a workbook saved again by Excel.",
  },
};
