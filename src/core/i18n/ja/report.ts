/**
 * 生成シートの見出し・文言（日本語）。{name} は report の各ビルダーが fill() で置き換える。
 * 英語版（../en/report.ts）は同じ形でなければならない（型 ReportLabels が確かめる）。
 */
import type { Severity } from "../../findings/finding";
import type { IndicatorStatus, Schedule } from "../../evaluate/types";
import type { ReportSheetKey } from "../../report/model";

export interface ReportLabels {
  readonly sheetNames: Readonly<Record<ReportSheetKey, string>>;
  /** Excel の1セルの上限を超えた文字列を切った末尾に付ける印。 */
  readonly truncated: string;
  /** 年度の表記が求められないときの代わり（{year} は西暦）。 */
  readonly fiscalYearFallback: string;
  readonly summary: {
    readonly title: string;
    readonly titlePlanOnly: string;
    readonly titlePeriodOnly: string;
    readonly titleBare: string;
    readonly sentence: string;
    /** sentence の {relisted} に入る。再掲が 0 のときは空にする。 */
    readonly sentenceRelisted: string;
    /** 既定以外の評価区分の文。{parts} は scalePart を「、」でつないだもの。 */
    readonly scaleSentence: string;
    /** 評価対象外の取組があるとき（両方の母数を示す）。 */
    readonly scaleSentenceNotRated: string;
    readonly scalePart: string;
    readonly scalePartSeparator: string;
    /** 四捨五入した割合の合計が 100.0 にならないときの注記。 */
    readonly shareNote: string;
    /** 表１の評価対象外の列見出し。 */
    readonly headerNotRated: string;
    /** 表１の区分の列見出し（{label}（{code}））。 */
    readonly headerLevel: string;
    /** 原典どおり文の前に置く導入部（{period} は時点）。 */
    readonly leadIn: string;
    readonly leadInNoPeriod: string;
    readonly caption: string;
    readonly captionNoPeriod: string;
    readonly headerArea: string;
    readonly headerS: string;
    readonly headerA: string;
    readonly headerB: string;
    readonly areaRow: string;
    readonly areaRowOne: string;
    readonly total: string;
    /** 表１の下のグラフ（分野別・区分別の積み上げ横棒）の題。 */
    readonly chartTitle: string;
  };
  /** 進捗集計の担当課別の表（契約 §10）。 */
  readonly departments: {
    readonly caption: string;
    readonly headerDepartment: string;
    readonly headerTotal: string;
    /** 担当課が空欄の取組の行。 */
    readonly none: string;
    /** 複数の担当課の取組があるときの注記。 */
    readonly sharedNote: string;
    /** --department のときの見出しの添え書き（{department}）。 */
    readonly titleSuffix: string;
  };
  /** 進捗集計の進捗率の表（契約 §10）。 */
  readonly progress: {
    readonly caption: string;
    readonly sentence: string;
    readonly headerBand: string;
    /** 今回の列（{period}。時点がないときは headerThisNoPeriod）。 */
    readonly headerThis: string;
    readonly headerThisNoPeriod: string;
    readonly headerPrevious: string;
    readonly headerChange: string;
    /** 区分の名前（下限・上限は %）。 */
    readonly bandBelow: string;
    readonly bandBetween: string;
    readonly bandAbove: string;
    readonly notComputed: string;
    readonly total: string;
    readonly listCaption: string;
    readonly headerIndicator: string;
    readonly headerBaseline: string;
    readonly headerActual: string;
    readonly headerTarget: string;
    readonly headerRate: string;
    readonly headerElapsed: string;
    /** 一覧の指標の見出し（{no} {indicator}、{years} は yearsPart か空）。 */
    readonly indicatorLabel: string;
    readonly yearsPart: string;
    readonly yearUnknown: string;
  };
  readonly delayed: {
    readonly title: string;
    readonly titleOne: string;
    readonly headerNo: string;
    readonly headerName: string;
    readonly headerProgress: string;
    readonly headerProgressNoPeriod: string;
    readonly headerCause: string;
    readonly causeSection: string;
    readonly nextStepsSection: string;
    /** 取組一覧の見出しが「今後の対策」のときの見出し（原典の表記に合わせる）。 */
    readonly headerCauseMeasures: string;
    readonly nextStepsSectionMeasures: string;
    /** 既定以外の評価区分: 遅延の区分の名称（{labels} は「・」でつなぐ）から。 */
    readonly titleScale: string;
    readonly titleScaleLabelSeparator: string;
    readonly noneScale: string;
    readonly none: string;
  };
  readonly ratings: {
    readonly headers: {
      readonly no: string;
      readonly area: string;
      readonly name: string;
      readonly department: string;
      readonly schedule: string;
      readonly indicator: string;
      readonly target: string;
      readonly actual: string;
      readonly prior: string;
      readonly achievement: string;
      readonly status: string;
      readonly computed: string;
      readonly final: string;
      readonly rating: string;
      readonly notes: string;
    };
    readonly schedule: Readonly<Record<Schedule, string>>;
    readonly status: Readonly<Record<IndicatorStatus, string>>;
    readonly noteRelisted: string;
    readonly noteOverridden: string;
  };
  readonly findings: {
    readonly counts: string;
    readonly headerSeverity: string;
    readonly headerCode: string;
    readonly headerCell: string;
    /** On a consolidated register: the department's own cell. */
    readonly headerSource: string;
    readonly headerMessage: string;
    readonly severity: Readonly<Record<Severity, string>>;
    readonly none: string;
  };
  readonly highlights: {
    readonly title: string;
    readonly cardHeader: string;
    readonly cardHeaderNoDepartment: string;
    readonly overview: string;
    readonly plan: string;
    readonly planNoYear: string;
    readonly progress: string;
    readonly progressNoPeriod: string;
    readonly indicators: string;
    readonly indicatorLine: string;
    readonly indicatorLineNoName: string;
    readonly partTarget: string;
    readonly partActual: string;
    /** 実績の後に添える基準日（{asOf} は取組一覧の基準日の表示）。 */
    readonly partAsOf: string;
    readonly partPrior: string;
    readonly partSeparator: string;
    readonly changeUp: string;
    readonly changeDown: string;
    readonly changeNone: string;
    readonly none: string;
  };
  readonly nextYear: {
    readonly title: string;
    readonly titleOne: string;
    readonly titleNoYear: string;
    readonly titleNoYearOne: string;
    readonly headerNo: string;
    readonly headerName: string;
    readonly headerNew: string;
    readonly headerNewNoYear: string;
    readonly none: string;
  };
}

