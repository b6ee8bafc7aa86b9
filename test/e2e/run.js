#!/usr/bin/env node
/**
 * End-to-end run of the task pane (npm run test:e2e):
 *  1. builds the pane with webpack (production, `--env e2e`) into test-output/e2e-dist/,
 *     with e2e.html = fake Excel bundle + the real pane bundle (no office.js);
 *  2. serves it on 127.0.0.1 (plain http, a small Node server);
 *  3. drives headless Chromium (playwright-core) through the pane: load, 検証,
 *     selecting a finding's cell, 集計表を作成, saving settings, markup in cells,
 *     keyboard use, English, a degraded host, and the pages outside Excel;
 *  4. saves screenshots to test-output/e2e/*.png and prints `e2e: N passed, M failed`.
 *
 * Chromium: $CHROME_PATH, else /usr/bin/chromium, else @sparticuz/chromium's bundled one (Linux x64).
 * Options (environment): E2E_MODE=development for a faster unminified build; E2E_ONLY=substring runs matching tests.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "test-output", "e2e-dist");
const SHOTS = path.join(ROOT, "test-output", "e2e");
/** The pane's width in Excel is about 350 px. */
const VIEWPORT = { width: 360, height: 900 };
const TIMEOUT = 20000;

// ---- build ---------------------------------------------------------------------------------

