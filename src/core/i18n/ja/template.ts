/**
 * 提出用の様式（shinchoku template・作業ウィンドウの「提出用の様式を作成」）の文言（日本語）。
 * 入力規則の入力メッセージは Excel の上限（タイトル 32 文字、本文 255 文字）に収める（テストが確かめる）。
 * 英語版（../en/template.ts）は同じ形でなければならない（型 TemplateLabels が確かめる）。
 */
import type { TemplateColumnKey } from "../../template/columns";

export interface TemplateLabels {
  /** 取組一覧のシート名。 */
  readonly registerSheet: string;
  /** 列ごとの入力のヒント（見出しのメモと、入力規則の入力メッセージ）。 */
  readonly hints: Readonly<Record<TemplateColumnKey, string>>;
  /** 必須の列のヒントの前に付ける印。 */
  readonly required: string;
  /** 一覧から選ぶ列のヒントの後ろに付ける文（{values} は選べる値）。 */
  readonly choose: string;
  /** 選べる値の区切り。 */
  readonly separator: string;
  /** 一覧にない値を入れたときのエラー表示のタイトルと本文。 */
  readonly errorTitle: string;
  readonly errorStrict: string;
  readonly errorLoose: string;
  /** 自己評価の入力メッセージに添える評価区分（{code} {label}）。 */
  readonly level: string;
  /** 設定シートの各キーのメモ。 */
  readonly settingsNotes: {
    readonly plan: string;
    readonly fiscalYear: string;
    readonly point: string;
    readonly sMargin: string;
    /** 既定（小平市）の評価区分のとき、S判定の余裕のメモに続けて示す区分（{levels}）。 */
    readonly seedScale: string;
    readonly scale: string;
    readonly method: string;
    readonly areas: string;
    readonly lang: string;
  };
}

export const templateJa: TemplateLabels = {
  registerSheet: "取組一覧",
  hints: {
    no: "取組の番号（1、2、R1-1 など）。指標が複数あるときは、2行目以降を空欄にしてかまいません。",
    area: "分野（Ⅰ 地域協働の推進 など）。指標の2行目以降は空欄でかまいません。",
    name: "取組の名前。",
    department: "担当課の名前。",
    overview: "取組の概要。",
    plan: "今年度の計画。",
    progress: "今期の進捗状況を文章で。",
    schedule: "スケジュールに対する進捗。",
    indicator: "成果指標の名前。指標が複数あるときは1指標1行で、No は最初の行だけでかまいません。",
    targetType: "目標の種類。空欄なら目標値の書き方（「99団体以上」「3件以下」「前年比5%以上」「維持」「策定」）から読みます。",
    target: "目標値（「99団体以上」「95%」「27年度末までに策定」など）。",
    actual: "実績値（「９，８５６人」「約14.8%」など文字でも可）。達成目標は「済」「未実施」など。",
    prior: "前年度の実績値（前年比・維持の目標で使います）。",
    unit: "単位（件、人、団体など）。",
    cause: "遅れている取組の要因（遅延の区分の取組は必須）。",
    nextSteps: "遅れている取組の今後の対応（遅延の区分の取組は必須）。",
    relistOf: "再掲のとき、元の取組の No。",
    selfRating: "担当課の自己評価。",
    finalRating: "推進担当課が評価を確定するときだけ。自動の評価と違うときは上書き理由が必要です。",
    overrideReason: "確定評価が自動の評価と違う理由。",
    highlight: "報告書の事例（参考１）に載せる取組に ○。",
    nextYear: "次年度に新しく取り組むこと。",
  },
  required: "【必須】",
  choose: "一覧から選んでください: {values}",
  separator: "、",
  errorTitle: "一覧にない値です",
  errorStrict: "この列は一覧の値だけを受け付けます: {values}",
  errorLoose: "一覧にない値です（{values}）。このまま入れますか？",
  level: "{code} {label}",
  settingsNotes: {
    plan: "計画の名前。報告書の題名になります。",
    fiscalYear: "報告する年度（令和6年度、平成26年度、2024 など）。",
    point: "年度末 または 上半期末。",
    sMargin: "S判定の余裕（既定 0.2 = 目標の120%以上で S）。",
    seedScale: "評価区分を書かないときの区分: {levels}",
    scale: "評価区分: 1行に1区分、良い順に。B列 区分の記号、C列 名前、D列 しきい値（%、最下位は空欄）、E列 遅延の区分に「遅延」。",
    method: "自動（実績から評価）または 自己評価（担当課の評価を集計）。",
    areas: "分野: 報告する順に、下の行に1行に1分野。",
    lang: "報告書の言語（ja または en）。",
  },
};
