import fc from "fast-check";
import { buildReport } from "../../../src/core/report/build-report";
import { RATINGS_COLUMNS } from "../../../src/core/report/ratings";
import { heightForLines, wrappedLines } from "../../../src/core/report/row-height";
import { evaluationArb } from "../../helpers/evaluation";
import { sheetProblems } from "./sheet-shape";

describe("every generated sheet is consistent, for any evaluation", () => {
  it("has non-overlapping merges, blocks, merges and links inside rows × columns, and widths for every used column", () => {
    fc.assert(
      fc.property(evaluationArb, (ev) => {
        for (const sheet of buildReport(ev).sheets) {
          const problems = sheetProblems(sheet);
          if (problems.length > 0) throw new Error(`${sheet.key}: ${problems.join("; ")}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("lists every finding and every B entry, and counts every entry", () => {
    fc.assert(
      fc.property(evaluationArb, (ev) => {
        const [summary, delayed, ratings, findings] = buildReport(ev, {
          sheets: ["summary", "delayed", "ratings", "findings"],
        }).sheets;
        const bodyRows = (rows: number, header: number): number => rows - header - 1;
        expect(bodyRows(delayed.rows.length, 1)).toBe(Math.max(1, ev.delayed.length));
        expect(bodyRows(findings.rows.length, 1)).toBe(Math.max(1, ev.findings.length));
        const expectedRatingRows = ev.items.reduce((n, it) => n + Math.max(1, it.indicators.length), 0);
        expect(bodyRows(ratings.rows.length, 0)).toBe(expectedRatingRows);
        // Areas + header + 計, after title, blank, sentence, blank, caption.
        expect(summary.rows.length).toBe(5 + 1 + ev.tally.length + 1);
      }),
      { numRuns: 200 },
    );
  });

  it("makes every 評価結果 row as tall as its longest text needs (the item's texts on its first row)", () => {
    const itemColumns = new Set(["no", "area", "name", "department", "schedule", "computed", "final", "rating", "notes"]);
    fc.assert(
      fc.property(evaluationArb, (ev) => {
        const [ratings] = buildReport(ev, { sheets: ["ratings"] }).sheets;
        let r = 1;
        for (const item of ev.items) {
          const n = Math.max(1, item.indicators.length);
          for (let i = 0; i < n; i++, r++) {
            const row = ratings.rows.row(r);
            let lines = 1;
            RATINGS_COLUMNS.forEach((key, c) => {
              const v = row[c];
              if (typeof v !== "string" || v === "" || (i > 0 && itemColumns.has(key))) return;
              lines = Math.max(lines, wrappedLines(v, ratings.columnWidths[c]));
            });
            expect(ratings.rowHeights.at(r)).toBe(lines > 1 ? heightForLines(lines) : null);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