async function build() {
  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const mode = process.env.E2E_MODE === "development" ? "development" : "production";
  const config = await makeConfig({ e2e: true }, { mode });
  const stats = await new Promise((resolve, reject) =>
    webpack({ ...config, mode }, (err, s) => (err ? reject(err) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

// ---- server ------------------------------------------------------------------------------------

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Serves the build, and office.js straight from node_modules (for the page that loads the real one). */
function serve() {
  const officeDist = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const rel = decodeURIComponent(url.pathname);
    const officePrefix = "/node_modules/@microsoft/office-js/dist/";
    const base = rel.startsWith(officePrefix) ? officeDist : DIST;
    const file = path.normalize(path.join(base, rel.startsWith(officePrefix) ? rel.slice(officePrefix.length) : rel));
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---- browser -----------------------------------------------------------------------------------

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Executable and flags. No --user-data-dir here: playwright refuses it in `args`
 * and itself launches Chromium on a fresh temporary profile, removed on close.
 */
async function chromiumLaunchOptions() {
  const flags = FLAGS;
  if (process.env.CHROME_PATH) return { executablePath: process.env.CHROME_PATH, args: flags };
  if (fs.existsSync("/usr/bin/chromium")) return { executablePath: "/usr/bin/chromium", args: flags };
  const mod = require("@sparticuz/chromium");
  const sparticuz = mod.default ?? mod;
  // Not sparticuz.args: they are for serverless hosts and include --single-process,
  // under which Chromium closes the browser when a second context opens.
  return { executablePath: await sparticuz.executablePath(), args: flags };
}

// ---- test helpers ---------------------------------------------------------------------------------

class Failure extends Error {}

function check(condition, message) {
  if (!condition) throw new Failure(message);
}

function checkEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Failure(`${what}: expected ${e}, got ${a}`);
}

/** Opens a page of the build with an error trap; returns the page and its uncaught errors. */
async function open(context, base, file) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${base}/${file}`);
  return { page, errors };
}

async function shot(page, name) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Seq of finished runs shown by the status view. */
async function statusSeq(page) {
  return Number(await page.getAttribute(".status", "data-seq"));
}

/** Clicks and waits for the status to finish a run (done or error); returns its state. */
async function clickAndWait(page, selector) {
  const before = await statusSeq(page);
  await page.click(selector);
  await page.waitForFunction(
    (n) => {
      const s = document.querySelector(".status");
      return s !== null && Number(s.getAttribute("data-seq")) > n && s.getAttribute("data-state") !== "busy";
    },
    before,
  );
  return page.getAttribute(".status", "data-state");
}

/** Waits for the first load of the pane (the register read, the form filled). */
async function ready(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector(".status");
    return s !== null && Number(s.getAttribute("data-seq")) >= 1;
  });
}

function noPageErrors(errors) {
  checkEqual(errors, [], "uncaught page errors");
}

/** The visible 表１ of the pane: [header, ...rows] as cell texts. */
function paneTally(page) {
  return page.$$eval("table.tally:not(.departments):not(.progress) tr", (rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

/** Values of a sheet of the fake workbook (rows of the used range, from A1). */
function sheetValues(page, name) {
  return page.evaluate((n) => {
    const sheet = window.__shinchokuFake.workbook.sheet(n);
    if (!sheet) return null;
    const used = sheet.usedRect(true);
    return used ? sheet.valuesIn({ top: 0, left: 0, bottom: used.bottom, right: used.right }) : [];
  }, name);
}

/**
 * The sample's next period, entered as staff would: No.3 falls behind (with its cause and next steps) in the
 * register, and 対象年度 moves on to 平成27年度 through the settings form.
 */
async function nextPeriodWithNo3Behind(page, registerSheet) {
  const register = await sheetValues(page, registerSheet);
  const row3 = register.findIndex((r) => r[0] === 3);
  await page.evaluate(
    ([name, r]) => {
      const sheet = window.__shinchokuFake.workbook.sheet(name);
      sheet.setValue(r, 4, "遅れ");
      sheet.setValue(r, 9, "講師の確保が遅れたため。");
      sheet.setValue(r, 10, "年度当初に講師を確保する。");
    },
    [registerSheet, row3],
  );
  await page.click(".settings summary");
  await page.fill("input[name=fiscalYear]", "平成27年度");
  checkEqual(await clickAndWait(page, "form button[type=submit]"), "done", "settings saved");
}

/**
 * A workbook file as the fake takes it: rows of values from A1 per sheet and
 * merged ranges (read in Node with exceljs; the page gets plain data).
 */
async function workbookFromFile(file) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = {};
  const merges = {};
  wb.eachSheet((ws) => {
    const rows = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const values = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        let out = null;
        if (v === null || v === undefined) out = null;
        else if (typeof v === "object" && v.error) out = { error: v.error };
        else if (typeof v === "object" && "result" in v) out = v.result ?? null;
        else if (typeof v === "object" && v.richText) out = v.richText.map((p) => p.text).join("");
        else if (v instanceof Date) out = null; // the sample holds none; dates would need a serial and a format
        else out = v;
        values[c - 1] = out;
      });
      rows[r - 1] = Array.from(values, (v) => (v === undefined ? null : v));
    });
    sheets[ws.name] = Array.from(rows, (r) => r ?? []);
    merges[ws.name] = ws.model.merges ?? [];
  });
  return { sheets, merges };
}

const FULL_SAMPLE = path.join(ROOT, "assets", "examples", "kodaira-h26.xlsx");
/** The seed report's 表１ (平成26年度末), which the full sample is built to reproduce. */
const SEED_TALLY = [
  ["Ⅰ 地域協働の推進", 15, 1, 10, 4],
  ["Ⅱ 情報の共有と双方向のコミュニケーション", 5, 0, 5, 0],
  ["Ⅲ ＰＤＣＡサイクルの構築", 7, 0, 5, 2],
  ["Ⅳ 財政基盤の強化", 18, 1, 13, 4],
  ["Ⅴ 執行体制の再構築", 17, 1, 16, 0],
];

// ---- the tests --------------------------------------------------------------------------------------

const EXPECTED_SHEETS = ["進捗集計", "遅延取組一覧", "評価結果", "検証結果", "事例", "次年度新規"];

function tests(base, expect) {
  const { tally, totals, registerSheet, plan, xssArea, xssActual } = expect;
  const areaRow = (area, items) => `${area}（${items}項目）`;
  return [
    {
      name: "loads: the detected register and the 設定 sheet are shown",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        checkEqual(await page.inputValue("select[name=registerSheet]"), registerSheet, "register picker");
        const options = await page.$$eval("select[name=registerSheet] option", (os) => os.map((o) => o.textContent));
        check(options.includes("メモ") && !options.includes("設定"), `picker lists the user's sheets only: ${options}`);
        checkEqual(await page.inputValue("input[name=plan]"), plan, "plan prefilled");
        check((await page.inputValue("input[name=fiscalYear]")).includes("26"), "fiscal year prefilled");
        checkEqual(await page.inputValue("input[name=sMargin]"), "20", "S margin prefilled (percent)");
        checkEqual(await page.getAttribute("html", "lang"), "ja", "page language");
        checkEqual(await page.textContent("h1"), "進捗集計", "heading");
        await shot(page, "01-loaded");
        noPageErrors(errors);
      },
    },
    {
      name: "choosing another sheet in the picker reloads from it",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        let before = await statusSeq(page);
        await page.selectOption("select[name=registerSheet]", "メモ");
        await page.waitForFunction((n) => Number(document.querySelector(".status").getAttribute("data-seq")) > n, before);
        checkEqual(await page.inputValue("select[name=registerSheet]"), "メモ", "picker on the chosen sheet");
        checkEqual(await clickAndWait(page, "#validate"), "done", "検証 on that sheet");
        const codes = await page.$$eval(".finding", (fs) => fs.map((f) => f.getAttribute("data-code")));
        check(codes.includes("no-header-row"), `a sheet without the headers is an error finding: ${codes}`);
        checkEqual(await clickAndWait(page, "#create-report"), "error", "集計表を作成 refused");
        check((await page.textContent(".status-alert")).includes("エラーが"), "says errors block the report");
        check(!(await page.evaluate(() => window.__shinchokuFake.workbook.sheetNames)).includes("進捗集計"), "nothing written");
        await shot(page, "13-blocked-by-errors");
        before = await statusSeq(page);
        await page.selectOption("select[name=registerSheet]", registerSheet);
        await page.waitForFunction((n) => Number(document.querySelector(".status").getAttribute("data-seq")) > n, before);
        checkEqual(await page.getAttribute(".status", "data-state"), "done", "back on the register");
        checkEqual(await clickAndWait(page, "#validate"), "done", "検証 on the register");
        noPageErrors(errors);
      },
    },
    {
      name: "検証 shows 表１, the chart and the findings (errors first)",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        checkEqual(await clickAndWait(page, "#validate"), "done", "status after 検証");
        const rows = await paneTally(page);
        const body = rows.slice(1, 1 + tally.length);
        checkEqual(body, tally.map(([a, n, s, aa, b]) => [areaRow(a, n), String(s), String(aa), String(b)]), "表１ in the pane");
        checkEqual(rows[rows.length - 1].slice(1), [String(totals.S), String(totals.A), String(totals.B)], "表１ 計");
        const sentence = await page.textContent(".sentence");
        check(sentence.includes(`全 ${totals.total} 項目`), `totals sentence: ${sentence}`);
        checkEqual(await page.$$eval(".tally-chart .chart-row", (r) => r.length), tally.length, "chart rows");
        const groups = await page.$$eval(".severity h3", (hs) => hs.map((h) => h.textContent));
        check(groups.length >= 1, "findings grouped");
        const order = await page.$$eval(".severity", (ss) => ss.map((s) => s.className.replace(/.*severity-/, "")));
        checkEqual(order, [...order].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)), "severity order");
        const na = await page.$$eval(".finding", (fs) => fs.filter((f) => f.textContent.includes("#N/A")).length);
        check(na >= 1, "the #N/A actual is a finding");
        await shot(page, "02-validated");
        noPageErrors(errors);
      },
    },
    {
      name: "a finding's cell button selects that cell in the workbook",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        await clickAndWait(page, "#validate");
        const button = await page.$(".finding:has-text('#N/A') .cell-link");
        check(button !== null, "the #N/A finding has a cell button");
        const address = await button.getAttribute("data-cell");
        check(/^取組一覧!H\d+$/.test(address), `address of the #N/A cell: ${address}`);
        const label = await button.getAttribute("aria-label");
        check(label.includes(address), "button's accessible name holds the address");
        await button.click();
        await page.waitForFunction(() => window.__shinchokuFake.workbook.selection !== null);
        const selected = await page.evaluate(() => {
          const wb = window.__shinchokuFake.workbook;
          const sheet = wb.sheets.find((s) => s.id === wb.selection.sheetId);
          return { sheet: sheet && sheet.name, address: wb.selection.address, active: wb.activeSheet && wb.activeSheet.name };
        });
        checkEqual(selected.sheet, "取組一覧", "selected sheet");
        checkEqual(selected.active, "取組一覧", "active sheet");
        check(selected.address.replace(/\$/g, "").endsWith(address.split("!")[1]), `selected ${selected.address}, wanted ${address}`);
        noPageErrors(errors);
      },
    },
    {
      name: "集計表を作成 writes the report sheets, 表１ included, and leaves the register alone",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        const registerBefore = await page.evaluate((n) => JSON.stringify(window.__shinchokuFake.workbook.sheet(n).snapshot()), registerSheet);
        checkEqual(await clickAndWait(page, "#create-report"), "done", "status after 集計表を作成");
        check(await page.isHidden(".status-bar"), "progress indicator gone at the end");
        const names = await page.evaluate(() => window.__shinchokuFake.workbook.sheetNames);
        for (const s of EXPECTED_SHEETS) check(names.includes(s), `sheet ${s} written (have ${names})`);
        const summary = await sheetValues(page, "進捗集計");
        for (const [area, n, s, a, b] of tally) {
          const row = summary.find((r) => r[0] === areaRow(area, n));
          check(row !== undefined, `表１ row for ${area} in 進捗集計`);
          checkEqual(row.slice(1, 4), [s, a, b], `表１ counts for ${area}`);
        }
        const total = summary.find((r) => r[0] === "計");
        check(total !== undefined, "計 row");
        checkEqual(total.slice(1, 4), [totals.S, totals.A, totals.B], "計 counts");
        check(summary.some((r) => typeof r[0] === "string" && r[0].includes(`全 ${totals.total} 項目`)), "sentence in 進捗集計");
        const registerAfter = await page.evaluate((n) => JSON.stringify(window.__shinchokuFake.workbook.sheet(n).snapshot()), registerSheet);
        check(registerAfter === registerBefore, "the register sheet is unchanged");
        const status = await page.textContent(".status-text");
        check(status.includes("進捗集計"), `status names the sheets: ${status}`);
        await shot(page, "03-report-written");
        // The chart written into 進捗集計: stacked bars over 表１, one series per level in the pane's chart colours.
        const charts = await page.evaluate(() => window.__shinchokuFake.workbook.sheet("進捗集計").charts);
        checkEqual(charts.length, 1, "one chart in 進捗集計");
        checkEqual(charts[0].type, "BarStacked", "a stacked bar chart");
        checkEqual(charts[0].series.map((x) => x.name), ["予定以上に進捗（Ｓ）", "予定どおりに進捗（Ａ）", "予定よりも遅れている（Ｂ）"], "series named by the scale's levels");
        const paneColours = await page.$$eval(".tally-chart .legend .swatch", (els) => els.map((e) => e.style.background));
        const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
        checkEqual(charts[0].series.map((x) => rgb(x.fill)), paneColours, "series in the pane chart's colours");
        const categories = charts[0].series[0].categories;
        checkEqual(summary[categories.top][0], areaRow(tally[0][0], tally[0][1]), "categories: 表１'s area rows");
        check(charts[0].position !== null && charts[0].position.top > summary.findIndex((r) => r[0] === "計"), "chart placed under 表１");
        await page.evaluate(() => document.querySelector(".tally-chart").scrollIntoView());
        await shot(page, "16-chart-written");
        // A second run replaces its own (marked) sheets instead of adding 進捗集計 (2).
        checkEqual(await clickAndWait(page, "#create-report"), "done", "status after the second run");
        const again = await page.evaluate(() => window.__shinchokuFake.workbook.sheetNames);
        checkEqual(again.length, names.length, "sheet count after a second run");
        check(!again.some((n) => / \(2\)$/.test(n)), `no duplicate sheets: ${again}`);
        noPageErrors(errors);
      },
    },
    {
      name: "the next period against the history: 評価履歴 written, 年度 moved on, 検証 shows 前回比較, 集計表を作成 writes it",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        checkEqual(await clickAndWait(page, "#create-report"), "done", "status after the first report");
        let names = await page.evaluate(() => window.__shinchokuFake.workbook.sheetNames);
        check(names.includes("評価履歴") && !names.includes("前回比較"), `評価履歴 written, no 前回比較 yet: ${names}`);
        check((await page.$(".comparison")) === null, "no comparison without an earlier period");
        // The next period: No.3 falls behind (with its cause) and the year moves on in 設定.
        await nextPeriodWithNo3Behind(page, registerSheet);
        checkEqual(await clickAndWait(page, "#validate"), "done", "status after 検証");
        await page.waitForSelector(".comparison");
        const heading = await page.textContent(".comparison h3");
        checkEqual(heading, "前回比較（平成26年度末）", "comparison heading");
        checkEqual(await page.textContent(".comparison .sentence"), "平成26年度末に比べて良くなった項目が 0 項目、悪くなった項目が 1 項目となりました。", "sentence");
        const table = await page.$$eval("table.comparison-table tr", (rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
        checkEqual(table.slice(1), [
          ["予定以上に進捗（Ｓ）", "2", "2", "0"],
          ["予定どおりに進捗（Ａ）", "4", "5", "-1"],
          ["予定よりも遅れている（Ｂ）", "4", "3", "+1"],
          ["計", "10", "10", "0"],
        ], "levels this period / previous / change");
        checkEqual(await page.$$eval(".comparison .changes li", (li) => li.map((x) => x.textContent)), ["B←A（1 件） No3"], "the changed item");
        await page.evaluate(() => document.querySelector(".comparison").scrollIntoView());
        await shot(page, "17-comparison");
        checkEqual(await clickAndWait(page, "#create-report"), "done", "status after the second report");
        names = await page.evaluate(() => window.__shinchokuFake.workbook.sheetNames);
        check(names.includes("前回比較"), `前回比較 written: ${names}`);
        const sheet = await sheetValues(page, "前回比較");
        const total = sheet.find((r) => r[0] === "計");
        checkEqual(total.slice(0, 10), ["計", 2, 2, 0, 4, 5, -1, 4, 3, 1], "前回比較's 計 row");
        check(sheet.some((r) => r[0] === "B←A（1 件）" && r[1] === 3), "No.3 under B←A in 前回比較");
        const history = await sheetValues(page, "評価履歴");
        const captions = history.map((r) => r[0]).filter((v) => typeof v === "string" && /項目）$/.test(v));
        checkEqual(captions, ["平成26年度末（10 項目）", "平成27年度末（10 項目）"], "評価履歴 holds both periods");
        noPageErrors(errors);
      },
    },
    {
      name: "設定を保存 writes the form to the 設定 sheet",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        // The 設定 sheet gives plan and year: the settings start folded, the run buttons in view.
        checkEqual(await page.$eval(".settings details", (d) => d.open), false, "settings folded");
        await page.click(".settings summary");
        await page.fill("input[name=plan]", "テスト計画");
        await page.fill("input[name=sMargin]", "２５");
        checkEqual(await clickAndWait(page, "form button[type=submit]"), "done", "status after saving");
        const values = await sheetValues(page, "設定");
        const flat = values.map((r) => r.filter((v) => v !== null && v !== ""));
        check(flat.some((r) => r.includes("テスト計画")), `plan saved: ${JSON.stringify(values)}`);
        check(flat.some((r) => r.includes(0.25) || r.includes("0.25")), `S margin saved as 0.25: ${JSON.stringify(values)}`);
        // An impossible value is refused with a message on the field.
        await page.fill("input[name=sMargin]", "abc");
        await page.click("form button[type=submit]");
        checkEqual(await page.getAttribute("input[name=sMargin]", "aria-invalid"), "true", "invalid field marked");
        check(await page.evaluate(() => document.activeElement && document.activeElement.getAttribute("name") === "sMargin"), "focus on the invalid field");
        await shot(page, "04-settings");
        noPageErrors(errors);
      },
    },
    {
      name: "評価区分: the scale editor — presets, reorder and remove by keyboard, errors at the field, saved to 設定",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        await page.click(".settings summary");
        const codes = () => page.$$eval("input[name=levelCode]", (is) => is.map((i) => i.value));
        checkEqual(await codes(), ["S", "A", "B"], "the seed's scale shown by default");
        check(await page.isVisible(".scale-editor .hint >> nth=1"), "the default-scale note is shown");
        // The four-level preset, by keyboard: focus the button, press Enter.
        await page.focus("button[name=presetFour]");
        await page.keyboard.press("Enter");
        checkEqual(await codes(), ["S", "A", "B", "C"], "four-level preset");
        checkEqual(await page.$$eval("input[name=levelBehind]", (is) => is.map((i) => i.checked)), [false, false, false, true], "C is the behind level");
        // Move B up with the keyboard (Enter on its 上へ): the focus stays on the moved level's button.
        await page.focus("[data-level='2'] button[name=levelUp]");
        await page.keyboard.press("Enter");
        checkEqual(await codes(), ["S", "B", "A", "C"], "B moved up");
        checkEqual(await page.evaluate(() => document.activeElement.closest("[data-level]").getAttribute("data-level")), "1", "focus follows the moved level");
        // Now thresholds rise from B (80) to A (100): refused with the message at A's threshold, which gets the focus.
        await page.click("form button[type=submit]");
        checkEqual(await page.getAttribute("[data-level='2'] input[name=levelThreshold]", "aria-invalid"), "true", "A's threshold marked");
        check(await page.evaluate(() => document.activeElement.name === "levelThreshold" && document.activeElement.closest("[data-level]").dataset.level === "2"), "focus on the field in error");
        const message = await page.textContent("[data-level='2'] .level-threshold .field-error");
        check(message.includes("上位の区分の基準"), `message at the field: ${message}`);
        await shot(page, "13-scale-error");
        // Put B back with 下へ, then remove nothing; add and remove a level by keyboard.
        await page.focus("[data-level='1'] button[name=levelDown]");
        await page.keyboard.press("Enter");
        checkEqual(await codes(), ["S", "A", "B", "C"], "B moved back down");
        await page.focus("button[name=scaleAdd]");
        await page.keyboard.press("Enter");
        checkEqual((await codes()).length, 5, "a level added");
        check(await page.evaluate(() => document.activeElement.name === "levelCode"), "focus on the new level's code");
        await page.focus("[data-level='4'] button[name=levelRemove]");
        await page.keyboard.press("Enter");
        checkEqual(await codes(), ["S", "A", "B", "C"], "the new level removed");
        // Errors clear once fixed; the scale is saved under 評価区分 in 設定.
        await page.fill("[data-level='0'] input[name=levelLabel]", "特に良好に進捗");
        checkEqual(await clickAndWait(page, "form button[type=submit]"), "done", "status after saving the scale");
        checkEqual(await page.$$eval("input[aria-invalid=true]", (is) => is.length), 0, "no field left marked");
        const values = await sheetValues(page, "設定");
        const at = values.findIndex((r) => r[0] === "評価区分");
        check(at >= 0, `評価区分 written: ${JSON.stringify(values)}`);
        const table = values.slice(at + 1, at + 5).map((r) => r.slice(1, 5));
        const blank = (v) => (v === "" ? null : v);
        checkEqual(table.map((r) => r.map(blank)), [["S", "特に良好に進捗", 120, null], ["A", "良好に進捗", 100, null], ["B", "概ね進捗", 80, null], ["C", "進捗に課題あり", null, "遅延"]], "the scale table in 設定");
        await page.evaluate(() => document.querySelector(".scale-editor").scrollIntoView());
        await shot(page, "14-scale-four-levels");
        // 検証 on the four-level scale: 表１ and the chart have one column per level.
        checkEqual(await clickAndWait(page, "#validate"), "done", "status after 検証 on the four-level scale");
        const t1 = await paneTally(page);
        checkEqual(t1[0], ["分野", "特に良好に進捗（S）", "良好に進捗（A）", "概ね進捗（B）", "進捗に課題あり（C）"], "表１ headings from the scale");
        const total = t1[t1.length - 1].slice(1).map(Number);
        checkEqual(total.reduce((a, b) => a + b, 0), totals.total, "every item in one of the four levels");
        checkEqual(await page.$$eval(".tally-chart .legend li", (li) => li.length), 4, "chart legend: four levels");
        await page.evaluate(() => document.querySelector(".results").scrollIntoView());
        await shot(page, "15-scale-four-levels-table1");
        noPageErrors(errors);
      },
    },
    {
      name: "the department filter: its select lists the register's departments; 検証 and 集計表を作成 make that department's report",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        check(await page.isVisible("select[name=department]"), "department filter shown (the register has 担当課)");
        const options = await page.$$eval("select[name=department] option", (os) => os.map((o) => o.textContent));
        checkEqual(options[0], "すべての担当課", "first option: all departments");
        check(options.includes("市民協働・男女参画推進課") && options.includes("行政経営課"), `departments from the register: ${options}`);
        checkEqual(options.indexOf("市民協働・男女参画推進課"), 1, "register order (No.1's department first)");
        await page.selectOption("select[name=department]", "市民協働・男女参画推進課");
        checkEqual(await clickAndWait(page, "#validate"), "done", "検証 for one department");
        const title = await page.textContent(".report-title");
        check(title.endsWith("（市民協働・男女参画推進課）"), `pane title names the department: ${title}`);
        const rows = await paneTally(page);
        checkEqual(rows.length, 3, `表１ in the pane: one area, its 計 (${JSON.stringify(rows)})`);
        checkEqual(await page.$$eval("table.departments tbody tr", (r) => r.length), 1, "担当課別 in the pane: the one department");
        checkEqual(await clickAndWait(page, "#create-report"), "done", "集計表を作成 for one department");
        const summary = await sheetValues(page, "進捗集計");
        check(String(summary[0][0]).endsWith("（市民協働・男女参画推進課）"), `進捗集計 title: ${summary[0][0]}`);
        const total = summary.find((r) => r[0] === "計");
        checkEqual(total.slice(1, 4).reduce((a, b) => a + b, 0), 2, "表１ 計 counts the department's two items");
        await page.evaluate(() => document.querySelector(".results").scrollIntoView());
        await shot(page, "17-department-filter");
        // Back to all departments: the whole register again.
        await page.selectOption("select[name=department]", "");
        await clickAndWait(page, "#validate");
        check(!(await page.textContent(".report-title")).includes("（市民協働"), "all departments again");
        checkEqual(await page.$$eval("table.departments tbody tr", (r) => r.length), options.length - 1, "担当課別: every department");
        noPageErrors(errors);
      },
    },
    {
      name: "進捗率: a register with 基準値 shows the table by band in the pane and writes it in 進捗集計",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html?sample=baseline");
        await ready(page);
        checkEqual(await clickAndWait(page, "#validate"), "done", "検証 with 基準値");
        const rows = await page.$$eval("table.progress tr", (rs) => rs.map((r) => [...r.children].map((c) => c.textContent.trim())));
        checkEqual(rows[0], ["進捗率", "平成26年度末"], "band table headings");
        checkEqual(rows.slice(1, 7).map((r) => r[1]), ["0", "0", "0", "0", "0", "2"], "both indicators at 100 % or more");
        checkEqual(rows[rows.length - 1], ["計", "2"], "band table total");
        checkEqual(await clickAndWait(page, "#create-report"), "done", "集計表を作成 with 基準値");
        const summary = await sheetValues(page, "進捗集計");
        check(summary.some((r) => r[0] === "【進捗率】成果指標の最終目標に対する進捗率"), "進捗率 caption in 進捗集計");
        const listed = summary.find((r) => String(r[0]).startsWith("No.3 研修受講者数"));
        check(listed !== undefined && Math.abs(listed[4] - 1.2) < 1e-9, `No.3's 進捗率 120 %: ${JSON.stringify(listed)}`);
        await page.evaluate(() => document.querySelector("table.progress").scrollIntoView());
        await shot(page, "18-progress-bands");
        noPageErrors(errors);
      },
    },
    {
      name: "markup in workbook cells is shown as text, never run",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html?sample=xss");
        await ready(page);
        await clickAndWait(page, "#validate");
        checkEqual(await page.$$eval("#app img", (i) => i.length), 0, "img elements in the pane");
        checkEqual(await page.evaluate(() => window.__xss === undefined), true, "injected handler never ran");
        const tableText = await page.textContent("table.tally");
        check(tableText.includes(xssArea), "area name shown literally in 表１");
        const chartText = await page.textContent(".tally-chart svg");
        check(chartText.includes(xssArea), "area name shown literally in the chart");
        const findingsText = await page.textContent(".findings");
        check(findingsText.includes(xssActual), "cell value shown literally in a finding");
        await page.waitForTimeout(300); // an onerror would fire by now
        checkEqual(await page.evaluate(() => window.__xss === undefined), true, "injected handler never ran (after a pause)");
        await shot(page, "05-markup-as-text");
        noPageErrors(errors);
      },
    },
    {
      name: "keyboard: labelled controls, Tab reaches 検証, Enter runs it, focus visible",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        const unlabelled = await page.$$eval("input, select", (cs) => cs.filter((c) => !c.labels || c.labels.length === 0).map((c) => c.name));
        checkEqual(unlabelled, [], "controls without a label");
        const headings = await page.$$eval("h1, h2", (hs) => hs.map((h) => h.tagName));
        check(headings[0] === "H1" && headings.length >= 4, `headings: ${headings}`);
        checkEqual(await page.$$eval("[aria-live], [role=status], [role=alert]", (e) => e.length >= 2), true, "live regions");
        let reached = false;
        for (let i = 0; i < 20 && !reached; i++) {
          await page.keyboard.press("Tab");
          reached = await page.evaluate(() => document.activeElement && document.activeElement.id === "validate");
        }
        check(reached, "Tab reaches 検証");
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
        check(outline !== "none", `focus outline on 検証: ${outline}`);
        await shot(page, "06-keyboard-focus");
        const before = await statusSeq(page);
        await page.keyboard.press("Enter");
        await page.waitForFunction((n) => Number(document.querySelector(".status").getAttribute("data-seq")) > n, before);
        check((await paneTally(page)).length > 2, "Enter on 検証 shows 表１");
        noPageErrors(errors);
      },
    },
    {
      name: "English Office: the pane speaks English",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html?lang=en-US");
        await ready(page);
        checkEqual(await page.getAttribute("html", "lang"), "en", "page language");
        checkEqual(await page.textContent("h1"), "Progress report", "heading");
        checkEqual(await page.textContent("#validate"), "Check", "validate button");
        noPageErrors(errors);
      },
    },
    {
      name: "Office's dark theme gives the pane its dark colours",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html?theme=dark");
        await ready(page);
        checkEqual(await page.getAttribute("html", "data-theme"), "dark", "theme attribute");
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        check(bg !== "rgb(250, 250, 250)", `dark body background: ${bg}`);
        await clickAndWait(page, "#validate");
        await shot(page, "12-dark-theme");
        noPageErrors(errors);
      },
    },
    {
      name: "a host without ExcelApi 1.9 / 1.13 says what is degraded",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html?excelApi=1.8");
        await ready(page);
        const notes = await page.textContent(".notice");
        check(notes.includes("印刷設定（ExcelApi 1.9）に対応していないため、印刷の設定は書き込まれません"), `note: ${notes}`);
        check(notes.includes("ExcelApi 1.13"), "merged-areas note");
        checkEqual(await clickAndWait(page, "#create-report"), "done", "report still written");
        await shot(page, "07-degraded");
        noPageErrors(errors);
      },
    },
    {
      name: "提出用の様式を作成 opens the register template as a new workbook, with the form's plan and year",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        checkEqual(await clickAndWait(page, "#create-template"), "done", "status after 提出用の様式を作成");
        const text = await page.textContent(".status");
        check(text.includes("提出用の様式を新しいブックに作成しました") && text.includes("S/A/B"), `status: ${text}`);
        const created = await page.evaluate(() => window.__shinchokuFake.createdWorkbooks);
        checkEqual(created.length, 1, "workbooks created");
        const ExcelJS = require("exceljs");
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(created[0], "base64"));
        checkEqual(wb.worksheets.map((w) => w.name), ["取組一覧", "設定"], "template sheets");
        const ws = wb.getWorksheet("取組一覧");
        const headers = ws.getRow(1).values.slice(1);
        checkEqual(headers.slice(0, 3), ["No", "分野", "項目名"], "template headers");
        const scheduleCol = String.fromCharCode(65 + headers.indexOf("スケジュール"));
        const rule = ws.dataValidations.find(`${scheduleCol}2`);
        check(rule && rule.type === "list" && rule.formulae[0].startsWith('"予定以上,予定どおり,遅れ'), `schedule list: ${JSON.stringify(rule)}`);
        checkEqual(ws.views[0].state, "frozen", "frozen header");
        const settings = [];
        wb.getWorksheet("設定").eachRow((row) => settings.push(row.values.slice(1)));
        check(settings.some((r) => r[0] === "計画名" && r[1] === plan), `plan in 設定: ${JSON.stringify(settings)}`);
        check(settings.some((r) => r[0] === "対象年度" && String(r[1]).includes("26")), `fiscal year in 設定: ${JSON.stringify(settings)}`);
        const at = settings.findIndex((r) => r[0] === "分野");
        // The sample's 設定 lists no 分野: the key is written with nothing below it (the report orders areas itself).
        check(at >= 0, `分野 in 設定: ${JSON.stringify(settings)}`);
        checkEqual(settings.slice(at + 1), [], "no areas below 分野");
        // The user's workbook is not touched.
        checkEqual(await page.evaluate(() => window.__shinchokuFake.workbook.sheet("取組一覧") !== undefined), true, "register still there");
        await shot(page, "19-template-created");
        noPageErrors(errors);
      },
    },
    {
      name: "提出用の様式を作成 on a host without Excel.createWorkbook (ExcelApi 1.7): a clear note, nothing else",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html?excelApi=1.7");
        await ready(page);
        checkEqual(await clickAndWait(page, "#create-template"), "error", "status without createWorkbook");
        const text = await page.textContent(".status");
        check(text.includes("ExcelApi 1.8") && text.includes("shinchoku template"), `note: ${text}`);
        await shot(page, "20-template-unsupported");
        noPageErrors(errors);
      },
    },
    {
      name: "委員会用に書き出す: no report yet → a note; after two periods → a new workbook with 前回比較 and the chart, not the register",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        checkEqual(await clickAndWait(page, "#export-committee"), "error", "status before any report");
        const before = await page.textContent(".status");
        check(before.includes("書き出す集計表がありません"), `note before a report: ${before}`);
        checkEqual(await page.evaluate(() => window.__shinchokuFake.createdWorkbooks.length), 0, "nothing opened before a report");
        // Two periods, as in the comparison test: 平成26年度, then 平成27年度 with No.3 behind.
        checkEqual(await clickAndWait(page, "#create-report"), "done", "first report");
        await nextPeriodWithNo3Behind(page, registerSheet);
        checkEqual(await clickAndWait(page, "#create-report"), "done", "second report");
        checkEqual(await clickAndWait(page, "#export-committee"), "done", "status after 委員会用に書き出す");
        const text = await page.textContent(".status");
        check(text.includes("委員会用のブックを新しいブックに作成しました") && text.includes("前回比較"), `status: ${text}`);
        const created = await page.evaluate(() => window.__shinchokuFake.createdWorkbooks);
        checkEqual(created.length, 1, "workbooks created");
        const bytes = Buffer.from(created[0], "base64");
        const ExcelJS = require("exceljs");
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes);
        const names = wb.worksheets.map((w) => w.name);
        for (const s of ["進捗集計", "前回比較"]) check(names.includes(s), `${s} in the copy: ${names}`);
        for (const s of [registerSheet, "評価履歴", "検証結果", "設定", "メモ"]) check(!names.includes(s), `${s} not in the copy: ${names}`);
        const changed = [];
        wb.getWorksheet("前回比較").eachRow((row) => changed.push(row.values.slice(1)));
        check(changed.some((r) => r[0] === "B←A（1 件）" && r[1] === 3), `No.3 under B←A in the copy's 前回比較: ${JSON.stringify(changed)}`);
        const { unzipSync, strFromU8 } = require("fflate");
        const parts = unzipSync(new Uint8Array(bytes));
        const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
        checkEqual(charts.length, 1, "one chart part in the copy");
        check(strFromU8(parts[charts[0]]).includes("'進捗集計'!"), "the chart's series over 進捗集計");
        // getFileAsync's file was closed; the user's workbook is untouched.
        checkEqual(await page.evaluate(() => window.__shinchokuFake.document.log.open), 0, "no file left open");
        checkEqual(await page.evaluate(() => window.__shinchokuFake.workbook.sheet("取組一覧") !== undefined), true, "register still there");
        await shot(page, "21-committee-exported");
        noPageErrors(errors);
      },
    },
    {
      name: "委員会用に書き出す on a host without CompressedFile (getFileAsync) or without Excel.createWorkbook: a clear note",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html?file=no");
        await ready(page);
        checkEqual(await clickAndWait(page, "#create-report"), "done", "report written");
        checkEqual(await clickAndWait(page, "#export-committee"), "error", "status without CompressedFile");
        const text = await page.textContent(".status");
        check(text.includes("CompressedFile") && text.includes("shinchoku export"), `note: ${text}`);
        await shot(page, "22-committee-unsupported");
        const refused = await open(context, base, "e2e.html?file=refused");
        await ready(refused.page);
        checkEqual(await clickAndWait(refused.page, "#export-committee"), "error", "status when Office refuses the file");
        const refusedText = await refused.page.textContent(".status");
        check(refusedText.includes("Excel がブックの内容を渡しませんでした"), `note: ${refusedText}`);
        const old = await open(context, base, "e2e.html?excelApi=1.7");
        await ready(old.page);
        checkEqual(await clickAndWait(old.page, "#export-committee"), "error", "status without createWorkbook");
        check((await old.page.textContent(".status")).includes("ExcelApi 1.8"), "note names ExcelApi 1.8");
        noPageErrors(errors);
        noPageErrors(refused.errors);
        noPageErrors(old.errors);
      },
    },
    {
      name: "the full sample register (assets/examples) gives the seed's 表１: 3 / 49 / 10 of 62",
      async run(context) {
        if (!fs.existsSync(FULL_SAMPLE)) throw new Failure(`${FULL_SAMPLE} is missing`);
        const sample = await workbookFromFile(FULL_SAMPLE);
        await context.addInitScript((s) => {
          window.__shinchokuSampleOverride = s;
        }, sample);
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        checkEqual(await clickAndWait(page, "#create-report"), "done", "status after 集計表を作成");
        const rows = await paneTally(page);
        checkEqual(rows.slice(1, 6), SEED_TALLY.map(([a, n, s, aa, b]) => [areaRow(a, n), String(s), String(aa), String(b)]), "表１ in the pane");
        checkEqual(rows[6].slice(1), ["3", "49", "10"], "表１ 計 in the pane");
        const sentence = await page.textContent(".sentence");
        check(sentence.includes("全 62 項目") && sentence.includes("再掲 1 項目"), `sentence: ${sentence}`);
        const summary = await sheetValues(page, "進捗集計");
        for (const [area, n, s, a, b] of SEED_TALLY) {
          const row = summary.find((r) => r[0] === areaRow(area, n));
          check(row !== undefined, `表１ row for ${area} in 進捗集計`);
          checkEqual(row.slice(1, 4), [s, a, b], `表１ counts for ${area} in 進捗集計`);
        }
        await shot(page, "10-full-sample");
        noPageErrors(errors);
      },
    },
    {
      name: "outside Excel without office.js: a plain message, no uncaught error",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e-outside.html");
        await page.waitForSelector("[data-message=noOfficeJs]");
        check((await page.textContent("[data-message=noOfficeJs]")).includes("office.js"), "message names office.js");
        check((await page.$("#boot")) === null, "start-up note removed");
        await shot(page, "08-no-officejs");
        noPageErrors(errors);
      },
    },
    {
      name: "office.js blocked (its download fails): a plain message, no uncaught error",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e-blocked.html");
        await page.waitForSelector("[data-message=noOfficeJs]");
        noPageErrors(errors);
      },
    },
    {
      name: "the pane's script never runs: the page's own note appears (no blank page)",
      async run(context) {
        await context.route("**/taskpane.js", (route) => route.abort());
        const { page } = await open(context, base, "e2e-outside.html");
        await page.waitForFunction(
          () => getComputedStyle(document.querySelector(".boot-failed")).visibility === "visible",
          null,
          { timeout: 15000 },
        );
        checkEqual(await page.isVisible(".boot-starting"), false, "'starting' hidden");
        const text = await page.textContent(".boot-failed");
        check(text.includes("起動できませんでした") && text.includes("could not start"), `note: ${text}`);
        await shot(page, "11-script-blocked");
      },
    },
    {
      name: "uncaught errors and rejections are shown as a message",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e.html");
        await ready(page);
        await page.evaluate(() => {
          setTimeout(() => {
            throw new Error("test: thrown <b>outside</b>");
          }, 0);
        });
        await page.waitForSelector(".fatal");
        check((await page.textContent(".fatal")).includes("test: thrown <b>outside</b>"), "thrown error shown, as text");
        await page.evaluate(() => {
          void Promise.reject(new Error("test: rejected"));
        });
        await page.waitForFunction(() => document.querySelector(".fatal").textContent.includes("test: rejected"));
        check((await page.$$(".fatal")).length === 1, "one message, replaced");
        check((await page.$("#validate")) !== null, "the pane is still there");
        checkEqual(errors.length, 2, "both reached the page as uncaught (as intended)");
      },
    },
    {
      name: "outside Excel with the real office.js: a plain message, no uncaught error",
      async run(context) {
        const { page, errors } = await open(context, base, "e2e-officejs.html");
        await page.waitForSelector("[data-message=notInExcel]");
        await shot(page, "09-not-in-excel");
        noPageErrors(errors);
      },
    },
  ];
}

