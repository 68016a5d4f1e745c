/** The builder's interface in Persian (شما, as Persian web services address their users; Persian digits for counts). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('fa', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('fa');
/** A count or position in Persian digits. */
const n = (value: number) => whole.format(value);

export default {
  lang: 'fa',
  documentTitle: 'سازندهٔ کد جاسازی — relief-widgets',
  title: 'سازندهٔ کد جاسازی',
  interfaceLanguage: 'زبان سازنده',
  interfaceLanguageHint: 'فقط همین صفحه را تغییر می‌دهد، نه کد جاسازی را. زبان خود ابزارک را پایین‌تر، در «زبان» انتخاب کنید.',
  intro:
    'انتخاب کنید چه چیزی و با چه ظاهری در وب‌سایت مطب یا کلینیک شما نمایش داده شود، پیش‌نمایش زنده را بررسی کنید و سپس کد جاسازی را در صفحهٔ خود کپی کنید. همه‌چیز در همین صفحه انجام می‌شود: هیچ‌یک از انتخاب‌های شما به جایی فرستاده یا ذخیره نمی‌شود.',
  loadingBuilder: 'در حال بارگیری سازنده…',
  loadFailed: (reason: string) => `سازنده نتوانست داده‌هایش را بارگیری کند (${reason}). برای تلاش دوباره، صفحه را دوباره بارگیری کنید.`,
  settings: 'تنظیمات',
  skipToCode: 'رفتن به کد جاسازی',

  element: 'چه چیزی جاسازی شود',
  elementHint: 'هر کد جاسازی یک ابزارک است؛ برای ابزارک دیگر، کد را دوباره جای‌گذاری کنید.',
  elementNames: {
    'relief-guide': 'کل راهنما',
    'relief-benefit-list': 'فهرست فواید',
    'relief-tip-list': 'فهرست نکته‌ها',
    'relief-pain-selector': 'انتخاب نوع درد',
    'relief-therapist-checklist': 'چک‌لیست انتخاب درمانگر',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'کدام فهرست',
  elementSummaries: {
    'relief-guide': 'کل صفحهٔ «آیا ماساژ می‌تواند کمک کند؟ مدیریت درد مزمن» در یک تگ، همراه با منابع بیشتر، نکات ایمنی، سلب مسئولیت و تاریخ‌های بازبینی.',
    'relief-benefit-list': 'فهرستی عنوان‌دار از کارهایی که ماساژ ممکن است برای درد مزمن انجام دهد، برگرفته از صفحهٔ کلینیک.',
    'relief-tip-list': 'نکته‌های کاربردی از صفحهٔ کلینیک: عادت‌های سبک زندگی، یا اینکه چطور از یک جلسه بیشترین بهره را ببرید.',
    'relief-pain-selector': 'چهار نوع رایج درد مزمن به‌صورت گروهی از دکمه‌های رادیویی: بیمار یکی را انتخاب می‌کند و می‌بیند ماساژ چگونه ممکن است کمک کند. سازگار با فرم: درون فرم پذیرش کلینیک کار می‌کند.',
    'relief-therapist-checklist': 'نکاتی که در انتخاب ماساژدرمانگر برای مدیریت درد باید به آن توجه کرد، به‌صورت چک‌لیستی با نمایش پیشرفت و بازنشانی. سازگار با فرم: هر id تیک‌خورده با نام `name` ارسال می‌شود. تیک‌ها فقط در صفحه می‌مانند: چیزی ذخیره نمی‌شود مگر اینکه کلینیک آن را با `persist` فعال کند.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'کدام فهرست: فواید اصلی (پیش‌فرض)، اینکه ماساژ چگونه به تسکین کمک می‌کند، یا خلاصهٔ جمع‌بندی. مقدار ناشناخته هشدار می‌دهد و فواید اصلی را نشان می‌دهد.',
    'relief-tip-list': 'کدام نکته‌ها: سبک زندگی (پیش‌فرض) یا جلسه. مقدار ناشناخته هشدار می‌دهد و نکته‌های سبک زندگی را نشان می‌دهد.',
  } as Record<string, string>,

  sections: 'بخش‌های راهنما',
  sectionsHint:
    'برای حذف یک بخش، تیک آن را بردارید؛ برای تغییر ترتیب، بخش‌ها را جابه‌جا کنید. نکات ایمنی، سلب مسئولیت و تاریخ‌های بازبینی همیشه نمایش داده می‌شوند.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `انتقال «${heading}» به بالا`,
  moveDown: (heading: string) => `انتقال «${heading}» به پایین`,
  moved: (heading: string, position: number, count: number) => `«${heading}» به جایگاه ${n(position)} از ${n(count)} منتقل شد.`,
  resetSections: 'نمایش همهٔ بخش‌ها به ترتیب اصلی',
  sectionsReset: 'همهٔ بخش‌ها به ترتیب اصلی نمایش داده می‌شوند.',
  noSection: 'هیچ بخشی تیک نخورده است: در این حالت راهنما همهٔ بخش‌ها را نشان می‌دهد. دست‌کم یک بخش را تیک بزنید.',

  heading: 'عنوان',
  headingLevel: 'سطح عنوان',
  headingLevelHint: (level: number) =>
    `سطحی را انتخاب کنید که با ساختار صفحهٔ شما جور باشد: زیر عنوان خود صفحه (یک h1)، ${n(2)} را انتخاب کنید. عنوان ابزارک یک h${String(level)} می‌شود.`,
  headingLevelGuideHint: (level: number) => `بخش‌های راهنما یک سطح پایین‌تر، در سطح ${n(level + 1)} قرار می‌گیرند.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'متن عنوان (اختیاری)',
  headingTextHint: (defaultHeading: string) =>
    `اگر خالی بماند، «${defaultHeading}» حفظ می‌شود (همراه با ابزارک ترجمه می‌شود). متن شما در همهٔ زبان‌ها همان‌طور که تایپ می‌کنید نمایش داده می‌شود.`,

  language: 'زبان',
  languageFollow: 'پیروی از زبان صفحه (توصیه‌شده)',
  languageFollowHint: `ابزارک به زبان هر صفحه‌ای که در آن است (‏<html lang> آن صفحه) نمایش داده می‌شود، در ${n(17)} زبان.`,
  languageFixed: 'همیشه یک زبان',
  languageFixedHint: 'ابزارک، صرف‌نظر از زبان صفحه، فقط یک زبان را نشان می‌دهد.',
  languageSelectFollow: 'زبان صفحهٔ شما',
  languageSelectFollowHint: 'در پیش‌نمایش و HTML ازپیش‌رندرشده به کار می‌رود.',
  languageSelectFixed: 'زبان نمایش',
  // A right-to-left mark before the tag, so that a Latin autonym and its tag do not run together left to right.
  languageName: (name: string, autonym: string, tag: string) =>
    name === autonym ? `${name} \u200f(${tag})` : `${name} — ${autonym} \u200f(${tag})`,

  dates: 'تاریخ‌های بازبینی',
  datesHint:
    'آخرین باری که کلینیک شما این اطلاعات را بررسی کرد و زمان بررسی بعدی. برای نمایش تاریخ‌های صفحهٔ اصلی، آن‌ها را تغییر ندهید.',
  lastUpdated: 'آخرین به‌روزرسانی',
  nextReview: 'موعد بازبینی بعدی',

  evidence: 'یادداشت‌های شواهد',
  evidenceShow: 'نمایش میزان قوت پژوهش‌ها برای هر نوع درد، همراه با منابع',
  evidenceHint: 'توصیه‌شده: بیماران در کنار متن کلینیک می‌بینند که پژوهش‌ها چه می‌گویند.',

  theme: 'پوسته',
  scheme: 'روشن یا تیره',
  schemePage: 'مطابق اعلام صفحهٔ من (روشن، مگر اینکه صفحهٔ شما تیره اعلام کند)',
  schemeLight: 'همیشه روشن',
  schemeDark: 'همیشه تیره',
  schemeVisitor: 'پیروی از تنظیم بازدیدکننده (روشن یا تیره)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'رنگ‌ها در حالت روشن' : 'رنگ‌ها در حالت تیره'),
  colorNames: { accent: 'رنگ تأکید', text: 'متن', surface: 'سطح (پس‌زمینه)', border: 'حاشیه' } as Record<string, string>,
  colorHex: (name: string) => `${name}، کد هگزادسیمال`,
  colorHexInvalid: 'رنگ را به‌صورت # و شش رقم هگزادسیمال بنویسید، مثلاً #7a3e65.',
  resetColors: 'بازنشانی رنگ‌ها',
  radius: 'شعاع گوشه‌ها (em)',
  radiusHint: 'میزان گردی گوشه‌های ابزارک؛ ۰ برای گوشه‌های تیز.',
  font: 'قلم',
  fontInherit: 'قلم سایت شما (ارث‌بری‌شده)',
  fontSans: 'قلم بدون زائدهٔ سیستم (بدون بارگیری)',
  fontSerif: 'قلم زائده‌دار سیستم (بدون بارگیری)',
  placement: 'محل CSS ابزارک',
  placementSnippet: 'در کد جاسازی (یک بلوک <style>)',
  placementStylesheet: 'در شیوه‌نامهٔ سایت من (زیر کد نشان داده می‌شود)',
  reserveSpace: 'رزرو فضا هنگام بارگیری اسکریپت (جابه‌جایی کمتر چیدمان)',

  scriptLoading: 'نحوهٔ بارگیری اسکریپت',
  source: 'منبع اسکریپت',
  sourceCdn: (version: string) => `CDN ‏jsDelivr، ثابت روی نسخهٔ ${version}`,
  sourceSelf: 'سایت خودم (میزبانی شخصی)',
  folder: 'پوشهٔ نسخهٔ شما',
  folderHint:
    'جایی که محتوای پوشهٔ dist/ بسته را بارگذاری کرده‌اید (relief-widgets.js و locales/ در کنارش)، مثلاً /assets/relief-widgets/ یا https://static.example.com/relief/.',
  folderInvalid: 'نشانی پوشه را با / (مسیری در سایت شما) یا https:// شروع کنید، بدون فاصله، گیومه، ? یا #، و بدون نام کاربری یا گذرواژه.',
  kind: 'نوع اسکریپت',
  kindModule: 'ماژول ES (توصیه‌شده)',
  kindClassic: 'اسکریپت کلاسیک (برای سایت‌سازهایی که فقط اسکریپت کلاسیک می‌پذیرند)',
  rendering: 'محتوا چگونه به صفحه می‌رسد',
  renderingScript: 'رندرشده با اسکریپت',
  renderingPrerendered:
    'HTML ازپیش‌رندرشده (محتوا برای موتورهای جست‌وجو، پیش‌نمایش پیوندها و بازدیدکنندگان بدون JavaScript در خود صفحه است)',

  preview: 'پیش‌نمایش',
  previewHint: 'ابزارک واقعی که با هر تغییر به‌روز می‌شود.',
  previewPrerendered: 'HTML ازپیش‌رندرشده پس از اجرای اسکریپت همین شکل را دارد؛ پیش از آن، کنترل‌ها غیرفعال نشان داده می‌شوند.',
  previewWidth: 'عرض',
  previewPhone: `تلفن همراه (${n(390)} پیکسل)`,
  previewDesktop: `رایانهٔ رومیزی (${n(1280)} پیکسل)`,
  previewAppearance: 'ظاهر',
  previewLight: 'روشن',
  previewDark: 'تیره',
  previewFrame: 'پیش‌نمایش زندهٔ ابزارک',

  output: 'کد جاسازی شما',
  checks: 'پیش از کپی',
  noChecks: 'چیزی برای بررسی نیست: کد آماده است.',
  embedCode: 'کد جاسازی',
  copy: 'کپی',
  copied: 'کد جاسازی کپی شد.',
  copyFallback: 'کپی کردن در اینجا مجاز نیست، پس کد انتخاب شد: برای کپی، Ctrl+C (در Mac ‏⌘C) را فشار دهید.',
  csp: 'Content-Security-Policy',
  cspHint: 'فقط اگر سایت شما Content-Security-Policy می‌فرستد: این‌ها منابعی است که کد لازم دارد. آن‌ها را به سیاست خود اضافه کنید.',
  cspTrustedTypes: 'اگر سیاست شما Trusted Types را اجباری می‌کند، سیاست Lit را هم مجاز کنید:',
  htmlElement: 'عنصر <html> صفحهٔ شما',
  htmlElementHint: (language: string) =>
    `هر صفحه برای همهٔ ابزارک‌هایش یک زبان دارد، پس زبان در صفحه تعیین می‌شود، نه در کد: برای اینکه همیشه ${language} نمایش داده شود، صفحه را با این عنصر <html> شروع کنید.`,
  stylesheet: 'CSS برای شیوه‌نامهٔ سایت شما',
  stylesheetHint: 'این را به CSS خود سایت اضافه کنید (مثلاً «CSS اضافی» در WordPress یا «Custom CSS» در Squarespace).',
  copyCss: 'کپی CSS',
  copiedCss: 'CSS کپی شد.',
  copyPolicy: 'کپی سیاست',
  copiedPolicy: 'سیاست کپی شد.',
  copyHtml: 'کپی عنصر <html>',
  copiedHtml: 'عنصر <html> کپی شد.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: کنتراست ${ratio}:1، کمتر از ${minimum}:1 که WCAG AA لازم می‌داند.`,
  contrastSuggestion: (name: string, color: string) => `نزدیک‌ترین مقدار قابل‌قبول برای «${name}»: ${color}.`,
  contrastNoSuggestion: 'هیچ روشنایی‌ای از این رنگ قابل‌قبول نیست؛ رنگ دیگری انتخاب کنید.',
  useColor: (color: string) => `استفاده از ${color}`,
  pairNames: {
    'text/surface': 'متن روی سطح',
    'text/surface-raised': 'متن روی بخش‌های برجسته',
    'accent/surface': 'رنگ تأکید (پیوندها، نشانگرها) روی سطح',
    'accent/surface-raised': 'رنگ تأکید روی بخش‌های برجسته',
    'muted/surface': 'متن فرعی روی سطح',
    'border/surface': 'حاشیهٔ کنترل‌ها روی سطح',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (حالت ${scheme === 'light' ? 'روشن' : 'تیره'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `HTML ازپیش‌رندرشده ${raw} به صفحهٔ شما اضافه می‌کند${compressed ? ` (${compressed} فشرده)` : ''} و صفحه سنگین‌تر می‌شود؛ در عوض، محتوا پیش از اجرای هر اسکریپتی آنجاست و هنگام اجرای آن چیزی جابه‌جا نمی‌شود.`,
  prerenderedLanguage: (language: string) =>
    `HTML ازپیش‌رندرشده به زبان ${language} است: آن را در صفحه‌ای به زبان ${language} به کار ببرید. پس از اجرای اسکریپت، ابزارک از زبان صفحه پیروی می‌کند.`,
  prerenderedVersion: (version: string) =>
    `HTML ازپیش‌رندرشده همان چیزی را نشان می‌دهد که نسخهٔ ${version} نشان می‌دهد؛ اسکریپت آن را با رندر خودش جایگزین می‌کند، بنابراین پس از به‌روزرسانی، کد را دوباره بسازید تا HTML به‌روز بماند.`,
  prerenderedCommand: 'برای اینکه خودتان آن را ازپیش رندر کنید، کد را با نام snippet.html ذخیره و این دستور را اجرا کنید:',
  prerenderedLoadFailed: 'پیش‌نمایش به‌صورت HTML ازپیش‌رندرشده ساخته نشد، پس کد زیر با اسکریپت رندر می‌شود.',
  layoutShift:
    'وقتی ابزارک ظاهر می‌شود، محتوای زیر آن در صفحه به پایین جابه‌جا می‌شود (جابه‌جایی چیدمان). هنگام بارگیری اسکریپت فضا رزرو کنید (در «پوسته») یا HTML ازپیش‌رندرشده را انتخاب کنید.',
  reservedSpace: 'هنگام بارگیری اسکریپت فضا رزرو می‌شود؛ صفحه فقط به اندازهٔ اختلاف ارتفاع رزروشده و ارتفاع واقعی جابه‌جا می‌شود.',
  localeChunk: (size: string) =>
    `در صفحه‌ای که انگلیسی نیست، اسکریپت فایل آن زبان را هم بارگیری می‌کند (تا ${size}) و به‌محض رسیدن آن، متن را نشان می‌دهد.`,
  scriptWeight: (size: string) => `حجم اسکریپت برای همهٔ ابزارک‌های صفحه روی هم ${size} (فشرده) است و یک بار بارگیری می‌شود.`,
  classicNote: 'اسکریپت کلاسیک به <meta charset="utf-8"> در صفحه نیاز دارد؛ پس از تجزیهٔ صفحه اجرا می‌شود (defer).',
  cdnNote:
    'اسکریپت از cdn.jsdelivr.net می‌آید: یک اتصال بیشتر برای صفحه، و jsDelivr نشانی IP بازدیدکنندگان شما را می‌بیند. میزبانی شخصی از هر دو جلوگیری می‌کند.',
  selfHostedNote: 'کل پوشهٔ dist/ را بارگذاری کنید: فایل‌های زبان در locales/ باید کنار relief-widgets.js بمانند.',
  styleBlockNote: 'CSS ابزارک یک بلوک <style> در کد است: زیر یک Content-Security-Policy سخت‌گیر، به هشی که در سیاست آمده نیاز دارد.',
  hashUnavailable:
    'این مرورگر نمی‌تواند در اینجا هش بلوک سبک را محاسبه کند (به https نیاز دارد)، پس این هش در سیاست زیر نیست: CSS را در شیوه‌نامهٔ خود بگذارید، یا سازنده را از طریق https باز کنید.',
  overdue: (date: string) => `تاریخ بازبینی بعدی (${date}) گذشته است: بازدیدکنندگان اعلانی می‌بینند که ممکن است اطلاعات قدیمی باشد.`,
  datesOrder: 'تاریخ بازبینی بعدی باید پس از آخرین به‌روزرسانی باشد.',
  dateInvalid: (label: string) => `«${label}» تاریخی نیست که ابزارک بتواند نمایش دهد (سال‌های ۰۱۰۰ تا ۹۹۹۹): تاریخ صفحهٔ اصلی حفظ می‌شود.`,
  fontNote: 'قلم سیستمی از قلم‌هایی استفاده می‌کند که از قبل روی دستگاه بازدیدکننده هست: چیزی برای بارگیری نیست.',

  platforms: 'کجا جای‌گذاری شود',
  platformNames: {
    html: 'HTML ساده',
    wordpress: 'WordPress (بلوک HTML سفارشی)',
    wix: 'Wix (عنصر Custom Element)',
    squarespace: 'Squarespace (بلوک Code)',
  },
  steps: {
    html: [
      'کد جاسازی را جایی که محتوا باید نمایش داده شود، داخل <body>، جای‌گذاری کنید.',
      'تگ script در هر صفحه یک بار کافی است؛ دو بار بارگیری‌اش آسیبی ندارد. هر ابزارک به تگ خودش نیاز دارد.',
    ],
    wordpress: [
      'جایی که محتوا باید نمایش داده شود، یک بلوک «HTML سفارشی» اضافه کنید.',
      'کد جاسازی را جای‌گذاری کنید.',
      'بلوک‌های دیگر در همان صفحه فقط به تگ عنصر نیاز دارند.',
      'WordPress مقدار <html lang> را از تنظیمات ← عمومی ← زبان سایت تعیین می‌کند؛ افزونهٔ چندزبانه (WPML، Polylang) آن را برای هر صفحه تعیین می‌کند و ابزارک از آن پیروی می‌کند.',
      'WordPress تگ <script> را در بلوک فقط برای کاربرانی نگه می‌دارد که اجازهٔ انتشار HTML فیلترنشده دارند (در بیشتر سایت‌ها مدیران).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '«Add» و سپس «Embed Code» و سپس «Custom Element» را انتخاب کنید.',
      `گزینهٔ «Source: Server URL» را انتخاب و ${url} را وارد کنید`,
      `در «Tag Name» مقدار ${tag} را وارد کنید. برای هر ابزارک یک Custom Element اضافه کنید؛ اسکریپت میان آن‌ها مشترک است.`,
      'ارتفاع آن را در ویرایشگر طوری تنظیم کنید که محتوا جا شود.',
      `اگر ابزارک خالی ماند، به‌جای آن از نشانی اسکریپت کلاسیک استفاده کنید: ${classicUrl}`,
    ],
    squarespace: [
      'صفحه را ویرایش کنید و یک بلوک Code اضافه کنید (بلوک‌های Code دارای اسکریپت به طرحی نیاز دارند که JavaScript را مجاز کند).',
      'کد جاسازی را جای‌گذاری کنید؛ «Display Source» را خاموش بگذارید.',
      'برای استفاده از ابزارک‌ها در چند صفحه، سطر <script> را یک بار در «Settings»، سپس «Advanced»، سپس «Code Injection» و سپس «Header» بگذارید و در بلوک‌های Code فقط تگ‌ها را.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Custom Element در Wix فقط نشانی اسکریپت و نام تگ را می‌پذیرد: دیگر انتخاب‌های شما (${attributes}) و بلوک <style> به کد خود Wix ‏(Velo) نیاز دارند و HTML ازپیش‌رندرشده در آنجا قابل استفاده نیست.`,
  wixNoHtml: 'HTML ازپیش‌رندرشده در Custom Element ‏Wix قابل استفاده نیست: این عنصر HTML نمی‌پذیرد.',
  platformCss: {
    wordpress: 'یا CSS ابزارک را در نمایش ← سفارشی‌سازی ← CSS اضافی بگذارید.',
    squarespace: 'یا CSS ابزارک را در «Design» و سپس «Custom CSS» بگذارید.',
  },
  platformLanguage: (language: string) =>
    `برای اینکه جایی که نمی‌توانید <html> را ویرایش کنید همیشه ${language} نمایش داده شود، زبان سایت را در تنظیمات آن ${language} بگذارید: ابزارک از <html lang> صفحه پیروی می‌کند.`,
  platformPrerendered:
    'HTML ازپیش‌رندرشده باید همان‌طور که جای‌گذاری کرده‌اید به مرورگر برسد: صفحه‌سازی که آن را با اسکریپت درج می‌کند، رندر ابزارک را به اسکریپت می‌سپارد، مثل حالت بدون پیش‌رندر.',
  platformPolicy: 'اگر سرآیند Content-Security-Policy می‌فرستید، سیاستی را که کنار کد نشان داده شده اضافه کنید.',

  bytes: (bytes: number) => (bytes < 1024 ? `${whole.format(bytes)} بایت` : `${decimal.format(bytes / 1024)} کیلوبایت`),
} satisfies Strings;
