/**
 * 作業ウィンドウ（task pane）の文言（日本語）。{name} は fill() で置き換える。
 * 英語版（../en/pane.ts）は同じキーを持たなければならない（型 PaneStrings が確かめる）。
 * boot* の文言はビルド時に taskpane.html にも埋め込まれる（スクリプトが動かないときの表示）。
 * このファイルは import を持たない: webpack.config.js がビルド時に単独で読み込むため。
 */
export const paneJa = {
  // ---- page -------------------------------------------------------------------
  title: "進捗集計",
  heading: "進捗集計",

  // ---- start-up, shown by the HTML itself when the script never runs -------------
  bootStarting: "起動しています…",
  bootFailed:
    "作業ウィンドウを起動できませんでした。作業ウィンドウを閉じて開き直してください。古い Office（Internet Explorer や旧 Edge の表示部品を使う版）では動作しません。",

  // ---- outside Excel or without office.js ----------------------------------------
  noOfficeJs:
    "Office の JavaScript ライブラリ（office.js）を読み込めませんでした。インターネットに接続できないネットワーク（LGWAN など）では、office.js を同梱したビルドを管理者に依頼してください。",
  notInExcel: "この画面は Excel の作業ウィンドウとして使います。Excel の［ホーム］タブにある［進捗集計］から開いてください。",
  officeTimeout: "Office の準備が終わりませんでした。作業ウィンドウを閉じて、開き直してください。",
  unsupportedExcel:
    "この Excel は ExcelApi 1.7 に対応していないため使えません。Office 2019 以降、または Microsoft 365 の Excel で開いてください。",
  unexpectedError: "予期しないエラーが発生しました: {message}",

  // ---- register picker -------------------------------------------------------------
  registerHeading: "取組一覧",
  registerLabel: "取組一覧のシート",
  registerChoose: "（シートを選んでください）",
  registerNotFound:
    "取組一覧のシートが見つかりません。見出し（No・分野・項目名・スケジュール）のあるシートを選んでください。",
  registerLoaded: "シート「{sheet}」を読み込みました。",

  // ---- settings form ---------------------------------------------------------------------
  settingsHeading: "設定",
  settingsFromSheet: "シート「{sheet}」の設定を表示しています。",
  settingsNoSheet: "設定シートはまだありません。保存すると「設定」シートを作成します。",
  planLabel: "計画名",
  fiscalYearLabel: "対象年度",
  fiscalYearHint: "例: 令和6年度、平成26年度、2024",
  fiscalYearInvalid: "対象年度「{value}」を読み取れません。例のように入力してください。",
  pointLabel: "時点",
  pointYearEnd: "年度末",
  pointHalf: "上半期末",
  sMarginLabel: "S判定の余裕（%）",
  sMarginHint: "実績が目標をこの割合以上上回った成果指標を「予定以上」とします（既定 20%）。",
  sMarginInvalid: "0 から 100 までの数で入力してください。",
  langLabel: "報告の言語",
  langJa: "日本語",
  langEn: "English",
  saveSettings: "設定を保存",
  settingsSaved: "設定をシートに保存しました。",
  settingsInvalid: "設定に誤りがあります。赤字の項目を直してください。",

  // ---- scale editor (評価区分) ---------------------------------------------------------
  scaleHeading: "評価区分",
  scaleHint: "上から良い順に並べます。基準は、取組の成果指標のうち最も低い達成率がこの値（%）以上ならその区分とする値です。最下位の区分には基準を書きません。区分を編集すると、S判定の余裕の代わりにこの基準を使います。",
  scaleSeedNote: "いまは既定の区分（S・A・B、Sの基準はS判定の余裕から）です。",
  scaleMethodLabel: "評価方法",
  scaleMethodAuto: "自動（スケジュールと成果指標から）",
  scaleMethodSelf: "自己評価（担当課の評価を集計し、自動評価と照合）",
  scalePresets: "ひな形",
  scalePresetSeed: "S・A・B（既定）",
  scalePresetFour: "S・A・B・C",
  scaleLevelLegend: "{n}番目の区分",
  scaleCode: "記号",
  scaleLabel: "名称",
  scaleThreshold: "基準（達成率 %）",
  scaleBehind: "遅延の区分（参考２に載せ、要因を求める）",
  scaleUp: "上へ",
  scaleDown: "下へ",
  scaleRemove: "削除",
  scaleUpLabel: "{n}番目の区分「{code}」を上へ移動",
  scaleDownLabel: "{n}番目の区分「{code}」を下へ移動",
  scaleRemoveLabel: "{n}番目の区分「{code}」を削除",
  scaleAdd: "区分を追加",
  scaleThresholdInvalid: "基準は数（%）で入力してください（例: 120、100、80）。",

  // ---- actions and progress -----------------------------------------------------------
  actionsHeading: "実行",
  validate: "検証",
  createReport: "集計表を作成",
  createTemplate: "提出用の様式を作成",
  stepTemplate: "提出用の様式を作っています…",
  templateCreated: "提出用の様式を新しいブックに作成しました（{period}、評価区分 {levels}）。名前を付けて保存し、各課に送ってください。",
  templateUnsupported:
    "この Excel は新しいブックの作成（ExcelApi 1.8）に対応していないため、様式を作れません。コマンド shinchoku template で同じ様式を作成できます。",
  exportCommittee: "委員会用に書き出す",
  stepReadingFile: "ブックの内容を取得しています…",
  stepExporting: "委員会用のブックを作っています…",
  committeeExported:
    "委員会用のブックを新しいブックに作成しました（{count} 枚: {names}）。検証結果と評価履歴は含みません。名前を付けて保存し、委員会に送ってください。",
  exportNoReport: "書き出す集計表がありません。先に「集計表を作成」を実行してください。",
  exportNoNewWorkbook:
    "この Excel は新しいブックの作成（ExcelApi 1.8）に対応していないため、委員会用のブックを作れません。ブックを保存し、コマンド shinchoku export ブック.xlsx -o 委員会用.xlsx で同じブックを作成できます。",
  exportNoFile:
    "この Excel はブックの内容の取得（要件セット CompressedFile）に対応していないため、委員会用のブックを作れません。ブックを保存し、コマンド shinchoku export ブック.xlsx -o 委員会用.xlsx で同じブックを作成できます。",
  exportFileRefused:
    "Excel がブックの内容を渡しませんでした（{message}）。Excel on the web では取得できないことがあります。デスクトップ版の Excel で開くか、ブックを保存してコマンド shinchoku export で作成してください。",
  exportUnreadable: "ブックの内容を読み取れませんでした（{message}）。ブックを保存し、コマンド shinchoku export で作成してください。",
  progressLabel: "進行状況",
  stepLoading: "ブックを読み込んでいます…",
  stepEvaluating: "検証しています…",
  stepWriting: "集計表を書き込んでいます…",
  stepSaving: "設定を保存しています…",
  validated: "検証しました。エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件。",
  blocked: "エラーが {errors} 件あるため、集計表は作成しませんでした。エラーを直してから、もう一度実行してください。",
  written: "{count} 枚のシートを作成しました: {names}",
  nameSeparator: "、",
  failed: "処理できませんでした: {message}",
  noRegister: "取組一覧のシートを選んでから実行してください。",
  departmentLabel: "担当課",
  departmentAll: "すべての担当課",
  departmentHint: "担当課を選ぶと、その課の取組だけで検証し、集計表を作成します。",
  departmentUnknown: "担当課「{department}」の取組は取組一覧にありません。取組一覧にある担当課: {known}",

  // ---- degraded hosts -----------------------------------------------------------------
  degradedHeading: "この Excel での制限",
  noPageLayout: "印刷設定（ExcelApi 1.9）に対応していないため、印刷の設定は書き込まれません。",
  noMergedAreas:
    "結合セルの読み取り（ExcelApi 1.13）に対応していないため、結合セルは左上以外を空欄として読み取ります。取組の列（No・分野・項目名など）は上の行から引き継ぐので問題ありませんが、成果指標の列を結合している場合は各行に値を入れてください。",

  // ---- results ------------------------------------------------------------------------
  resultsHeading: "結果",
  resultsEmpty: "［検証］を押すと、ここに分野別の集計と検証結果が表示されます。",
  resultsNoItems: "集計できる取組がありません。下の検証結果を確認してください。",
  resultsProvisional: "エラーがあるため、この集計は暫定です（集計表は作成されません）。",
  tallyUnrated: "評価できない取組が {count} 件あります（エラーを参照）。",
  comparisonHeading: "前回比較（{previous}）",
  comparisonLevel: "評価",
  comparisonTotal: "計",
  comparisonNos: "No{nos}",
  chartTitle: "分野別の評価",
  chartLevel: "{label} {n}",
  chartLevelSeparator: "、",
  chartNotRated: "対象外・未評価",
  ratingS: "S 予定以上",
  ratingA: "A 予定どおり",
  ratingB: "B 遅れ",

  // ---- findings -----------------------------------------------------------------------
  findingsHeading: "検証結果",
  findingsNone: "問題は見つかりませんでした。",
  severityError: "エラー",
  severityWarning: "警告",
  severityInfo: "情報",
  severityCount: "{label}（{count} 件）",
  findingGoTo: "セル {cell} を選択",
  findingsMore: "ほか {count} 件は表示を省略しました。集計表を作成すると「検証結果」シートに全件が載ります。",
  selectFailed: "セル {cell} を選択できませんでした: {message}",
} as const;

/** The pane's words: the same keys in every language. */
export type PaneStrings = { readonly [K in keyof typeof paneJa]: string };
