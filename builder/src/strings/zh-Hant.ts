/** The builder's interface in Traditional Chinese (Taiwan usage, 您, as Taiwanese web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('zh-Hant', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'zh-Hant',
  documentTitle: '嵌入程式碼產生器 — relief-widgets',
  title: '嵌入程式碼產生器',
  interfaceLanguage: '產生器介面語言',
  interfaceLanguageHint: '只會改變這個頁面，不影響嵌入程式碼。小工具本身的語言請在下方「語言」中設定。',
  intro:
    '選擇要在診所網站上顯示的內容和外觀，查看即時預覽，再把嵌入程式碼複製到您的網頁。一切都在這個頁面中完成：您的選擇不會傳送到任何地方，也不會被儲存。',
  loadingBuilder: '正在載入產生器…',
  loadFailed: (reason: string) => `產生器無法載入資料（${reason}）。請重新載入頁面再試一次。`,
  settings: '設定',
  skipToCode: '跳到嵌入程式碼',

  element: '要嵌入的內容',
  elementHint: '每段嵌入程式碼對應一個小工具；若要另一個小工具，請再貼上一次程式碼。',
  elementNames: {
    'relief-guide': '完整指南',
    'relief-benefit-list': '好處清單',
    'relief-tip-list': '建議清單',
    'relief-pain-selector': '疼痛類型選擇器',
    'relief-therapist-checklist': '治療師挑選檢核表',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: '哪一份清單',
  elementSummaries: {
    'relief-guide': '以一個標籤嵌入整個「按摩有幫助嗎？慢性疼痛控制」頁面，包括延伸資源、安全須知、免責聲明和審閱日期。',
    'relief-benefit-list': '一份有標題的清單，說明按摩對慢性疼痛可能有哪些幫助，內容來自診所網頁。',
    'relief-tip-list': '來自診所網頁的實用建議：生活習慣，或如何充分利用每次療程。',
    'relief-pain-selector': '以選項按鈕群組呈現四種常見的慢性疼痛類型：患者選擇其中一種，就能看到按摩可能帶來的幫助。支援表單：可用在診所的初診表單中。',
    'relief-therapist-checklist': '挑選擅長疼痛控制的按摩治療師時要注意什麼，以附有進度和重設功能的檢核表呈現。支援表單：每個勾選的 id 會以 `name` 送出。勾選狀態只留在頁面上：除非診所以 `persist` 啟用，否則不會儲存任何內容。',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': '哪一份清單：主要好處（預設）、按摩如何幫助緩解疼痛，或總結段落的摘要。未知的值會發出警告並顯示主要好處。',
    'relief-tip-list': '哪一類建議：生活習慣（預設）或療程。未知的值會發出警告並顯示生活習慣建議。',
  } as Record<string, string>,

  sections: '指南的各個段落',
  sectionsHint: '取消勾選某個段落即可不顯示；移動段落可改變順序。安全須知、免責聲明和審閱日期一律顯示。',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `上移「${heading}」`,
  moveDown: (heading: string) => `下移「${heading}」`,
  moved: (heading: string, position: number, count: number) =>
    `「${heading}」已移到第 ${String(position)} 個位置，共 ${String(count)} 個段落。`,
  resetSections: '依原始順序顯示所有段落',
  sectionsReset: '已依原始順序顯示所有段落。',
  noSection: '沒有勾選任何段落：這時指南會顯示全部段落。請至少勾選一個。',

  heading: '標題',
  headingLevel: '標題層級',
  headingLevelHint: (level: number) =>
    `請選擇符合網頁結構的層級：若放在網頁本身的標題（h1）下方，請選 2。小工具的標題會成為 h${String(level)}。`,
  headingLevelGuideHint: (level: number) => `指南的各段落低一個層級，位於第 ${String(level + 1)} 層。`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: '標題文字（選填）',
  headingTextHint: (defaultHeading: string) =>
    `留空即保留「${defaultHeading}」（隨小工具翻譯）。您輸入的文字會依原樣顯示在所有語言中。`,

  language: '語言',
  languageFollow: '跟隨網頁語言（建議）',
  languageFollowHint: '小工具會使用所在網頁的語言（即網頁的 <html lang>），支援 17 種語言。',
  languageFixed: '一律使用同一種語言',
  languageFixedHint: '不論網頁是什麼語言，小工具都只顯示一種語言。',
  languageSelectFollow: '您網頁的語言',
  languageSelectFollowHint: '用於預覽和預先轉譯的 HTML。',
  languageSelectFixed: '顯示的語言',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name}（${tag}）` : `${name} — ${autonym}（${tag}）`),

  dates: '審閱日期',
  datesHint: '您的診所上次檢查這些資訊的時間，以及下次檢查的時間。維持不變即顯示原始網頁的日期。',
  lastUpdated: '最後更新',
  nextReview: '下次審閱日期',

  evidence: '證據說明',
  evidenceShow: '顯示每種疼痛類型的研究證據強度及其來源',
  evidenceHint: '建議：患者可以在診所文字旁看到研究怎麼說。',

  theme: '佈景主題',
  scheme: '淺色或深色',
  schemePage: '依我的網頁宣告（除非您的網頁宣告為深色，否則為淺色）',
  schemeLight: '一律淺色',
  schemeDark: '一律深色',
  schemeVisitor: '跟隨訪客的設定（淺色或深色）',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? '淺色模式的顏色' : '深色模式的顏色'),
  colorNames: { accent: '強調色', text: '文字', surface: '底色（背景）', border: '框線' } as Record<string, string>,
  colorHex: (name: string) => `${name}，十六進位色碼`,
  colorHexInvalid: '請以 # 加上六位十六進位數字表示顏色，例如 #7a3e65。',
  resetColors: '重設顏色',
  radius: '圓角半徑（em）',
  radiusHint: '小工具四個角的圓弧程度；0 代表直角。',
  font: '字型',
  fontInherit: '您網站的字型（沿用）',
  fontSans: '系統無襯線字型（不需下載）',
  fontSerif: '系統襯線字型（不需下載）',
  placement: '小工具 CSS 的位置',
  placementSnippet: '放在嵌入程式碼中（一個 <style> 區塊）',
  placementStylesheet: '放在我網站的樣式表中（顯示在程式碼下方）',
  reserveSpace: '在指令碼載入時預留空間（減少版面位移）',

  scriptLoading: '指令碼的載入方式',
  source: '指令碼的來源',
  sourceCdn: (version: string) => `jsDelivr CDN，固定為 ${version} 版`,
  sourceSelf: '我自己的網站（自行託管）',
  folder: '副本所在的資料夾',
  folderHint:
    '您上傳套件 dist/ 資料夾內容（relief-widgets.js 及旁邊的 locales/）的位置，例如 /assets/relief-widgets/ 或 https://static.example.com/relief/。',
  folderInvalid: '資料夾請以 /（網站上的路徑）或 https:// 開頭，不要有空格、引號、? 或 #，也不要有使用者名稱或密碼。',
  kind: '指令碼類型',
  kindModule: 'ES 模組（建議）',
  kindClassic: '傳統指令碼（適用於只接受傳統指令碼的架站工具）',
  rendering: '內容如何進入網頁',
  renderingScript: '由指令碼轉譯',
  renderingPrerendered: '預先轉譯的 HTML（內容直接在網頁中，供搜尋引擎、連結預覽和未啟用 JavaScript 的訪客使用）',

  preview: '預覽',
  previewHint: '真正的小工具，會隨您的每項變更而更新。',
  previewPrerendered: '指令碼執行後，預先轉譯的 HTML 看起來完全相同；在那之前，控制項會顯示為停用狀態。',
  previewWidth: '寬度',
  previewPhone: '手機（390 px）',
  previewDesktop: '桌機（1280 px）',
  previewAppearance: '外觀',
  previewLight: '淺色',
  previewDark: '深色',
  previewFrame: '小工具即時預覽',

  output: '您的嵌入程式碼',
  checks: '複製前請確認',
  noChecks: '沒有需要確認的項目：程式碼已可使用。',
  embedCode: '嵌入程式碼',
  copy: '複製',
  copied: '已複製嵌入程式碼。',
  copyFallback: '這裡不允許複製，因此已選取程式碼：請按 Ctrl+C（Mac 請按 ⌘C）複製。',
  csp: 'Content-Security-Policy',
  cspHint: '僅在您的網站會傳送 Content-Security-Policy 時需要：以下是程式碼需要的來源。請將它們加入您的政策。',
  cspTrustedTypes: '如果您的政策強制執行 Trusted Types，也請允許 Lit 的政策：',
  htmlElement: '您網頁的 <html> 元素',
  htmlElementHint: (language: string) =>
    `一個網頁的所有小工具共用一種語言，因此語言是在網頁上設定，而不是在程式碼中：請以這個 <html> 元素作為網頁的開頭，小工具就會一律顯示${language}。`,
  stylesheet: '用於網站樣式表的 CSS',
  stylesheetHint: '請將這段程式碼加入您網站自己的 CSS（例如 WordPress 的「附加 CSS」或 Squarespace 的「Custom CSS」）。',
  copyCss: '複製 CSS',
  copiedCss: '已複製 CSS。',
  copyPolicy: '複製政策',
  copiedPolicy: '已複製政策。',
  copyHtml: '複製 <html> 元素',
  copiedHtml: '已複製 <html> 元素。',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}：對比度為 ${ratio}:1，低於 WCAG AA 要求的 ${minimum}:1。`,
  contrastSuggestion: (name: string, color: string) => `最接近且符合標準的${name}：${color}。`,
  contrastNoSuggestion: '這個顏色調成任何亮度都無法符合標準；請選擇其他顏色。',
  useColor: (color: string) => `使用 ${color}`,
  pairNames: {
    'text/surface': '底色上的文字',
    'text/surface-raised': '醒目區域上的文字',
    'accent/surface': '底色上的強調色（連結、標記）',
    'accent/surface-raised': '醒目區域上的強調色',
    'muted/surface': '底色上的次要文字',
    'border/surface': '底色上的控制項框線',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair}（${scheme === 'light' ? '淺色' : '深色'}模式）`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `預先轉譯的 HTML 會讓網頁增加 ${raw}${compressed ? `（壓縮後 ${compressed}）` : ''}，網頁會變大；換來的是內容在任何指令碼執行前就已存在，指令碼執行時也不會有任何移動。`,
  prerenderedLanguage: (language: string) =>
    `預先轉譯的 HTML 是${language}：請用在${language}網頁上。指令碼執行後，小工具會跟隨網頁的語言。`,
  prerenderedVersion: (version: string) =>
    `預先轉譯的 HTML 顯示的是 ${version} 版的內容；指令碼會以自己轉譯的內容取代它，因此更新後請重新產生程式碼，讓 HTML 保持最新。`,
  prerenderedCommand: '若要自行預先轉譯，請將程式碼儲存為 snippet.html 並執行：',
  prerenderedLoadFailed: '無法將預覽輸出為預先轉譯的 HTML，因此下方的程式碼由指令碼轉譯。',
  layoutShift: '小工具出現時，下方的網頁內容會往下移（版面位移）。請在指令碼載入時預留空間（見「佈景主題」），或選擇預先轉譯的 HTML。',
  reservedSpace: '指令碼載入時會預留空間；網頁只會移動預留高度與實際高度之間的差距。',
  localeChunk: (size: string) => `在非英文網頁上，指令碼還會載入該語言的檔案（最多 ${size}），檔案到達後即顯示文字。`,
  scriptWeight: (size: string) => `指令碼大小為 ${size}（壓縮後），由網頁上所有小工具共用，只載入一次。`,
  classicNote: '傳統指令碼需要網頁中有 <meta charset="utf-8">；它會在網頁剖析完成後執行（defer）。',
  cdnNote:
    '指令碼來自 cdn.jsdelivr.net：網頁會多一個連線，而且 jsDelivr 能看到您訪客的 IP 位址。自行託管就能避免這兩點。',
  selfHostedNote: '請上傳整個 dist/ 資料夾：locales/ 中的語言檔案必須與 relief-widgets.js 放在一起。',
  styleBlockNote: '小工具的 CSS 是程式碼中的一個 <style> 區塊：在嚴格的 Content-Security-Policy 下，它需要政策中顯示的雜湊值。',
  hashUnavailable:
    '這個瀏覽器無法在此計算樣式區塊的雜湊值（需要 https），因此下方的政策缺少該值：請改將 CSS 放入樣式表，或透過 https 開啟產生器。',
  overdue: (date: string) => `下次審閱日期（${date}）已過：訪客會看到資訊可能已過時的提醒。`,
  datesOrder: '下次審閱日期應晚於最後更新日期。',
  dateInvalid: (label: string) => `「${label}」不是小工具能顯示的日期（年份 0100 至 9999）：將保留原始網頁的日期。`,
  fontNote: '系統字型使用訪客裝置上已有的字型：不需要下載。',

  platforms: '要貼在哪裡',
  platformNames: {
    html: '一般 HTML',
    wordpress: 'WordPress（自訂 HTML 區塊）',
    wix: 'Wix（自訂元素）',
    squarespace: 'Squarespace（Code 區塊）',
  },
  steps: {
    html: [
      '將嵌入程式碼貼到 <body> 內要顯示內容的位置。',
      '每個網頁只需要一個 script 標籤；載入兩次也無妨。每個小工具都需要自己的標籤。',
    ],
    wordpress: [
      '在要顯示內容的位置新增一個「自訂 HTML」區塊。',
      '貼上嵌入程式碼。',
      '同一個網頁上的其他區塊只需要元素的標籤。',
      'WordPress 在「設定」→「一般」→「網站介面語言」中設定 <html lang>；多語言外掛（WPML、Polylang）會為每個網頁分別設定，小工具會隨之改變。',
      'WordPress 只會為有權發佈未經過濾 HTML 的使用者（多數網站上是管理員）保留區塊中的 <script>。',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '「新增」→「嵌入程式碼」→「自訂元素」。',
      `來源選擇「伺服器 URL」，並輸入 ${url}`,
      `標籤名稱：${tag}。每個小工具新增一個自訂元素；它們共用指令碼。`,
      '在編輯器中調整高度，讓內容放得下。',
      `如果小工具一直是空的，請改用傳統指令碼的 URL：${classicUrl}`,
    ],
    squarespace: [
      '編輯網頁並新增一個 Code 區塊（含指令碼的 Code 區塊需要允許 JavaScript 的方案）。',
      '貼上嵌入程式碼；讓「Display Source」保持關閉。',
      '若要在多個網頁使用小工具，請將 <script> 這一行只放一次到「Settings」→「Advanced」→「Code Injection」→「Header」，Code 區塊中只放標籤。',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Wix 的自訂元素只接受指令碼 URL 和標籤名稱：您的其他選擇（${attributes}）和 <style> 區塊需要 Wix 自己的程式碼（Velo），而且在那裡無法使用預先轉譯的 HTML。`,
  wixNoHtml: '預先轉譯的 HTML 無法用在 Wix 的自訂元素中：它不接受 HTML。',
  platformCss: {
    wordpress: '或是將小工具的 CSS 放到「外觀」→「自訂」→「附加 CSS」。',
    squarespace: '或是將小工具的 CSS 放到「Design」→「Custom CSS」。',
  },
  platformLanguage: (language: string) =>
    `如果無法編輯 <html>，又要一律顯示${language}，請在網站設定中將網站語言設為${language}：小工具會跟隨網頁的 <html lang>。`,
  platformPrerendered:
    '預先轉譯的 HTML 必須依您貼上的樣子送達瀏覽器：如果架站工具用指令碼插入它，就會像沒有預先轉譯一樣，由指令碼轉譯小工具。',
  platformPolicy: '如果您會傳送 Content-Security-Policy 標頭，請加入程式碼旁顯示的政策。',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} 位元組` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
