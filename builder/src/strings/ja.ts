/** The builder's interface in Japanese (です・ます, as Japanese web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('ja', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'ja',
  documentTitle: '埋め込みコード作成ツール — relief-widgets',
  title: '埋め込みコード作成ツール',
  interfaceLanguage: '作成ツールの表示言語',
  interfaceLanguageHint: 'このページの表示だけが変わり、埋め込みコードは変わりません。ウィジェット自体の言語は下の「言語」で設定します。',
  intro:
    'クリニックのサイトに何をどのように表示するかを選び、ライブプレビューで確認してから、埋め込みコードをページにコピーしてください。すべてこのページの中で行われます。選んだ内容がどこかに送信されたり保存されたりすることはありません。',
  loadingBuilder: '作成ツールを読み込んでいます…',
  loadFailed: (reason: string) => `作成ツールのデータを読み込めませんでした（${reason}）。ページを再読み込みして、もう一度お試しください。`,
  settings: '設定',
  skipToCode: '埋め込みコードへ移動',

  element: '埋め込む内容',
  elementHint: '埋め込みコード1つにつきウィジェットは1つです。別のウィジェットには、もう一度コードを貼り付けてください。',
  elementNames: {
    'relief-guide': 'ガイド全体',
    'relief-benefit-list': 'メリットの一覧',
    'relief-tip-list': 'ヒントの一覧',
    'relief-pain-selector': '痛みの種類の選択',
    'relief-therapist-checklist': 'セラピスト選びのチェックリスト',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: '表示する一覧',
  elementSummaries: {
    'relief-guide': '「マッサージは役に立ちますか？慢性の痛みのコントロール」のページ全体を1つのタグで。参考資料、安全上の注意、免責事項、見直し日も含まれます。',
    'relief-benefit-list': 'クリニックのページから、慢性の痛みに対してマッサージが期待できることを見出し付きの一覧で示します。',
    'relief-tip-list': 'クリニックのページから実践的なヒント：生活習慣、または施術を最大限に活かす方法。',
    'relief-pain-selector': 'よくある4種類の慢性の痛みをラジオボタンで表示します。患者さんが1つ選ぶと、マッサージがどう役立つ可能性があるかがわかります。フォーム対応：クリニックの問診フォームの中で使えます。',
    'relief-therapist-checklist': '痛みのコントロールに詳しいマッサージセラピストの選び方を、進み具合とリセット付きのチェックリストで示します。フォーム対応：チェックされた各 id は `name` の名前で送信されます。チェックはページ内だけに残り、クリニックが `persist` で有効にしない限り何も保存されません。',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': '表示する一覧：主なメリット（既定）、マッサージが痛みの緩和を助けるしくみ、またはまとめの要約。不明な値の場合は警告を出し、主なメリットを表示します。',
    'relief-tip-list': '表示するヒント：生活習慣（既定）または施術。不明な値の場合は警告を出し、生活習慣のヒントを表示します。',
  } as Record<string, string>,

  sections: 'ガイドのセクション',
  sectionsHint:
    'チェックを外したセクションは表示されません。セクションを移動すると順番を変えられます。安全上の注意、免責事項、見直し日は常に表示されます。',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `「${heading}」を上へ移動`,
  moveDown: (heading: string) => `「${heading}」を下へ移動`,
  moved: (heading: string, position: number, count: number) =>
    `「${heading}」を${String(count)}件中${String(position)}番目に移動しました。`,
  resetSections: 'すべてのセクションを元の順番で表示',
  sectionsReset: 'すべてのセクションを元の順番で表示しています。',
  noSection: 'チェックされたセクションがありません。この場合、ガイドはすべてのセクションを表示します。少なくとも1つにチェックを入れてください。',

  heading: '見出し',
  headingLevel: '見出しのレベル',
  headingLevelHint: (level: number) =>
    `ページの構成に合うレベルを選んでください。ページ自体のタイトル（h1）の下に置く場合は2を選びます。ウィジェットの見出しは h${String(level)} になります。`,
  headingLevelGuideHint: (level: number) => `ガイドの各セクションは1つ下のレベル${String(level + 1)}になります。`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: '見出しのテキスト（任意）',
  headingTextHint: (defaultHeading: string) =>
    `空欄のままにすると「${defaultHeading}」が表示されます（ウィジェットと一緒に翻訳されます）。入力したテキストは、どの言語でも入力したとおりに表示されます。`,

  language: '言語',
  languageFollow: 'ページの言語に合わせる（推奨）',
  languageFollowHint: 'ウィジェットは、置かれた各ページの言語（そのページの <html lang>）で表示されます。17言語に対応しています。',
  languageFixed: '常に1つの言語',
  languageFixedHint: 'ページの言語にかかわらず、ウィジェットは1つの言語で表示されます。',
  languageSelectFollow: 'ページの言語',
  languageSelectFollowHint: 'プレビューとプリレンダリング済み HTML に使われます。',
  languageSelectFixed: '表示する言語',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name}（${tag}）` : `${name} — ${autonym}（${tag}）`),

  dates: '見直し日',
  datesHint:
    'クリニックがこの情報を最後に確認した日と、次に確認する予定日です。元のページの日付を表示する場合は、そのままにしてください。',
  lastUpdated: '最終更新日',
  nextReview: '次回見直し予定日',

  evidence: '根拠に関する注記',
  evidenceShow: '痛みの種類ごとに研究の根拠の強さを出典とともに表示する',
  evidenceHint: '推奨：クリニックの説明の横に、研究でわかっていることが患者さんに示されます。',

  theme: 'テーマ',
  scheme: 'ライトまたはダーク',
  schemePage: 'ページの指定に従う（ページがダークを指定していなければライト）',
  schemeLight: '常にライト',
  schemeDark: '常にダーク',
  schemeVisitor: '閲覧者の設定に合わせる（ライトまたはダーク）',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'ライトモードの色' : 'ダークモードの色'),
  colorNames: { accent: 'アクセント', text: 'テキスト', surface: '面（背景）', border: '枠線' } as Record<string, string>,
  colorHex: (name: string) => `${name}、16進数のカラーコード`,
  colorHexInvalid: '色は # と6桁の16進数で入力してください（例：#7a3e65）。',
  resetColors: '色をリセット',
  radius: '角の丸み（em）',
  radiusHint: 'ウィジェットの角の丸みです。0にすると角ばった形になります。',
  font: 'フォント',
  fontInherit: 'サイトのフォント（継承）',
  fontSans: 'システムのゴシック体（ダウンロード不要）',
  fontSerif: 'システムの明朝体（ダウンロード不要）',
  placement: 'ウィジェットの CSS の置き場所',
  placementSnippet: '埋め込みコードの中（<style> ブロック）',
  placementStylesheet: 'サイトのスタイルシート（コードの下に表示）',
  reserveSpace: 'スクリプトの読み込み中に表示領域を確保する（レイアウトのずれを減らします）',

  scriptLoading: 'スクリプトの読み込み方法',
  source: 'スクリプトの配信元',
  sourceCdn: (version: string) => `jsDelivr の CDN（バージョン ${version} に固定）`,
  sourceSelf: '自分のサイト（セルフホスティング）',
  folder: 'コピーを置いたフォルダー',
  folderHint:
    'パッケージの dist/ フォルダーの中身（relief-widgets.js と、その隣の locales/）をアップロードした場所です。例：/assets/relief-widgets/ や https://static.example.com/relief/。',
  folderInvalid: 'フォルダーは /（サイト内のパス）または https:// で始め、空白、引用符、? や # を含めず、ユーザー名やパスワードも含めないでください。',
  kind: 'スクリプトの種類',
  kindModule: 'ES モジュール（推奨）',
  kindClassic: 'クラシックスクリプト（クラシックスクリプトしか使えないサイト作成サービス向け）',
  rendering: 'コンテンツをページに表示する方法',
  renderingScript: 'スクリプトで描画',
  renderingPrerendered: 'プリレンダリング済み HTML（検索エンジン、リンクのプレビュー、JavaScript を使わない閲覧者にも、ページ内にコンテンツがあります）',

  preview: 'プレビュー',
  previewHint: '実際のウィジェットです。変更するたびに更新されます。',
  previewPrerendered: 'プリレンダリング済み HTML は、スクリプトの実行後は同じ見た目になります。実行前は操作部分が無効の状態で表示されます。',
  previewWidth: '幅',
  previewPhone: 'スマートフォン（390 px）',
  previewDesktop: 'デスクトップ（1280 px）',
  previewAppearance: '外観',
  previewLight: 'ライト',
  previewDark: 'ダーク',
  previewFrame: 'ウィジェットのライブプレビュー',

  output: '作成された埋め込みコード',
  checks: 'コピーする前に',
  noChecks: '確認事項はありません。コードはすぐに使えます。',
  embedCode: '埋め込みコード',
  copy: 'コピー',
  copied: '埋め込みコードをコピーしました。',
  copyFallback: 'ここではコピーが許可されていないため、コードを選択しました。Ctrl+C（Mac では ⌘C）を押してコピーしてください。',
  csp: 'Content-Security-Policy',
  cspHint:
    'サイトが Content-Security-Policy を送信している場合のみ：コードに必要な読み込み元は次のとおりです。ポリシーに追加してください。',
  cspTrustedTypes: 'ポリシーで Trusted Types を強制している場合は、Lit のポリシーも許可してください：',
  htmlElement: 'ページの <html> 要素',
  htmlElementHint: (language: string) =>
    `1つのページの言語はすべてのウィジェットで共通なので、言語はコードではなくページで指定します。常に${language}で表示するには、ページをこの <html> 要素で始めてください。`,
  stylesheet: 'サイトのスタイルシート用の CSS',
  stylesheetHint: 'サイト独自の CSS に追加してください（例：WordPress の「追加 CSS」、Squarespace の「Custom CSS」）。',
  copyCss: 'CSS をコピー',
  copiedCss: 'CSS をコピーしました。',
  copyPolicy: 'ポリシーをコピー',
  copiedPolicy: 'ポリシーをコピーしました。',
  copyHtml: '<html> 要素をコピー',
  copiedHtml: '<html> 要素をコピーしました。',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}：コントラスト比 ${ratio}:1 で、WCAG AA が求める ${minimum}:1 を下回っています。`,
  contrastSuggestion: (name: string, color: string) => `基準を満たす最も近い${name}の色：${color}。`,
  contrastNoSuggestion: 'この色は明るさをどう変えても基準を満たしません。別の色を選んでください。',
  useColor: (color: string) => `${color} を使う`,
  pairNames: {
    'text/surface': '面の上のテキスト',
    'text/surface-raised': '強調部分の上のテキスト',
    'accent/surface': '面の上のアクセント（リンク、マーカー）',
    'accent/surface-raised': '強調部分の上のアクセント',
    'muted/surface': '面の上の補足テキスト',
    'border/surface': '面の上の操作部分の枠線',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair}（${scheme === 'light' ? 'ライト' : 'ダーク'}モード）`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `プリレンダリング済み HTML によってページが ${raw} 増えます${compressed ? `（圧縮後 ${compressed}）` : ''}。その代わり、スクリプトが実行される前からコンテンツがあり、実行されても何も動きません。`,
  prerenderedLanguage: (language: string) =>
    `プリレンダリング済み HTML は${language}です。${language}のページで使ってください。スクリプトの実行後は、ウィジェットはページの言語に従います。`,
  prerenderedVersion: (version: string) =>
    `プリレンダリング済み HTML は、バージョン ${version} の表示内容です。スクリプトは実行時にこれを自身の描画に置き換えるため、更新後はコードを作り直して HTML を最新に保ってください。`,
  prerenderedCommand: '自分でプリレンダリングするには、コードを snippet.html として保存し、次を実行します：',
  prerenderedLoadFailed: 'プレビューをプリレンダリング済み HTML として書き出せなかったため、下のコードはスクリプトで描画されます。',
  layoutShift:
    'ウィジェットが表示されると、その下のページ内容が下にずれます（レイアウトシフト）。スクリプトの読み込み中に表示領域を確保する（「テーマ」）か、プリレンダリング済み HTML を選んでください。',
  reservedSpace: 'スクリプトの読み込み中は表示領域が確保されます。ページがずれるのは、確保した高さと実際の高さの差の分だけです。',
  localeChunk: (size: string) =>
    `英語以外のページでは、スクリプトがその言語のファイル（最大 ${size}）も読み込み、届きしだいテキストを表示します。`,
  scriptWeight: (size: string) => `スクリプトのサイズは、ページ上のすべてのウィジェット合わせて ${size}（圧縮後）で、読み込みは1回だけです。`,
  classicNote: 'クラシックスクリプトには、ページに <meta charset="utf-8"> が必要です。ページの解析後に実行されます（defer）。',
  cdnNote:
    'スクリプトは cdn.jsdelivr.net から配信されます。ページの接続が1つ増え、jsDelivr には閲覧者の IP アドレスが見えます。セルフホスティングすれば、どちらも避けられます。',
  selfHostedNote: 'dist/ フォルダーを丸ごとアップロードしてください。locales/ にある言語ファイルは relief-widgets.js の隣に置いておく必要があります。',
  styleBlockNote:
    'ウィジェットの CSS はコード内の <style> ブロックです。厳格な Content-Security-Policy の下では、ポリシーに表示されているハッシュが必要です。',
  hashUnavailable:
    'このブラウザーでは、ここでスタイルブロックのハッシュを計算できない（https が必要です）ため、下のポリシーにはハッシュが含まれていません。CSS をスタイルシートに置くか、作成ツールを https で開いてください。',
  overdue: (date: string) =>
    `次回見直し予定日（${date}）を過ぎています。閲覧者には、情報が古くなっている可能性があるというお知らせが表示されます。`,
  datesOrder: '次回見直し予定日は、最終更新日より後にしてください。',
  dateInvalid: (label: string) => `「${label}」はウィジェットで表示できない日付です（0100～9999 年）。元のページの日付のままになります。`,
  fontNote: 'システムフォントは閲覧者のデバイスにすでにあるフォントを使うので、ダウンロードは不要です。',

  platforms: '貼り付ける場所',
  platformNames: {
    html: '通常の HTML',
    wordpress: 'WordPress（カスタム HTML ブロック）',
    wix: 'Wix（カスタム要素）',
    squarespace: 'Squarespace（Code ブロック）',
  },
  steps: {
    html: [
      'コンテンツを表示したい場所（<body> の中）に埋め込みコードを貼り付けます。',
      'script タグは1ページに1回で十分です（2回読み込んでも問題はありません）。ウィジェットごとに、それぞれのタグが必要です。',
    ],
    wordpress: [
      'コンテンツを表示したい場所に「カスタム HTML」ブロックを追加します。',
      '埋め込みコードを貼り付けます。',
      '同じページの2つ目以降のブロックには、要素のタグだけで十分です。',
      'WordPress は「設定」→「一般」→「サイトの言語」で <html lang> を設定します。多言語プラグイン（WPML、Polylang）はページごとに設定し、ウィジェットはそれに従います。',
      'WordPress がブロック内の <script> を残すのは、フィルターなしの HTML を投稿できるユーザー（多くのサイトでは管理者）の場合だけです。',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '「追加」→「埋め込み」→「カスタム要素」を選びます。',
      `ソースに「サーバー URL」を選び、${url} を入力します。`,
      `タグ名：${tag}。ウィジェットごとにカスタム要素を1つ追加します（スクリプトは共通です）。`,
      'エディターで、コンテンツが収まる高さに調整します。',
      `ウィジェットが空のままの場合は、代わりにクラシックスクリプトの URL を使ってください：${classicUrl}`,
    ],
    squarespace: [
      'ページを編集して Code ブロックを追加します（スクリプトを含む Code ブロックには、JavaScript が使えるプランが必要です）。',
      '埋め込みコードを貼り付け、「Display Source」はオフのままにします。',
      '複数のページでウィジェットを使うには、<script> の行を「Settings」→「Advanced」→「Code Injection」→「Header」に1回だけ入れ、Code ブロックにはタグだけを入れます。',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Wix のカスタム要素で指定できるのはスクリプトの URL とタグ名だけです。その他の設定（${attributes}）や <style> ブロックには Wix 独自のコード（Velo）が必要で、プリレンダリング済み HTML は使えません。`,
  wixNoHtml: 'Wix のカスタム要素では HTML を指定できないため、プリレンダリング済み HTML は使えません。',
  platformCss: {
    wordpress: 'または、ウィジェットの CSS を「外観」→「カスタマイズ」→「追加 CSS」に入れます。',
    squarespace: 'または、ウィジェットの CSS を「Design」→「Custom CSS」に入れます。',
  },
  platformLanguage: (language: string) =>
    `<html> を編集できない場合に常に${language}で表示するには、サイトの設定で言語を${language}にしてください。ウィジェットはページの <html lang> に従います。`,
  platformPrerendered:
    'プリレンダリング済み HTML は、貼り付けたとおりにブラウザーに届く必要があります。スクリプトで挿入するページ作成ツールでは、プリレンダリングしない場合と同じく、スクリプトがウィジェットを描画します。',
  platformPolicy: 'Content-Security-Policy ヘッダーを送信している場合は、コードの横に表示されているポリシーを追加してください。',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} バイト` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
