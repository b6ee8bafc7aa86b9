/**
 * ESLint 9 flat config: typescript-eslint's recommended rules everywhere, and
 * the eight Office.js rules of eslint-plugin-office-addins on TypeScript.
 * The plugin's own `configs.recommended` is not used: it sets ecmaVersion 6
 * and no TypeScript parser, so it cannot read this code. Its rules are listed
 * here one by one with the severities of its preset.
 */
"use strict";
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

module.exports = [
  {
    // Build output and generated files (all gitignored).
    ignores: ["dist/", "node_modules/", "coverage/", "lib/", "test-output/", "bench/out/", "dist-bench/"],
  },
  ...tseslint.configs.recommended,
  {
    // The code base marks deliberately unused parameters (stubs, interface shapes) with a leading `_`.
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.ts"],
    // Code that drives exceljs (file adapter, command line, their tests, benches) is not Office.js:
    // the plugin's heuristics (`x.value` read without load/sync) only give false alarms there.
    ignores: ["src/workbook/xlsx/**", "test/workbook/xlsx/**", "src/cli/**", "test/cli/**", "bench/**"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
    },
  },
  {
    // Node scripts and configs are CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pane never parses markup from strings: workbook text goes in as text (see src/taskpane/dom.ts).
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Use el()/textContent: workbook text must never be parsed as HTML." },
        { property: "outerHTML", message: "Use el()/textContent: workbook text must never be parsed as HTML." },
        { property: "insertAdjacentHTML", message: "Use el()/textContent: workbook text must never be parsed as HTML." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: "No document.write." },
      ],
    },
  },
];
