/**
 * 報告の周期（契約 §10）：前回比較の文言（日本語）。英語版（../en/cycle.ts）は同じ形でなければならない（型 CycleLabels が確かめる）。
 */
export interface CycleLabels {
  /** 前回比較の文。{previous} は前回の期間（平成26年度末）。 */
  readonly sentence: string;
  /** 前回の期間の表記がないときの文。 */
  readonly sentenceUnnamed: string;
  /** 変わった項目のまとまりの見出し「A←B（6 件）」。{to} 今回、{from} 前回の区分。 */
  readonly groupHeading: string;
  /** 区分のない側（対象外・未評価）の表記。 */
  readonly notRated: string;
  /** 項目の並び「No1、7、14」の区切り。 */
  readonly itemSeparator: string;
  readonly addedHeading: string;
  readonly removedHeading: string;
  /** 表の列：今回・前回・増減。 */
  readonly current: string;
  readonly previous: string;
  readonly change: string;
}

export const cycleJa: CycleLabels = {
  sentence: "{previous}に比べて良くなった項目が {improved} 項目、悪くなった項目が {worsened} 項目となりました。",
  sentenceUnnamed: "前回に比べて良くなった項目が {improved} 項目、悪くなった項目が {worsened} 項目となりました。",
  groupHeading: "{to}←{from}（{count} 件）",
  notRated: "対象外・未評価",
  itemSeparator: "、",
  addedHeading: "今回新たに加わった項目（{count} 件）",
  removedHeading: "今回掲載のない項目（{count} 件）",
  current: "今回",
  previous: "前回",
  change: "増減",
};
