/** 列の呼び名（日本語）: メッセージの {field} や {column} に入る。 */
import type { ColumnKey } from "../../register/types";

export const fieldsJa: Readonly<Record<ColumnKey, string>> = {
  no: "No",
  area: "分野",
  name: "項目名",
  department: "担当課",
  overview: "取組の概要",
  plan: "年度計画",
  progress: "進捗状況",
  schedule: "スケジュール",
  indicator: "成果指標",
  targetType: "目標種別",
  target: "目標値",
  actual: "実績値",
  prior: "前年度実績",
  unit: "単位",
  statedChange: "増減率",
  asOf: "基準日",
  cause: "要因",
  nextSteps: "今後の対応",
  relistOf: "再掲",
  selfRating: "自己評価",
  finalRating: "確定評価",
  overrideReason: "上書き理由",
  highlight: "事例掲載",
  nextYear: "次年度新規事項",
};
