/** The builder's interface in Simplified Chinese (您, as Chinese web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('zh-Hans', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'zh-Hans',
  documentTitle: '嵌入代码生成器 — relief-widgets',
  title: '嵌入代码生成器',
  interfaceLanguage: '生成器界面语言',
  interfaceLanguageHint: '只改变本页面，不影响嵌入代码。小组件本身的语言请在下方“语言”中设置。',
  intro:
    '选择要在诊所网站上显示的内容及其外观，查看实时预览，然后把嵌入代码复制到您的网页中。一切都在本页面内完成：您所做的选择不会发送到任何地方，也不会被保存。',
  loadingBuilder: '正在加载生成器…',
  loadFailed: (reason: string) => `生成器无法加载数据（${reason}）。请刷新页面重试。`,
  settings: '设置',
  skipToCode: '跳到嵌入代码',

  element: '要嵌入的内容',
  elementHint: '每段嵌入代码对应一个小组件；如需另一个小组件，请再粘贴一次代码。',
  elementNames: {
    'relief-guide': '完整指南',
    'relief-benefit-list': '益处列表',
    'relief-tip-list': '建议列表',
    'relief-pain-selector': '疼痛类型选择器',
    'relief-therapist-checklist': '治疗师挑选清单',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: '哪个列表',
  elementSummaries: {
    'relief-guide': '用一个标签嵌入整个“按摩能帮上忙吗？慢性疼痛管理”页面，包括更多资源、安全须知、免责声明和审核日期。',
    'relief-benefit-list': '一个带标题的列表，说明按摩对慢性疼痛可能有哪些帮助，内容来自诊所网页。',
    'relief-tip-list': '来自诊所网页的实用建议：生活习惯，或如何充分利用每次按摩。',
    'relief-pain-selector': '以单选按钮组呈现四种常见慢性疼痛类型：患者选择其中一种，即可看到按摩可能带来的帮助。支持表单：可在诊所的接诊表单中使用。',
    'relief-therapist-checklist': '挑选擅长疼痛管理的按摩治疗师时要注意什么，以带进度和重置功能的清单呈现。支持表单：每个勾选的 id 以 `name` 提交。勾选状态只保留在页面中：除非诊所用 `persist` 开启，否则不会保存任何内容。',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': '哪个列表：主要益处（默认）、按摩如何帮助缓解疼痛，或总结部分的摘要。未知的值会发出警告并显示主要益处。',
    'relief-tip-list': '哪类建议：生活方式（默认）或按摩时。未知的值会发出警告并显示生活方式建议。',
  } as Record<string, string>,

  sections: '指南的各个部分',
  sectionsHint: '取消勾选某个部分即可不显示；移动各部分可改变顺序。安全须知、免责声明和审核日期始终显示。',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `上移“${heading}”`,
  moveDown: (heading: string) => `下移“${heading}”`,
  moved: (heading: string, position: number, count: number) =>
    `“${heading}”已移到第 ${String(position)} 位，共 ${String(count)} 个部分。`,
  resetSections: '按原始顺序显示所有部分',
  sectionsReset: '已按原始顺序显示所有部分。',
  noSection: '没有勾选任何部分：此时指南会显示全部内容。请至少勾选一项。',

  heading: '标题',
  headingLevel: '标题级别',
  headingLevelHint: (level: number) =>
    `请选择符合网页结构的级别：如果放在网页自身的标题（h1）下面，请选 2。小组件的标题将成为 h${String(level)}。`,
  headingLevelGuideHint: (level: number) => `指南的各个部分低一级，为第 ${String(level + 1)} 级。`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: '标题文字（可选）',
  headingTextHint: (defaultHeading: string) =>
    `留空则保留“${defaultHeading}”（随小组件翻译）。您输入的文字会按原样显示在所有语言中。`,

  language: '语言',
  languageFollow: '跟随网页语言（推荐）',
  languageFollowHint: '小组件使用所在网页的语言（即网页的 <html lang>），支持 17 种语言。',
  languageFixed: '始终使用同一种语言',
  languageFixedHint: '无论网页是什么语言，小组件都只显示一种语言。',
  languageSelectFollow: '您网页的语言',
  languageSelectFollowHint: '用于预览和预渲染的 HTML。',
  languageSelectFixed: '显示的语言',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name}（${tag}）` : `${name} — ${autonym}（${tag}）`),

  dates: '审核日期',
  datesHint: '您的诊所上次核对这些信息的时间，以及下次核对的时间。保持不变则显示原网页的日期。',
  lastUpdated: '最后更新',
  nextReview: '下次审核日期',

  evidence: '证据说明',
  evidenceShow: '显示每种疼痛类型的研究证据强度及其来源',
  evidenceHint: '推荐：患者可以在诊所文字旁边看到研究结论。',

  theme: '主题',
  scheme: '浅色或深色',
  schemePage: '按我的网页声明（除非您的网页声明为深色，否则为浅色）',
  schemeLight: '始终浅色',
  schemeDark: '始终深色',
  schemeVisitor: '跟随访客的设置（浅色或深色）',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? '浅色模式下的颜色' : '深色模式下的颜色'),
  colorNames: { accent: '强调色', text: '文字', surface: '底色（背景）', border: '边框' } as Record<string, string>,
  colorHex: (name: string) => `${name}，十六进制代码`,
  colorHexInvalid: '请用 # 加六位十六进制数字表示颜色，例如 #7a3e65。',
  resetColors: '重置颜色',
  radius: '圆角半径（em）',
  radiusHint: '小组件四角的圆润程度；0 表示直角。',
  font: '字体',
  fontInherit: '您网站的字体（继承）',
  fontSans: '系统无衬线字体（无需下载）',
  fontSerif: '系统衬线字体（无需下载）',
  placement: '小组件 CSS 的位置',
  placementSnippet: '放在嵌入代码中（一个 <style> 块）',
  placementStylesheet: '放在我网站的样式表中（显示在代码下方）',
  reserveSpace: '脚本加载时预留空间（减少布局偏移）',

  scriptLoading: '脚本加载方式',
  source: '脚本来源',
  sourceCdn: (version: string) => `jsDelivr CDN，固定为 ${version} 版`,
  sourceSelf: '我自己的网站（自托管）',
  folder: '副本所在的文件夹',
  folderHint:
    '您上传软件包 dist/ 文件夹内容（relief-widgets.js 及其旁边的 locales/）的位置，例如 /assets/relief-widgets/ 或 https://static.example.com/relief/。',
  folderInvalid: '文件夹请以 /（网站上的路径）或 https:// 开头，不要包含空格、引号、? 或 #，也不要包含用户名或密码。',
  kind: '脚本类型',
  kindModule: 'ES 模块（推荐）',
  kindClassic: '传统脚本（适用于只接受传统脚本的建站工具）',
  rendering: '内容如何进入网页',
  renderingScript: '由脚本渲染',
  renderingPrerendered: '预渲染的 HTML（内容直接在网页中，便于搜索引擎、链接预览和未启用 JavaScript 的访客）',

  preview: '预览',
  previewHint: '真实的小组件，随您的每次更改而更新。',
  previewPrerendered: '脚本运行后，预渲染的 HTML 看起来完全一样；在此之前，控件显示为不可用状态。',
  previewWidth: '宽度',
  previewPhone: '手机（390 px）',
  previewDesktop: '桌面（1280 px）',
  previewAppearance: '外观',
  previewLight: '浅色',
  previewDark: '深色',
  previewFrame: '小组件实时预览',

  output: '您的嵌入代码',
  checks: '复制前请检查',
  noChecks: '没有需要检查的内容：代码已就绪。',
  embedCode: '嵌入代码',
  copy: '复制',
  copied: '已复制嵌入代码。',
  copyFallback: '此处不允许复制，因此已选中代码：请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  csp: 'Content-Security-Policy',
  cspHint: '仅当您的网站发送 Content-Security-Policy 时需要：以下是代码需要的来源。请将其添加到您的策略中。',
  cspTrustedTypes: '如果您的策略强制执行 Trusted Types，还需允许 Lit 的策略：',
  htmlElement: '您网页的 <html> 元素',
  htmlElementHint: (language: string) =>
    `一个网页的所有小组件共用一种语言，因此语言在网页上设置，而不是在代码中：请用这个 <html> 元素作为网页的开头，小组件就会始终显示${language}。`,
  stylesheet: '用于网站样式表的 CSS',
  stylesheetHint: '请把这段代码添加到您网站自己的 CSS 中（例如 WordPress 的“额外 CSS”或 Squarespace 的“Custom CSS”）。',
  copyCss: '复制 CSS',
  copiedCss: '已复制 CSS。',
  copyPolicy: '复制策略',
  copiedPolicy: '已复制策略。',
  copyHtml: '复制 <html> 元素',
  copiedHtml: '已复制 <html> 元素。',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}：对比度为 ${ratio}:1，低于 WCAG AA 要求的 ${minimum}:1。`,
  contrastSuggestion: (name: string, color: string) => `最接近且达标的${name}：${color}。`,
  contrastNoSuggestion: '这个颜色调到任何亮度都无法达标；请选择其他颜色。',
  useColor: (color: string) => `使用 ${color}`,
  pairNames: {
    'text/surface': '底色上的文字',
    'text/surface-raised': '突出区域上的文字',
    'accent/surface': '底色上的强调色（链接、标记）',
    'accent/surface-raised': '突出区域上的强调色',
    'muted/surface': '底色上的次要文字',
    'border/surface': '底色上的控件边框',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair}（${scheme === 'light' ? '浅色' : '深色'}模式）`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `预渲染的 HTML 会让网页增加 ${raw}${compressed ? `（压缩后 ${compressed}）` : ''}，网页会更大；但作为交换，内容在任何脚本运行之前就已存在，脚本运行时也不会有任何移动。`,
  prerenderedLanguage: (language: string) =>
    `预渲染的 HTML 是${language}的：请在${language}网页上使用。脚本运行后，小组件会跟随网页的语言。`,
  prerenderedVersion: (version: string) =>
    `预渲染的 HTML 显示的是 ${version} 版的内容；脚本会用自己渲染的内容替换它，因此更新后请重新生成代码，使 HTML 保持最新。`,
  prerenderedCommand: '如需自行预渲染，请将代码保存为 snippet.html 并运行：',
  prerenderedLoadFailed: '无法将预览输出为预渲染的 HTML，因此下面的代码由脚本渲染。',
  layoutShift: '小组件出现时，下方的网页内容会向下移动（布局偏移）。请在脚本加载时预留空间（见“主题”），或选择预渲染的 HTML。',
  reservedSpace: '脚本加载时会预留空间；网页只会移动预留高度与实际高度之差。',
  localeChunk: (size: string) => `在非英语网页上，脚本还会加载该语言的文件（最大 ${size}），文件到达后即显示文字。`,
  scriptWeight: (size: string) => `脚本大小为 ${size}（压缩后），网页上的所有小组件共用，只加载一次。`,
  classicNote: '传统脚本要求网页中有 <meta charset="utf-8">；它在网页解析完成后运行（defer）。',
  cdnNote:
    '脚本来自 cdn.jsdelivr.net：网页会多一个连接，而且 jsDelivr 能看到您访客的 IP 地址。自托管可以避免这两点。',
  selfHostedNote: '请上传整个 dist/ 文件夹：locales/ 中的语言文件必须与 relief-widgets.js 放在一起。',
  styleBlockNote: '小组件的 CSS 是代码中的一个 <style> 块：在严格的 Content-Security-Policy 下，它需要策略中显示的哈希值。',
  hashUnavailable:
    '此浏览器无法在这里计算样式块的哈希值（需要 https），因此下面的策略中缺少该值：请改为将 CSS 放入样式表，或通过 https 打开生成器。',
  overdue: (date: string) => `下次审核日期（${date}）已过：访客会看到信息可能已过时的提示。`,
  datesOrder: '下次审核日期应晚于最后更新日期。',
  dateInvalid: (label: string) => `“${label}”不是小组件能显示的日期（年份 0100 至 9999）：将保留原网页的日期。`,
  fontNote: '系统字体使用访客设备上已有的字体：无需下载。',

  platforms: '粘贴到哪里',
  platformNames: {
    html: '普通 HTML',
    wordpress: 'WordPress（自定义 HTML 区块）',
    wix: 'Wix（自定义元素）',
    squarespace: 'Squarespace（Code 区块）',
  },
  steps: {
    html: [
      '将嵌入代码粘贴到 <body> 内需要显示内容的位置。',
      '每个网页只需一个 script 标签；加载两次也没有影响。每个小组件需要自己的标签。',
    ],
    wordpress: [
      '在需要显示内容的位置添加一个“自定义 HTML”区块。',
      '粘贴嵌入代码。',
      '同一网页上的其他区块只需元素的标签。',
      'WordPress 在“设置”→“常规”→“站点语言”中设置 <html lang>；多语言插件（WPML、Polylang）会为每个网页分别设置，小组件会随之变化。',
      'WordPress 只为有权发布未过滤 HTML 的用户（大多数网站上是管理员）保留区块中的 <script>。',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '“添加”→“嵌入代码”→“自定义元素”。',
      `来源选择“服务器 URL”，并输入 ${url}`,
      `标签名称：${tag}。每个小组件添加一个自定义元素；它们共用脚本。`,
      '在编辑器中调整高度，使其容纳内容。',
      `如果小组件一直为空，请改用传统脚本的 URL：${classicUrl}`,
    ],
    squarespace: [
      '编辑网页并添加一个 Code 区块（包含脚本的 Code 区块需要允许 JavaScript 的套餐）。',
      '粘贴嵌入代码；保持“Display Source”关闭。',
      '如需在多个网页上使用小组件，请把 <script> 这一行只放一次到“Settings”→“Advanced”→“Code Injection”→“Header”，Code 区块中只放标签。',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Wix 的自定义元素只接受脚本 URL 和标签名称：您的其他选择（${attributes}）和 <style> 块需要 Wix 自己的代码（Velo），而且那里无法使用预渲染的 HTML。`,
  wixNoHtml: '预渲染的 HTML 无法用于 Wix 的自定义元素：它不接受 HTML。',
  platformCss: {
    wordpress: '或者把小组件的 CSS 放到“外观”→“自定义”→“额外 CSS”中。',
    squarespace: '或者把小组件的 CSS 放到“Design”→“Custom CSS”中。',
  },
  platformLanguage: (language: string) =>
    `如果无法编辑 <html>，又要始终显示${language}，请在网站设置中把网站语言设为${language}：小组件跟随网页的 <html lang>。`,
  platformPrerendered:
    '预渲染的 HTML 必须按您粘贴的样子到达浏览器：如果建站工具用脚本插入它，就会像没有预渲染一样，由脚本来渲染小组件。',
  platformPolicy: '如果您发送 Content-Security-Policy 标头，请添加代码旁显示的策略。',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} 字节` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