export const reportJa: ReportLabels = {
  truncated: "…（以下省略）",
  sheetNames: {
    summary: "進捗集計",
    delayed: "遅延取組一覧",
    ratings: "評価結果",
    findings: "検証結果",
    highlights: "事例",
    nextYear: "次年度新規",
    comparison: "前回比較",
    history: "評価履歴",
  },
  fiscalYearFallback: "{year}年度",
  summary: {
    title: "{plan}の{period}進捗状況",
    titlePlanOnly: "{plan}の進捗状況",
    titlePeriodOnly: "{period}進捗状況",
    titleBare: "進捗状況",
    sentence:
      "全 {total} 項目{relisted}の取組のうち、{s} 項目が「予定以上に進捗」、{a} 項目が「予定どおりに進捗」、{b} 項目が「予定よりも遅れている」となりました。",
    sentenceRelisted: "（再掲 {k} 項目）",
    scaleSentence: "全 {total} 項目{relisted}の取組のうち、{parts}となりました。",
    scaleSentenceNotRated: "全行動計画項目 {total} 項目{relisted}、評価対象 {rated} 項目（対象外・未評価 {notRated} 項目）のうち、{parts}となりました。",
    scalePart: "{n} 項目（{share}%）が「{label}」",
    scalePartSeparator: "、",
    shareNote: "※割合は小数点以下第2位を四捨五入しているため、合計が100にならない場合があります。",
    headerNotRated: "対象外・未評価",
    headerLevel: "{label}（{code}）",
    leadIn: "{period}の各プログラムの進捗状況について、スケジュールの進行状況及び成果指標に基づき評価を実施したところ、",
    leadInNoPeriod: "各プログラムの進捗状況について、スケジュールの進行状況及び成果指標に基づき評価を実施したところ、",
    caption: "【表１】各プログラムの進捗状況（{period}）",
    captionNoPeriod: "【表１】各プログラムの進捗状況",
    headerArea: "分野",
    headerS: "予定以上に進捗（Ｓ）",
    headerA: "予定どおりに進捗（Ａ）",
    headerB: "予定よりも遅れている（Ｂ）",
    areaRow: "{area}（{items}項目）",
    areaRowOne: "{area}（{items}項目）",
    total: "計",
    chartTitle: "分野別の進捗状況",
  },
  departments: {
    caption: "【担当課別】担当課別の進捗状況",
    headerDepartment: "担当課",
    headerTotal: "計",
    none: "（担当課の記載なし）",
    sharedNote: "※複数の課が担当する取組は、それぞれの担当課に数えています（各課の合計は全項目数を超えることがあります）。",
    titleSuffix: "（{department}）",
  },
  progress: {
    caption: "【進捗率】成果指標の最終目標に対する進捗率",
    sentence:
      "基準値のある成果指標 {n} 件のうち、進捗率を算出できたものは {computed} 件で、そのうち {onPace} 件が計画期間の経過割合以上に進んでいます。進捗率＝（実績値－基準値）÷（最終目標値－基準値）。",
    headerBand: "進捗率",
    headerThis: "{period}",
    headerThisNoPeriod: "今回",
    headerPrevious: "{period}",
    headerChange: "増減",
    bandBelow: "{to}%未満",
    bandBetween: "{from}%以上{to}%未満",
    bandAbove: "{from}%以上",
    notComputed: "算出できないもの",
    total: "計",
    listCaption: "成果指標ごとの進捗率",
    headerIndicator: "No・成果指標（基準年度→目標年度）",
    headerBaseline: "基準値",
    headerActual: "実績値",
    headerTarget: "最終目標値",
    headerRate: "進捗率",
    headerElapsed: "経過割合",
    indicatorLabel: "No.{no} {indicator}{years}",
    yearsPart: "（{from}→{to}）",
    yearUnknown: "？",
  },
  delayed: {
    title: "【参考２】予定よりも遅れている取組一覧（{n}項目）",
    titleOne: "【参考２】予定よりも遅れている取組一覧（{n}項目）",
    headerNo: "No",
    headerName: "項目名",
    headerProgress: "{period}進捗状況",
    headerProgressNoPeriod: "進捗状況",
    headerCause: "要因と今後の対応",
    causeSection: "【要因】\n{text}",
    nextStepsSection: "【今後の対応】\n{text}",
    headerCauseMeasures: "要因と今後の対策",
    nextStepsSectionMeasures: "【今後の対策】\n{text}",
    titleScale: "【参考２】「{labels}」の取組一覧（{n}項目）",
    titleScaleLabelSeparator: "」「",
    noneScale: "「{labels}」の取組はありません。",
    none: "予定よりも遅れている取組はありません。",
  },
  ratings: {
    headers: {
      no: "No",
      area: "分野",
      name: "項目名",
      department: "担当課",
      schedule: "スケジュール",
      indicator: "成果指標",
      target: "目標",
      actual: "実績",
      prior: "前年度",
      achievement: "達成率",
      status: "状況",
      computed: "算定評価",
      final: "確定評価",
      rating: "評価",
      notes: "備考",
    },
    schedule: { ahead: "予定以上", on: "予定どおり", behind: "遅れ" },
    status: {
      exceeded: "超過達成",
      met: "達成",
      missed: "未達成",
      notYetDue: "期限前",
      notMeasured: "未測定",
    },
    noteRelisted: "No.{no} の再掲",
    noteOverridden: "評価を {computed} から {final} に上書き：{reason}",
  },
  findings: {
    counts: "エラー {errors} 件、警告 {warnings} 件、情報 {info} 件",
    headerSeverity: "重要度",
    headerCode: "コード",
    headerCell: "セル",
    headerSource: "出典（各課のセル）",
    headerMessage: "内容",
    severity: { error: "エラー", warning: "警告", info: "情報" },
    none: "指摘事項はありません。",
  },
  highlights: {
    title: "【参考１】着実に進んでいる主な取組（例示）",
    cardHeader: "No.{no} {name} 【{department}】",
    cardHeaderNoDepartment: "No.{no} {name}",
    overview: "取組の概要",
    plan: "{fy}の年度計画",
    planNoYear: "年度計画",
    progress: "{period}の進捗状況",
    progressNoPeriod: "進捗状況",
    indicators: "成果指標の達成状況",
    indicatorLine: "・{name}：{parts}",
    indicatorLineNoName: "・{parts}",
    partTarget: "目標 {text}",
    partActual: "実績 {text}",
    partAsOf: "（{asOf}現在）",
    partPrior: "前年度 {text}",
    partSeparator: "／",
    changeUp: "（約{change}%増）",
    changeDown: "（約{change}%減）",
    changeNone: "（前年度と同じ）",
    none: "事例として掲載する取組はありません。",
  },
  nextYear: {
    title: "【参考】{fy}に新規の取組を予定しているプログラム（{n}項目）",
    titleOne: "【参考】{fy}に新規の取組を予定しているプログラム（{n}項目）",
    titleNoYear: "【参考】次年度に新規の取組を予定しているプログラム（{n}項目）",
    titleNoYearOne: "【参考】次年度に新規の取組を予定しているプログラム（{n}項目）",
    headerNo: "No",
    headerName: "項目名",
    headerNew: "{fy}新規事項",
    headerNewNoYear: "次年度新規事項",
    none: "次年度に新規の取組を予定しているプログラムはありません。",
  },
};
