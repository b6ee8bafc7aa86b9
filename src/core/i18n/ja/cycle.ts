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
  /** 前回比較シート。 */
  readonly sheet: {
    /** {plan} 計画名、{period} 今回、{previous} 前回の期間。 */
    readonly title: string;
    readonly titleNoPlan: string;
    readonly caption: string;
    readonly headerArea: string;
    readonly total: string;
    readonly changedCaption: string;
    readonly headerChange: string;
    readonly headerNo: string;
    readonly headerName: string;
    readonly noChanges: string;
    /** 増減の表示形式（減は ▲）。 */
    readonly changeFormat: string;
  };
  /** 評価履歴シート。 */
  readonly history: {
    readonly title: string;
    readonly note: string;
    /** まとまりの見出し「平成26年度末（83 項目）」。 */
    readonly blockCaption: string;
    readonly headers: {
      readonly period: string;
      readonly no: string;
      readonly area: string;
      readonly name: string;
      readonly level: string;
      readonly notRated: string;
      readonly relistOf: string;
      readonly actuals: string;
    };
    /** 対象外・未評価の列の印。 */
    readonly notRatedMark: string;
    /** 成果指標名と実績の区切り「指標名：実績」。 */
    readonly actualSeparator: string;
  };
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
  sheet: {
    title: "{plan}の{period}進捗状況　前回（{previous}）との比較",
    titleNoPlan: "{period}進捗状況　前回（{previous}）との比較",
    caption: "【表】分野別・評価区分別の項目数（今回・前回・増減）",
    headerArea: "分野",
    total: "計",
    changedCaption: "評価が変わった項目（{count} 件）",
    headerChange: "評価の変化（今回←前回）",
    headerNo: "No",
    headerName: "項目名",
    changeFormat: '+0;"▲"0;0',
    noChanges: "評価が変わった項目はありません。",
  },
  history: {
    title: "評価履歴",
    note: "報告を作成するたびに、その時点の評価をここに記録します（同じ時点の記録は置き換えます）。次の時点の報告では、ここに記録された前回の評価と比べて「前回比較」を作成します。このシートは編集しないでください。",
    blockCaption: "{period}（{count} 項目）",
    headers: {
      period: "時点",
      no: "No",
      area: "分野",
      name: "項目名",
      level: "評価",
      notRated: "対象外・未評価",
      relistOf: "再掲元No",
      actuals: "成果指標の実績",
    },
    notRatedMark: "○",
    actualSeparator: "：",
  },
};