// ---- main ---------------------------------------------------------------------------------------------

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (f.endsWith(".png")) fs.rmSync(path.join(SHOTS, f)); // no stale pictures
  const started = Date.now();
  await build();
  console.log(`built the pane in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = require("playwright-core");
  const launch = await chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, headless: true });
  let passed = 0;
  let failed = 0;
  try {
    // What the sample register must give, from the page's own copy (test/e2e/sample-rows.ts via fake-host-entry.ts).
    const probe = await browser.newContext();
    const probePage = await probe.newPage();
    await probePage.goto(`${base}/e2e.html`);
    const expected = await probePage.evaluate(() => window.__shinchokuExpected);
    await probe.close();
    const only = process.env.E2E_ONLY;
    for (const t of tests(base, expected)) {
      if (only && !t.name.includes(only)) continue;
      const context = await browser.newContext({ viewport: VIEWPORT, locale: "ja-JP" });
      const t0 = Date.now();
      try {
        await t.run(context);
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${t.name}\n      ${e instanceof Failure ? e.message : e && e.stack ? e.stack : e}`);
        // What the page showed when it failed: a picture and the status texts.
        for (const [k, page] of context.pages().entries()) {
          const file = await shot(page, `FAILED-${failed}-${k}`).catch(() => null);
          const status = await page.evaluate(() => [...document.querySelectorAll(".status p, .fatal, .message")].map((p) => p.textContent).join(" | ")).catch(() => "");
          console.log(`      page ${k}: ${status}${file ? ` (${path.relative(ROOT, file)})` : ""}`);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`screenshots: ${path.relative(process.cwd(), SHOTS)}/`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  console.log("e2e: 0 passed, 1 failed");
  process.exitCode = 1;
});
