/* global require, module, process, __dirname, console */
/**
 * Builds the task pane, in the shape of OfficeDev's Office-Addin-TaskPane template.
 *
 *   npm run build          production build into dist/
 *   npm run build:dev      development build
 *   npm run dev-server     https://localhost:3000 (office-addin-dev-certs, else a self-signed certificate)
 *
 * Options (webpack --env NAME=VALUE, or the environment variable):
 *   urlProd=https://host/path/   URL_PROD     production address; the manifest's https://localhost:3000/ URLs
 *                                             are rewritten to it. Without it a production build keeps localhost.
 *   officeJs=local               OFFICE_JS    copy @microsoft/office-js/dist into dist/office-js/ and load office.js
 *                                             from there, for closed networks (LGWAN) without Microsoft's CDN.
 *                                             Default: Microsoft's CDN (required for AppSource).
 *   e2e                                       also build the end-to-end test pages (test/e2e/run.js sets it),
 *                                             into test-output/e2e-dist/ so dist/ never holds the fake Excel.
 *   outputPath=DIR                            build into DIR instead (the manifest test builds into a temp folder).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const ts = require("typescript");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where a local office.js goes in the output (OFFICE_JS=local). */
const OFFICE_JS_LOCAL_DIR = "office-js";
/** Where the end-to-end server serves office.js straight from node_modules (never copied). */
const OFFICE_JS_E2E = "/node_modules/@microsoft/office-js/dist/office.js";

/**
 * The pane's start-up texts, taken from the same files as every other pane
 * text (src/core/i18n/{ja,en}/pane.ts), so the HTML holds no words of its own.
 * The files have no runtime imports: transpiled and evaluated alone.
 */
function loadPaneStrings(lang) {
  const file = path.resolve(__dirname, `src/core/i18n/${lang}/pane.ts`);
  const js = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  const exports = {};
  new Function("exports", "require", js)(exports, () => ({}));
  const strings = exports[lang === "ja" ? "paneJa" : "paneEn"];
  if (strings === undefined) throw new Error(`${file} does not export its pane strings`);
  return strings;
}

/** A short content hash, so a changed stylesheet is not served from Office's cache. */
function fileVersion(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 10);
}

/** `https://host/path` → `https://host/path/`; anything but https is refused. */
function productionUrl(value) {
  if (value === undefined || value === "") return null;
  const url = value.endsWith("/") ? value : value + "/";
  if (!/^https:\/\/[^/]+\//.test(url)) throw new Error(`urlProd / URL_PROD must be an https:// address, not ${value}`);
  return url;
}

/**
 * office-addin-dev-certs' certificates, when it can install and trust its CA.
 * It rejects where it cannot (Linux without sudo, CI): then webpack-dev-server
 * makes its own self-signed certificate (the browser or Office must be told to accept it).
 */
async function getHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(`office-addin-dev-certs: ${reason}\n→ using webpack-dev-server's self-signed certificate instead.`);
    return undefined;
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const e2e = Boolean(env.e2e);
  const urlProd = productionUrl(env.urlProd ?? process.env.URL_PROD);
  const officeJsMode = String(env.officeJs ?? process.env.OFFICE_JS ?? "cdn").toLowerCase();
  if (officeJsMode !== "cdn" && officeJsMode !== "local") {
    throw new Error(`officeJs / OFFICE_JS must be "cdn" or "local", not ${officeJsMode}`);
  }
  const officeJs = officeJsMode === "local" ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  if (!dev && urlProd === null && !e2e) {
    console.warn(`No urlProd / URL_PROD given: the manifest keeps ${urlDev}.`);
  }

  const pane = { ja: loadPaneStrings("ja"), en: loadPaneStrings("en") };
  const css = path.resolve(__dirname, "src/taskpane/taskpane.css");
  const page = (filename, template, chunks, officeJsUrl) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      chunksSortMode: "manual",
      templateParameters: { pane, officeJs: officeJsUrl, cssVersion: fileVersion(css) },
    });

  const entry = {
    taskpane: "./src/taskpane/taskpane.ts",
    commands: "./src/taskpane/commands.ts",
  };
  const plugins = [
    page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"], officeJs),
    page("commands.html", "./src/taskpane/commands.html", ["commands"], officeJs),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        {
          from: "manifest*.xml",
          to: "[name][ext]",
          transform(content) {
            if (dev || urlProd === null) return content;
            return content.toString().split(urlDev).join(urlProd);
          },
        },
        ...(officeJsMode === "local"
          ? [
              {
                from: "node_modules/@microsoft/office-js/dist",
                to: OFFICE_JS_LOCAL_DIR,
                // Microsoft's files as shipped: marked minimized so Terser does not rework hundreds of them (minutes).
                info: { minimized: true },
              },
            ]
          : []),
      ],
    }),
  ];
  if (e2e) {
    // The fake Excel runs first (manual chunk order), then the real pane bundle; no office.js.
    entry["e2e-fake"] = "./test/e2e/fake-host-entry.ts";
    plugins.push(
      page("e2e.html", "./src/taskpane/taskpane.html", ["e2e-fake", "taskpane"], null),
      page("e2e-outside.html", "./src/taskpane/taskpane.html", ["taskpane"], null),
      page("e2e-officejs.html", "./src/taskpane/taskpane.html", ["taskpane"], OFFICE_JS_E2E),
      // office.js blocked (closed network): the script tag's download fails.
      page("e2e-blocked.html", "./src/taskpane/taskpane.html", ["taskpane"], "/blocked/office.js"),
    );
  }

  const config = {
    // Paths below are relative to the project, wherever webpack is started from (tests build from elsewhere).
    context: __dirname,
    devtool: "source-map",
    entry,
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, e2e ? "test-output/e2e-dist" : "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "src/taskpane/tsconfig.json"),
              onlyCompileBundledFiles: true,
            },
          },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_SERVE ? await getHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
  return config;
};
