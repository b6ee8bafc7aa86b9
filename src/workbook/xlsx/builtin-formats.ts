/**
 * Built-in number formats: ids a cell's style may name without defining
 * them in styles.xml (ECMA-376 Part 1, §18.8.30). Ids 5–8, 14, 22, 27–36 and
 * 50–58 depend on the system locale; the codes here are those Japanese Excel
 * shows (`yyyy/m/d`, `ggge"年"m"月"d"日"`, ...), since the registers are
 * Japanese. Ids not listed (23–26, 59–81 Thai) read as General.
 */

const ERA_SHORT = '[$-411]ge.m.d';
const ERA_LONG = '[$-411]ggge"年"m"月"d"日"';
const YEAR_MONTH = 'yyyy"年"m"月"';
const MONTH_DAY = 'm"月"d"日"';

export const BUILTIN_FORMATS: ReadonlyMap<number, string> = new Map<number, string>([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [5, '"¥"#,##0;"¥"\\-#,##0'],
  [6, '"¥"#,##0;[Red]"¥"\\-#,##0'],
  [7, '"¥"#,##0.00;"¥"\\-#,##0.00'],
  [8, '"¥"#,##0.00;[Red]"¥"\\-#,##0.00'],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "yyyy/m/d"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "yyyy/m/d h:mm"],
  [27, ERA_SHORT],
  [28, ERA_LONG],
  [29, ERA_LONG],
  [30, "m/d/yy"],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"時"mm"分"'],
  [33, 'h"時"mm"分"ss"秒"'],
  [34, YEAR_MONTH],
  [35, MONTH_DAY],
  [36, ERA_SHORT],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [41, '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ '],
  [42, '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ '],
  [43, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '],
  [44, '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ '],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mm:ss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
  [50, ERA_SHORT],
  [51, ERA_LONG],
  [52, YEAR_MONTH],
  [53, MONTH_DAY],
  [54, ERA_LONG],
  [55, YEAR_MONTH],
  [56, MONTH_DAY],
  [57, ERA_SHORT],
  [58, ERA_LONG],
]);

/**
 * Codes the writer maps to a built-in id instead of defining a custom one
 * (only the locale-independent ones: a locale-dependent id would show
 * differently on an English system).
 */
export const BUILTIN_ID_OF: ReadonlyMap<string, number> = new Map<string, number>([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["@", 49],
]);
