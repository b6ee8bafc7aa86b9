/** コマンドライン shinchoku の文言（日本語）。 */
export const cliJa = {
  description: "進捗 — 取組一覧（進捗管理表）を評価し、推進委員会向けの進捗状況報告シートを作成します。",
  langOption: "メッセージの言語（ja または en。既定は環境のロケール）",
  quietOption: "進行状況を表示しない",
  report: {
    description: "取組一覧のブックを読み、報告シートを加えたブックを書き出します（元のファイルは変更しません）。",
    register: "取組一覧の .xlsx ファイル",
    output: "書き出すファイル（既定: 元ファイルと同じ場所の 〜-report.xlsx）",
    sheet: "取組一覧のシート名（既定: 取組一覧、無ければ見出しのあるシートを自動検出）",
    json: "結果を JSON で標準出力に出す",
    plan: "計画名（設定シートの「計画名」より優先）",
    fiscalYear: "対象年度（例: 平成26年度、令和6年度、2014）",
    point: "時点（年度末 または 上半期末）",
    sMargin: "S判定の余裕（既定 0.2）",
    area: "分野（報告する順に、繰り返し指定）",
    reportLang: "報告書の言語（ja または en）",
  },
  consolidate: {
    description: "各課の取組一覧を1つの取組一覧にまとめます（出典列つき）。同じNoで内容が異なる場合はまとめません。",
    inputs: "各課の取組一覧 .xlsx ファイル",
    output: "書き出す取組一覧ファイル（必須）",
    sourceHeader: "出典",
  },
  export: {
    description: "報告ブックから、選んだ報告シートだけを値と書式で持つ委員会配付用のブックを作ります。",
    input: "shinchoku report で作った報告ブック",
    output: "書き出すファイル（必須）",
    sheets: "含めるシート名（カンマ区切り。既定: 検証結果以外の報告シート）",
  },
  progress: {
    reading: "読み込み中: {file}",
    read: "読み込み完了: {rows} 行（{seconds} 秒）",
    rating: "評価中: {items} 項目",
    writing: "書き出し中: {file}",
  },
  done: {
    written: "{file} に書き出しました（シート: {sheets}）。",
    blocked: "エラーが {errors} 件あるため、何も書き出していません。",
    summary: "全 {total} 項目: S {S} / A {A} / B {B}。指摘: エラー {errors}、警告 {warnings}、情報 {info}。",
    consolidated: "{count} 個のファイルから {items} 項目をまとめ、{file} に書き出しました。",
    more: "ほか {count} 件の指摘は「検証結果」シート（または --json）にあります。",
    exported: "{file} に {sheets} を書き出しました。",
  },
  errors: {
    unreadableFile: "ファイル {file} を読めません: {reason}",
    notXlsx: "{file} は .xlsx ブックではありません。",
    encrypted: "{file} はパスワードで保護されているか、古い形式（.xls）のブックです。Excel で保護を解除するか .xlsx で保存し直してください。",
    sameAsInput: "出力先が入力ファイルと同じです。元のファイルは上書きしません: {file}",
    noRegister: "取組一覧のシートが見つかりません（--sheet で指定してください）。",
    noGenerated: "{file} には shinchoku が作成した報告シートがありません。",
    notGenerated: "シート「{sheet}」は shinchoku が作成した報告シートではありません。",
    internal: "予期しないエラーのため中止しました（何も書き出していません）: {reason}",
    usage: "使い方が正しくありません: {reason}",
    outputRequired: "-o で出力ファイルを指定してください。",
    damagedPart: "{file} は壊れているため読めません（部品 {part} の {line} 行目が XML として正しくありません）。Excel で開いて保存し直してから、もう一度実行してください。何も書き出していません。",
    dtdPart: "{file} の部品 {part}（{line} 行目）に DTD（<!DOCTYPE …>）があります。Excel のファイルには含まれないもので、安全のため読みません。Excel で開いて保存し直してから、もう一度実行してください。何も書き出していません。",
    cellOutOfRange: "{file} のシート「{sheet}」に Excel の範囲（XFD 列・1,048,576 行）を超えるセル {cell} があります（部品 {part} の {line} 行目）。ファイルが壊れています。Excel で開いて保存し直してから、もう一度実行してください。何も書き出していません。",
    emptyFile: "{file} は空のファイルです（0 バイト）。Excel で保存したブック（.xlsx）を指定してください。",
    zipTruncated:
      "{file} は途中で切れています（ファイルの最後にあるはずの zip の目次がありません）。コピーやダウンロードが最後まで終わっていない可能性があります。元のファイルからもう一度コピーしてください。",
    zipDamaged: "{file} は壊れています（zip の目次と中身が一致しません）。Excel で開き、修復してから保存し直してください。",
    zipDamagedPart: "{file} は壊れています（zip の目次と部品 {part} が一致しません）。Excel で開き、修復してから保存し直してください。",
    zipCorruptPart:
      "{file} は壊れています: 部品 {part} の中身が zip の記録（CRC-32 またはサイズ）と一致しません。Excel で開き、修復してから保存し直してください。",
    zipDuplicatePart:
      "{file} は壊れています: 部品 {part} が 2 つあり、どちらが正しいか決められません。Excel で開き、修復してから保存し直してください。",
    zipUnsupported: "{file} は Excel が使わない zip の圧縮方式で保存されています（部品 {part}）。Excel で開けるなら、Excel で .xlsx として保存し直してください。",
    zipEncryptedEntry: "{file} の部品 {part} は zip のパスワードで暗号化されています。圧縮ツールではなく Excel で保存し直したブックを指定してください。",
    partTooLarge:
      "{file} の部品 {part} は展開すると {limit} MB を超えるため、このコンピューターを守るために読み込みません（「zip 爆弾」の可能性があります）。実際のブックなら、Excel で不要なデータを削除して保存し直してください。",
    packageTooLarge:
      "{file} は展開すると合計 {limit} MB を超えるため、このコンピューターを守るために読み込みません（「zip 爆弾」の可能性があります）。実際のブックなら、Excel で不要なシートやデータを削除して保存し直してください。",
    partRatio:
      "{file} の部品 {part} は実際のブックではありえないほど高い圧縮率です。「zip 爆弾」とみられるため読み込みません。Excel で保存し直したブックを指定してください。",
  },
} as const;
