/**
 * The task pane's words (English). Same keys as ../ja/pane.ts (checked by the PaneStrings type).
 * No runtime import here: webpack.config.js reads this file alone at build time.
 */
import type { PaneStrings } from "../ja/pane";

export const paneEn: PaneStrings = {
  // ---- page -------------------------------------------------------------------
  title: "Progress report",
  heading: "Progress report",

  // ---- start-up ------------------------------------------------------------------
  bootStarting: "Starting…",
  bootFailed:
    "The task pane could not start. Close it and open it again. Old Office versions that show add-ins with Internet Explorer or the old Edge are not supported.",

  // ---- outside Excel or without office.js ----------------------------------------
  noOfficeJs:
    "The Office JavaScript library (office.js) could not be loaded. On networks without internet access (such as LGWAN), ask your administrator for the build that ships office.js.",
  notInExcel: "This page is an Excel task pane. Open it in Excel from Home › Progress report.",
  officeTimeout: "Office did not get ready. Close the task pane and open it again.",
  unsupportedExcel: "This Excel does not support ExcelApi 1.7. Open the workbook in Excel 2019 or later, or Microsoft 365.",
  unexpectedError: "Something went wrong: {message}",

  // ---- register picker -------------------------------------------------------------
  registerHeading: "Register",
  registerLabel: "Register sheet",
  registerChoose: "(choose a sheet)",
  registerNotFound: "No register sheet was found. Choose the sheet with the headers No, Area, Item and Schedule.",
  registerLoaded: "Read the sheet “{sheet}”.",

  // ---- settings form ---------------------------------------------------------------------
  settingsHeading: "Settings",
  settingsFromSheet: "Showing the settings of the sheet “{sheet}”.",
  settingsNoSheet: "There is no settings sheet yet. Saving creates one.",
  planLabel: "Plan",
  fiscalYearLabel: "Fiscal year",
  fiscalYearHint: "e.g. 2024, 令和6年度, 平成26年度",
  fiscalYearInvalid: "The fiscal year “{value}” cannot be read. Write it as in the example.",
  pointLabel: "Point",
  pointYearEnd: "Year end",
  pointHalf: "First half",
  sMarginLabel: "S margin (%)",
  sMarginHint: "An indicator that beats its target by at least this much counts as ahead of plan (default 20%).",
  sMarginInvalid: "Enter a number from 0 to 100.",
  langLabel: "Report language",
  langJa: "日本語",
  langEn: "English",
  saveSettings: "Save settings",
  settingsSaved: "Saved the settings to the sheet.",
  settingsInvalid: "Some settings are not valid. Correct the fields marked in red.",

  // ---- scale editor (評価区分) ---------------------------------------------------------
  scaleHeading: "Rating scale",
  scaleHint: "Best level first. A level's threshold is the smallest achievement (%) of an item's worst indicator that earns it; the lowest level has none. Once the scale is edited, its thresholds replace the S margin.",
  scaleSeedNote: "This is the default scale (S, A, B; S from the S margin).",
  scaleMethodLabel: "Rating method",
  scaleMethodAuto: "Automatic (from schedule and indicators)",
  scaleMethodSelf: "Self-rated (departments' ratings, checked against the automatic one)",
  scalePresets: "Presets",
  scalePresetSeed: "S, A, B (default)",
  scalePresetFour: "S, A, B, C",
  scaleLevelLegend: "Level {n}",
  scaleCode: "Code",
  scaleLabel: "Label",
  scaleThreshold: "Threshold (achievement %)",
  scaleBehind: "Behind (listed in Reference 2, cause required)",
  scaleUp: "Up",
  scaleDown: "Down",
  scaleRemove: "Remove",
  scaleUpLabel: "Move level {n} “{code}” up",
  scaleDownLabel: "Move level {n} “{code}” down",
  scaleRemoveLabel: "Remove level {n} “{code}”",
  scaleAdd: "Add a level",
  scaleThresholdInvalid: "Enter the threshold as a number (%), e.g. 120, 100, 80.",

  // ---- actions and progress -----------------------------------------------------------
  actionsHeading: "Run",
  validate: "Check",
  createReport: "Create report",
  createTemplate: "Create the register template",
  stepTemplate: "Making the register template…",
  templateCreated: "The register template is open in a new workbook ({period}, levels {levels}). Save it and send it to the departments.",
  templateUnsupported:
    "This Excel cannot create a new workbook (ExcelApi 1.8), so the template cannot be made here. The command shinchoku template makes the same file.",
  exportCommittee: "Export the committee copy",
  stepReadingFile: "Reading the workbook's file…",
  stepExporting: "Making the committee copy…",
  committeeExported:
    "The committee copy is open in a new workbook ({count} sheets: {names}); the findings and the rating history are left out. Save it and send it to the committee.",
  exportNoReport: "There is no report to export. Run Create report first.",
  exportNoNewWorkbook:
    "This Excel cannot create a new workbook (ExcelApi 1.8), so the committee copy cannot be made here. Save the workbook: the command shinchoku export BOOK.xlsx -o COMMITTEE.xlsx makes the same file.",
  exportNoFile:
    "This Excel cannot hand the add-in the workbook's file (requirement set CompressedFile), so the committee copy cannot be made here. Save the workbook: the command shinchoku export BOOK.xlsx -o COMMITTEE.xlsx makes the same file.",
  exportFileRefused:
    "Excel did not hand over the workbook's file ({message}). Excel on the web may not. Open the workbook in desktop Excel, or save it and use the command shinchoku export.",
  exportUnreadable: "The workbook's file could not be read ({message}). Save the workbook and use the command shinchoku export.",
  progressLabel: "Progress",
  stepLoading: "Reading the workbook…",
  stepEvaluating: "Checking…",
  stepWriting: "Writing the report sheets…",
  stepSaving: "Saving the settings…",
  validated: "Checked: {errors} errors, {warnings} warnings, {infos} notes.",
  blocked: "The report was not written because of {errors} errors. Correct them and run it again.",
  written: "Wrote {count} sheets: {names}",
  nameSeparator: ", ",
  failed: "That did not work: {message}",
  departmentLabel: "Department",
  departmentAll: "All departments",
  departmentHint: "With a department chosen, Check and Create report use that department's items only.",
  departmentUnknown: "No item of the register has the department \"{department}\". Departments in the register: {known}",
  noRegister: "Choose the register sheet first.",

  // ---- degraded hosts -----------------------------------------------------------------
  degradedHeading: "Limits of this Excel",
  noPageLayout: "This Excel does not support print setup (ExcelApi 1.9): the report sheets get no print settings.",
  noMergedAreas:
    "This Excel cannot read merged areas (ExcelApi 1.13): merged cells read as blank below their top-left cell. Item columns (No, Area, Item, …) are taken from the row above, so that is fine; if indicator columns are merged, write the value on each row.",

  // ---- results ------------------------------------------------------------------------
  resultsHeading: "Results",
  resultsEmpty: "Press Check to see the per-area tally and the findings here.",
  resultsNoItems: "There are no items to tally. See the findings below.",
  resultsProvisional: "Because of the errors this tally is provisional (no report is written).",
  tallyUnrated: "{count} items cannot be rated (see the errors).",
  comparisonHeading: "Compared with {previous}",
  comparisonLevel: "Rating",
  comparisonTotal: "Total",
  comparisonNos: "No {nos}",
  chartTitle: "Ratings by area",
  chartLevel: "{label} {n}",
  chartLevelSeparator: ", ",
  chartNotRated: "Not rated",
  ratingS: "S ahead",
  ratingA: "A on schedule",
  ratingB: "B behind",

  // ---- findings -----------------------------------------------------------------------
  findingsHeading: "Findings",
  findingsNone: "No problems found.",
  severityError: "Errors",
  severityWarning: "Warnings",
  severityInfo: "Notes",
  severityCount: "{label} ({count})",
  findingGoTo: "Select cell {cell}",
  findingsMore: "{count} more are not shown. Creating the report lists them all on the Findings sheet.",
  selectFailed: "Could not select the cell {cell}: {message}",
};
