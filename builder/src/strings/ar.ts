/** The builder's interface in Arabic (Modern Standard Arabic, addressing the site owner directly, as Arabic web services do). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('ar', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'ar',
  documentTitle: 'منشئ رمز التضمين — relief-widgets',
  title: 'منشئ رمز التضمين',
  interfaceLanguage: 'لغة المنشئ',
  interfaceLanguageHint: 'تغيّر هذه الصفحة فقط، لا رمز التضمين. أما لغة الأداة نفسها فتُحدَّد أدناه في «اللغة».',
  intro:
    'اختر ما تريد عرضه على موقع عيادتك وكيف يبدو، وتحقّق من المعاينة المباشرة، ثم انسخ رمز التضمين إلى صفحتك. كل شيء يجري في هذه الصفحة: لا يُرسَل أيّ شيء تختاره إلى أيّ مكان ولا يُحفَظ.',
  loadingBuilder: 'جارٍ تحميل المنشئ…',
  loadFailed: (reason: string) => `تعذّر على المنشئ تحميل بياناته (${reason}). أعد تحميل الصفحة للمحاولة مرة أخرى.`,
  settings: 'الإعدادات',
  skipToCode: 'انتقل إلى رمز التضمين',

  element: 'ما الذي تريد تضمينه',
  elementHint: 'أداة واحدة لكل رمز تضمين؛ الصق الرمز مرة أخرى لأداة أخرى.',
  elementNames: {
    'relief-guide': 'الدليل كاملًا',
    'relief-benefit-list': 'قائمة بالفوائد',
    'relief-tip-list': 'قائمة بالنصائح',
    'relief-pain-selector': 'اختيار نوع الألم',
    'relief-therapist-checklist': 'قائمة التحقق لاختيار المعالج',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'أيّ قائمة',
  elementSummaries: {
    'relief-guide': 'صفحة «هل يمكن أن يساعد التدليك؟ إدارة الألم المزمن» كاملةً في وسم واحد، مع مصادر إضافية وملاحظة السلامة وإخلاء المسؤولية وتواريخ المراجعة.',
    'relief-benefit-list': 'قائمة بعنوان تعرض ما قد يقدّمه التدليك للألم المزمن، من صفحة العيادة.',
    'relief-tip-list': 'نصائح عملية من صفحة العيادة: عادات نمط الحياة، أو كيف تستفيد أكبر استفادة من الجلسة.',
    'relief-pain-selector': 'أنواع الألم المزمن الأربعة الشائعة في مجموعة أزرار اختيار: يختار المريض نوعًا ويرى كيف قد يساعد التدليك فيه. يعمل مع النماذج: يمكن استخدامه داخل نموذج استقبال المرضى في العيادة.',
    'relief-therapist-checklist': 'ما الذي تبحث عنه في معالج التدليك المتخصص في إدارة الألم، في قائمة تحقق مع مؤشر تقدّم وزر لإعادة التعيين. يعمل مع النماذج: يُرسَل كل id محدَّد تحت الاسم `name`. تبقى علامات التحديد في الصفحة: لا يُحفَظ شيء ما لم تفعّل العيادة ذلك بـ `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'أيّ قائمة: الفوائد الرئيسية (الافتراضية)، أو كيف يُسهم التدليك في التخفيف، أو ملخص الخلاصة. القيمة غير المعروفة تُظهر تحذيرًا وتعرض الفوائد الرئيسية.',
    'relief-tip-list': 'أيّ نصائح: نمط الحياة (الافتراضية) أو الجلسة. القيمة غير المعروفة تُظهر تحذيرًا وتعرض نصائح نمط الحياة.',
  } as Record<string, string>,

  sections: 'أقسام الدليل',
  sectionsHint: 'ألغِ تحديد قسم لإخفائه، وحرّك الأقسام لتغيير ترتيبها. تظهر ملاحظة السلامة وإخلاء المسؤولية وتواريخ المراجعة دائمًا.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `نقل «${heading}» إلى الأعلى`,
  moveDown: (heading: string) => `نقل «${heading}» إلى الأسفل`,
  moved: (heading: string, position: number, count: number) => `نُقل «${heading}» إلى الموضع ${String(position)} من ${String(count)}.`,
  resetSections: 'إظهار كل الأقسام بترتيبها الأصلي',
  sectionsReset: 'تظهر كل الأقسام الآن بترتيبها الأصلي.',
  noSection: 'لم يُحدَّد أيّ قسم، وفي هذه الحالة يعرض الدليل الأقسام كلها. حدّد قسمًا واحدًا على الأقل.',

  heading: 'العنوان',
  headingLevel: 'مستوى العنوان',
  headingLevelHint: (level: number) =>
    `اختر المستوى الذي يناسب بنية صفحتك: تحت عنوان الصفحة نفسها (h1) اختر 2. يصبح عنوان الأداة h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `تأتي أقسام الدليل في المستوى الذي يليه، أي المستوى ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'نص العنوان (اختياري)',
  headingTextHint: (defaultHeading: string) =>
    `اتركه فارغًا للإبقاء على «${defaultHeading}» (يُترجَم مع الأداة). يظهر نصّك كما تكتبه، في كل اللغات.`,

  language: 'اللغة',
  languageFollow: 'اتباع لغة الصفحة (مستحسن)',
  languageFollowHint: 'تعرض الأداة لغة كل صفحة توضع فيها (سمة <html lang> الخاصة بها)، بـ 17 لغة.',
  languageFixed: 'لغة واحدة دائمًا',
  languageFixedHint: 'تعرض الأداة لغة واحدة أيًّا كانت لغة الصفحة.',
  languageSelectFollow: 'لغة صفحتك',
  languageSelectFollowHint: 'تستخدمها المعاينة و‏HTML المعروض مسبقًا.',
  languageSelectFixed: 'اللغة المعروضة',
  // A right-to-left mark before the tag, so that a Latin autonym and its tag do not run together left to right.
  languageName: (name: string, autonym: string, tag: string) =>
    name === autonym ? `${name} \u200f(${tag})` : `${name} — ${autonym} \u200f(${tag})`,

  dates: 'تواريخ المراجعة',
  datesHint: 'متى راجعت عيادتك هذه المعلومات آخر مرة، ومتى ستراجعها مجددًا. اتركها كما هي لعرض تواريخ الصفحة الأصلية.',
  lastUpdated: 'آخر تحديث',
  nextReview: 'موعد المراجعة القادمة',

  evidence: 'ملاحظات الأدلة',
  evidenceShow: 'عرض مدى قوة الأبحاث لكل نوع من أنواع الألم، مع مصادرها',
  evidenceHint: 'مستحسن: يرى المرضى ما تقوله الأبحاث إلى جانب نص العيادة.',

  theme: 'السمة',
  scheme: 'فاتح أو داكن',
  schemePage: 'كما تحدّد صفحتي (فاتح ما لم تحدّد صفحتك الوضع الداكن)',
  schemeLight: 'فاتح دائمًا',
  schemeDark: 'داكن دائمًا',
  schemeVisitor: 'حسب إعداد الزائر (فاتح أو داكن)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'الألوان في الوضع الفاتح' : 'الألوان في الوضع الداكن'),
  colorNames: { accent: 'لون التمييز', text: 'النص', surface: 'السطح (الخلفية)', border: 'الحدود' } as Record<string, string>,
  colorHex: (name: string) => `${name}، الرمز الست عشري`,
  colorHexInvalid: 'اكتب اللون على شكل # متبوعة بستة أرقام ست عشرية، مثل #7a3e65.',
  resetColors: 'إعادة تعيين الألوان',
  radius: 'استدارة الزوايا (em)',
  radiusHint: 'مقدار استدارة زوايا الأداة؛ 0 لزوايا قائمة.',
  font: 'الخط',
  fontInherit: 'خط موقعك (موروث)',
  fontSans: 'خط النظام بلا زوائد (دون تنزيل)',
  fontSerif: 'خط النظام بزوائد (دون تنزيل)',
  placement: 'أين يوضع CSS الأداة',
  placementSnippet: 'في رمز التضمين (كتلة <style>)',
  placementStylesheet: 'في ورقة أنماط موقعي (يظهر تحت الرمز)',
  reserveSpace: 'حجز مساحة أثناء تحميل البرنامج النصي (تحرّك أقل للتخطيط)',

  scriptLoading: 'طريقة تحميل البرنامج النصي',
  source: 'مصدر البرنامج النصي',
  sourceCdn: (version: string) => `شبكة jsDelivr لتوصيل المحتوى (CDN)، مثبّتة على الإصدار ${version}`,
  sourceSelf: 'موقعي الخاص (استضافة ذاتية)',
  folder: 'مجلد نسختك',
  folderHint:
    'المكان الذي رفعت إليه محتويات مجلد dist/ من الحزمة (relief-widgets.js ومعه locales/ بجانبه)، مثل /assets/relief-widgets/ أو https://static.example.com/relief/.',
  folderInvalid: 'ابدأ المجلد بـ / (مسار في موقعك) أو بـ https://، دون مسافات أو علامات اقتباس أو ? أو #، ودون اسم مستخدم أو كلمة مرور.',
  kind: 'نوع البرنامج النصي',
  kindModule: 'وحدة ES (مستحسن)',
  kindClassic: 'برنامج نصي تقليدي (لأدوات إنشاء المواقع التي لا تقبل إلا البرامج النصية التقليدية)',
  rendering: 'كيف يصل المحتوى إلى الصفحة',
  renderingScript: 'يعرضه البرنامج النصي',
  renderingPrerendered: 'HTML معروض مسبقًا (المحتوى موجود في الصفحة لمحركات البحث ومعاينات الروابط والزوار الذين لا يستخدمون JavaScript)',

  preview: 'المعاينة',
  previewHint: 'الأداة الحقيقية، تتحدّث مع كل تغيير تجريه.',
  previewPrerendered: 'يبدو HTML المعروض مسبقًا بالشكل نفسه بعد تشغيل البرنامج النصي؛ وقبل ذلك تظهر عناصر التحكم غير نشطة.',
  previewWidth: 'العرض',
  previewPhone: 'هاتف (390 px)',
  previewDesktop: 'حاسوب مكتبي (1280 px)',
  previewAppearance: 'المظهر',
  previewLight: 'فاتح',
  previewDark: 'داكن',
  previewFrame: 'معاينة مباشرة للأداة',

  output: 'رمز التضمين الخاص بك',
  checks: 'قبل النسخ',
  noChecks: 'لا شيء يحتاج إلى تحقّق: الرمز جاهز.',
  embedCode: 'رمز التضمين',
  copy: 'نسخ',
  copied: 'نُسخ رمز التضمين.',
  copyFallback: 'النسخ غير مسموح به هنا، لذلك حُدِّد الرمز: اضغط Ctrl+C (أو ⌘C على جهاز Mac) لنسخه.',
  csp: 'Content-Security-Policy',
  cspHint: 'فقط إذا كان موقعك يرسل Content-Security-Policy: هذه هي المصادر التي يحتاجها الرمز. أضفها إلى سياستك.',
  cspTrustedTypes: 'إذا كانت سياستك تفرض Trusted Types، فاسمح أيضًا بسياسة Lit:',
  htmlElement: 'عنصر <html> في صفحتك',
  htmlElementHint: (language: string) =>
    `للصفحة لغة واحدة لكل أدواتها، لذا تُحدَّد اللغة في الصفحة لا في الرمز: ابدأ صفحتك بعنصر <html> هذا لعرض ${language} دائمًا.`,
  stylesheet: 'CSS لورقة أنماط موقعك',
  stylesheetHint: 'أضف هذا إلى CSS موقعك (مثل «CSS إضافي» في WordPress أو «Custom CSS» في Squarespace).',
  copyCss: 'نسخ CSS',
  copiedCss: 'نُسخ CSS.',
  copyPolicy: 'نسخ السياسة',
  copiedPolicy: 'نُسخت السياسة.',
  copyHtml: 'نسخ عنصر <html>',
  copiedHtml: 'نُسخ عنصر <html>.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: التباين ${ratio}:1، أقل من ${minimum}:1 الذي تشترطه WCAG AA.`,
  contrastSuggestion: (name: string, color: string) => `أقرب قيمة مقبولة لـ«${name}»: ${color}.`,
  contrastNoSuggestion: 'لا توجد درجة سطوع لهذا اللون تحقق الشرط؛ اختر لونًا آخر.',
  useColor: (color: string) => `استخدام ${color}`,
  pairNames: {
    'text/surface': 'النص على السطح',
    'text/surface-raised': 'النص على المناطق المميّزة',
    'accent/surface': 'لون التمييز (الروابط والعلامات) على السطح',
    'accent/surface-raised': 'لون التمييز على المناطق المميّزة',
    'muted/surface': 'النص الثانوي على السطح',
    'border/surface': 'حدود عناصر التحكم على السطح',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (الوضع ${scheme === 'light' ? 'الفاتح' : 'الداكن'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `يضيف HTML المعروض مسبقًا ${raw} إلى صفحتك${compressed ? ` (${compressed} بعد الضغط)` : ''}، فتصبح الصفحة أثقل؛ وفي المقابل يكون المحتوى موجودًا قبل تشغيل أيّ برنامج نصي، ولا يتحرّك شيء عند تشغيله.`,
  prerenderedLanguage: (language: string) =>
    `HTML المعروض مسبقًا باللغة ${language}: استخدمه في صفحة باللغة ${language}. بعد تشغيل البرنامج النصي تتبع الأداة لغة الصفحة.`,
  prerenderedVersion: (version: string) =>
    `يعرض HTML المعروض مسبقًا ما يعرضه الإصدار ${version}؛ ويستبدله البرنامج النصي بما يعرضه هو، لذا أعد إنشاء الرمز بعد التحديث ليبقى HTML محدَّثًا.`,
  prerenderedCommand: 'لعرضه مسبقًا بنفسك، احفظ الرمز باسم snippet.html وشغّل:',
  prerenderedLoadFailed: 'تعذّر تحويل المعاينة إلى HTML معروض مسبقًا، لذا فالرمز أدناه يعرضه البرنامج النصي.',
  layoutShift:
    'يتحرّك ما تحت الأداة في الصفحة إلى الأسفل عند ظهورها (إزاحة التخطيط). احجز مساحة أثناء تحميل البرنامج النصي (في «السمة») أو اختر HTML معروضًا مسبقًا.',
  reservedSpace: 'تُحجَز مساحة أثناء تحميل البرنامج النصي؛ ولا تتحرّك الصفحة إلا بمقدار الفرق بين الارتفاع المحجوز والارتفاع الفعلي.',
  localeChunk: (size: string) =>
    `في صفحة بغير الإنجليزية يحمّل البرنامج النصي أيضًا ملف تلك اللغة (حتى ${size})، ويعرض النص فور وصوله.`,
  scriptWeight: (size: string) => `حجم البرنامج النصي ${size} (مضغوطًا) لكل الأدوات في الصفحة معًا؛ ويُحمَّل مرة واحدة.`,
  classicNote: 'يحتاج البرنامج النصي التقليدي إلى <meta charset="utf-8"> في الصفحة؛ ويعمل بعد تحليل الصفحة (defer).',
  cdnNote:
    'يأتي البرنامج النصي من cdn.jsdelivr.net: اتصال إضافي للصفحة، ويرى jsDelivr عناوين IP لزوارك. استضافته بنفسك تتجنّب الأمرين.',
  selfHostedNote: 'ارفع مجلد dist/ كاملًا: يجب أن تبقى ملفات اللغات في locales/ بجانب relief-widgets.js.',
  styleBlockNote: 'CSS الأداة هو كتلة <style> داخل الرمز: مع Content-Security-Policy صارمة يحتاج إلى البصمة (hash) الظاهرة في السياسة.',
  hashUnavailable:
    'لا يستطيع هذا المتصفح حساب بصمة (hash) كتلة الأنماط هنا (يلزمه https)، لذا تنقص السياسة أدناه هذه البصمة: ضع CSS في ورقة الأنماط بدلًا من ذلك، أو افتح المنشئ عبر https.',
  overdue: (date: string) => `مرّ تاريخ المراجعة القادمة (${date}): سيرى الزوار تنبيهًا بأن المعلومات قد لا تكون محدَّثة.`,
  datesOrder: 'يجب أن يأتي تاريخ المراجعة القادمة بعد آخر تحديث.',
  dateInvalid: (label: string) => `«${label}» ليس تاريخًا تستطيع الأداة عرضه (السنوات من 0100 إلى 9999): يبقى تاريخ الصفحة الأصلية.`,
  fontNote: 'تستخدم مجموعة خطوط النظام خطوطًا موجودة أصلًا على جهاز الزائر: لا شيء يحتاج إلى تنزيل.',

  platforms: 'أين تلصقه',
  platformNames: {
    html: 'HTML عادي',
    wordpress: 'WordPress (مكوّن HTML مخصص)',
    wix: 'Wix (العنصر المخصص Custom Element)',
    squarespace: 'Squarespace (كتلة Code)',
  },
  steps: {
    html: [
      'الصق رمز التضمين حيث يجب أن يظهر المحتوى، داخل <body>.',
      'يوضع وسم script مرة واحدة في كل صفحة، ولا ضرر من تحميله مرتين. تحتاج كل أداة إلى وسمها الخاص.',
    ],
    wordpress: [
      'أضف مكوّن «HTML مخصص» حيث يجب أن يظهر المحتوى.',
      'الصق رمز التضمين.',
      'لا تحتاج المكوّنات الأخرى في الصفحة نفسها إلا إلى وسم العنصر.',
      'يضبط WordPress ‏<html lang> من الإعدادات ← عام ← لغة الموقع؛ وتضبطها إضافة متعددة اللغات (WPML أو Polylang) لكل صفحة، وتتبعها الأداة.',
      'لا يحتفظ WordPress بوسم <script> داخل مكوّن إلا للمستخدمين المسموح لهم بنشر HTML غير مُرشَّح (المديرون في معظم المواقع).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'اختر «Add»، ثم «Embed Code»، ثم «Custom Element».',
      `اختر «Source: Server URL» وأدخل ${url}`,
      `في «Tag Name» اكتب ${tag}. أضف عنصر Custom Element واحدًا لكل أداة؛ وهي تتشارك البرنامج النصي.`,
      'اضبط ارتفاعه في المحرر ليتسع للمحتوى.',
      `إذا بقيت الأداة فارغة، فاستخدم بدلًا من ذلك عنوان URL للبرنامج النصي التقليدي: ${classicUrl}`,
    ],
    squarespace: [
      'عدّل الصفحة وأضف كتلة «Code» (تتطلب كتل Code التي تحتوي على برامج نصية خطة تسمح بـ JavaScript).',
      'الصق رمز التضمين، واترك «Display Source» متوقفًا.',
      'لاستخدام الأدوات في عدة صفحات، ضع سطر <script> مرة واحدة في «Settings»، ثم «Advanced»، ثم «Code Injection»، ثم «Header»، وضع الوسوم وحدها في كتل Code.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `لا يأخذ عنصر Custom Element في Wix إلا عنوان URL للبرنامج النصي واسم الوسم: خياراتك الأخرى (${attributes}) وكتلة <style> تحتاج إلى رمز Wix الخاص (Velo)، ولا يمكن استخدام HTML المعروض مسبقًا هناك.`,
  wixNoHtml: 'لا يمكن استخدام HTML المعروض مسبقًا في عنصر Custom Element في Wix: فهو لا يقبل HTML.',
  platformCss: {
    wordpress: 'أو ضع CSS الأداة في المظهر ← تخصيص ← CSS إضافي.',
    squarespace: 'أو ضع CSS الأداة في «Design»، ثم «Custom CSS».',
  },
  platformLanguage: (language: string) =>
    `لعرض ${language} دائمًا حيث لا يمكنك تعديل <html>، اجعل لغة الموقع ${language} في إعداداته: تتبع الأداة <html lang> في الصفحة.`,
  platformPrerendered:
    'يجب أن يصل HTML المعروض مسبقًا إلى المتصفح كما لصقته: أداة إنشاء الصفحات التي تدرجه ببرنامج نصي تترك للبرنامج النصي عرض الأداة، كما لو لم يكن معروضًا مسبقًا.',
  platformPolicy: 'إذا كنت ترسل ترويسة Content-Security-Policy، فأضف السياسة الظاهرة بجانب الرمز.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} بايت` : `${decimal.format(bytes / 1024)} كيلوبايت`),
} satisfies Strings;
