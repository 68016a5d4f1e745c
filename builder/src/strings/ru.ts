/** The builder's interface in Russian (вы, as Russian web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('ru', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** «байт», «байта», «байтов» by the number. */
const bytesWord = (count: number) => {
  const category = new Intl.PluralRules('ru').select(count);
  return category === 'one' ? 'байт' : category === 'few' ? 'байта' : 'байт';
};

export default {
  lang: 'ru',
  documentTitle: 'Конструктор кода для встраивания — relief-widgets',
  title: 'Конструктор кода для встраивания',
  interfaceLanguage: 'Язык конструктора',
  interfaceLanguageHint: 'Меняет только эту страницу, а не код для встраивания. Язык самого виджета задаётся ниже, в разделе «Язык».',
  intro:
    'Выберите, что показать на сайте вашей клиники и как это должно выглядеть, проверьте предпросмотр, а затем скопируйте код для встраивания на свою страницу. Всё происходит на этой странице: ничего из выбранного вами никуда не отправляется и не сохраняется.',
  loadingBuilder: 'Загрузка конструктора…',
  loadFailed: (reason: string) => `Конструктору не удалось загрузить данные (${reason}). Обновите страницу, чтобы попробовать ещё раз.`,
  settings: 'Настройки',
  skipToCode: 'Перейти к коду для встраивания',

  element: 'Что встроить',
  elementHint: 'Один виджет на один код для встраивания; для другого виджета вставьте код ещё раз.',
  elementNames: {
    'relief-guide': 'Всё руководство',
    'relief-benefit-list': 'Список преимуществ',
    'relief-tip-list': 'Список советов',
    'relief-pain-selector': 'Выбор вида боли',
    'relief-therapist-checklist': 'Чек-лист выбора массажиста',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Какой список',

  sections: 'Разделы руководства',
  sectionsHint:
    'Снимите отметку с раздела, чтобы не показывать его; перемещайте разделы, чтобы изменить их порядок. Меры предосторожности, оговорка и даты пересмотра показываются всегда.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Переместить «${heading}» вверх`,
  moveDown: (heading: string) => `Переместить «${heading}» вниз`,
  moved: (heading: string, position: number, count: number) =>
    `Раздел «${heading}» теперь на позиции ${String(position)} из ${String(count)}.`,
  resetSections: 'Показать все разделы в исходном порядке',
  sectionsReset: 'Показаны все разделы в исходном порядке.',
  noSection: 'Не отмечен ни один раздел: в этом случае руководство показывает все. Отметьте хотя бы один.',

  heading: 'Заголовок',
  headingLevel: 'Уровень заголовка',
  headingLevelHint: (level: number) =>
    `Выберите уровень, подходящий к структуре вашей страницы: под собственным заголовком страницы (h1) выберите 2. Заголовок виджета станет элементом h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `Разделы руководства находятся на уровень ниже — на уровне ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Текст заголовка (необязательно)',
  headingTextHint: (defaultHeading: string) =>
    `Оставьте пустым, чтобы сохранить «${defaultHeading}» (переводится вместе с виджетом). Ваш текст показывается так, как вы его ввели, на любом языке.`,

  language: 'Язык',
  languageFollow: 'Как у страницы (рекомендуется)',
  languageFollowHint: 'Виджет говорит на языке каждой страницы, где он размещён (её <html lang>), — всего 17 языков.',
  languageFixed: 'Всегда один язык',
  languageFixedHint: 'Виджет показывает один язык независимо от языка страницы.',
  languageSelectFollow: 'Язык вашей страницы',
  languageSelectFollowHint: 'Используется для предпросмотра и для предварительно отрисованного HTML.',
  languageSelectFixed: 'Язык виджета',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Даты пересмотра',
  datesHint:
    'Когда ваша клиника в последний раз проверяла эту информацию и когда проверит её снова. Оставьте как есть, чтобы показывать даты исходной страницы.',
  lastUpdated: 'Последнее обновление',
  nextReview: 'Следующий плановый пересмотр',

  evidence: 'Примечания о доказательности',
  evidenceShow: 'Показывать, насколько надёжны данные исследований для каждого вида боли, с источниками',
  evidenceHint: 'Рекомендуется: пациенты видят, что говорят исследования, рядом с текстом клиники.',

  theme: 'Оформление',
  scheme: 'Светлая или тёмная тема',
  schemePage: 'Как указано на моей странице (светлая, если ваша страница не указывает тёмную)',
  schemeLight: 'Всегда светлая',
  schemeDark: 'Всегда тёмная',
  schemeVisitor: 'По настройке посетителя (светлая или тёмная)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Цвета светлой темы' : 'Цвета тёмной темы'),
  colorNames: { accent: 'Акцентный цвет', text: 'Текст', surface: 'Поверхность (фон)', border: 'Рамка' } as Record<string, string>,
  colorHex: (name: string) => `${name}, шестнадцатеричный код`,
  colorHexInvalid: 'Введите цвет как # и шесть шестнадцатеричных цифр, например #7a3e65.',
  resetColors: 'Сбросить цвета',
  radius: 'Радиус скругления углов (em)',
  radiusHint: 'Скругление углов виджета; 0 — прямые углы.',
  font: 'Шрифт',
  fontInherit: 'Шрифт вашего сайта (наследуется)',
  fontSans: 'Системный шрифт без засечек (без загрузки)',
  fontSerif: 'Системный шрифт с засечками (без загрузки)',
  placement: 'Куда поместить CSS оформления',
  placementSnippet: 'В код для встраивания (блок <style>)',
  placementStylesheet: 'В таблицу стилей моего сайта (показана под кодом)',
  reserveSpace: 'Резервировать место, пока загружается скрипт (меньше сдвигов макета)',

  scriptLoading: 'Как загружается скрипт',
  source: 'Откуда загружается скрипт',
  sourceCdn: (version: string) => `CDN jsDelivr, закреплённая версия ${version}`,
  sourceSelf: 'Мой собственный сайт (свой хостинг)',
  folder: 'Папка вашей копии',
  folderHint:
    'Куда вы загрузили содержимое папки dist/ из пакета (relief-widgets.js и рядом с ним locales/), например /assets/relief-widgets/ или https://static.example.com/relief/.',
  folderInvalid: 'Начните путь к папке с / (путь на вашем сайте) или с https://, без пробелов и кавычек.',
  kind: 'Тип скрипта',
  kindModule: 'ES-модуль (рекомендуется)',
  kindClassic: 'Классический скрипт (для конструкторов сайтов, которые принимают только классические скрипты)',
  rendering: 'Как содержимое попадает на страницу',
  renderingScript: 'Отрисовывается скриптом',
  renderingPrerendered:
    'Предварительно отрисованный HTML (содержимое уже есть на странице — для поисковых систем, превью ссылок и посетителей без JavaScript)',

  preview: 'Предпросмотр',
  previewHint: 'Настоящий виджет, обновляется при каждом изменении.',
  previewPrerendered: 'После запуска скрипта предварительно отрисованный HTML выглядит так же; до этого элементы управления неактивны.',
  previewWidth: 'Ширина',
  previewPhone: 'Телефон (390 px)',
  previewDesktop: 'Компьютер (1280 px)',
  previewAppearance: 'Тема',
  previewLight: 'Светлая',
  previewDark: 'Тёмная',
  previewFrame: 'Предпросмотр виджета',

  output: 'Ваш код для встраивания',
  checks: 'Перед копированием',
  noChecks: 'Проверять нечего: код готов.',
  embedCode: 'Код для встраивания',
  copy: 'Копировать',
  copied: 'Код для встраивания скопирован.',
  copyFallback: 'Здесь копирование запрещено, поэтому код выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать его.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Только если ваш сайт отправляет заголовок Content-Security-Policy: вот источники, которые нужны коду. Добавьте их в свою политику.',
  cspTrustedTypes: 'Если ваша политика требует Trusted Types, разрешите также политику Lit:',
  htmlElement: 'Элемент <html> вашей страницы',
  htmlElementHint: (language: string) =>
    `У страницы один язык для всех её виджетов, поэтому язык задаётся на странице, а не в коде: начните страницу с этого элемента <html>, чтобы виджет всегда показывался на языке «${language}».`,
  stylesheet: 'CSS для таблицы стилей вашего сайта',
  stylesheetHint:
    'Добавьте это в собственный CSS вашего сайта (например, в «Дополнительные стили» WordPress или в «Custom CSS» Squarespace).',
  copyCss: 'Копировать CSS',
  copiedCss: 'CSS скопирован.',
  copyPolicy: 'Копировать политику',
  copiedPolicy: 'Политика скопирована.',
  copyHtml: 'Копировать элемент <html>',
  copiedHtml: 'Элемент <html> скопирован.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: контраст ${ratio}:1 — ниже ${minimum}:1, которого требует WCAG AA.`,
  contrastSuggestion: (name: string, color: string) => `Ближайшее подходящее значение для «${name}»: ${color}.`,
  contrastNoSuggestion: 'Ни одна яркость этого цвета не подходит; выберите другой цвет.',
  useColor: (color: string) => `Использовать ${color}`,
  pairNames: {
    'text/surface': 'Текст на поверхности',
    'text/surface-raised': 'Текст на выделенных областях',
    'accent/surface': 'Акцентный цвет (ссылки, маркеры) на поверхности',
    'accent/surface-raised': 'Акцентный цвет на выделенных областях',
    'muted/surface': 'Второстепенный текст на поверхности',
    'border/surface': 'Рамки элементов управления на поверхности',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (${scheme === 'light' ? 'светлая' : 'тёмная'} тема)`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `Предварительно отрисованный HTML добавляет к странице ${raw}${compressed ? ` (${compressed} в сжатом виде)` : ''}, и страница становится тяжелее; зато содержимое на месте ещё до запуска любого скрипта, и при запуске ничего не сдвигается.`,
  prerenderedLanguage: (language: string) =>
    `Предварительно отрисованный HTML — на языке «${language}»: используйте его на странице на этом же языке. После запуска скрипта виджет следует языку страницы.`,
  prerenderedVersion: (version: string) =>
    `Предварительно отрисованный HTML сделан для версии ${version}: загружайте эту версию скрипта (а для новой версии создайте его заново).`,
  prerenderedUnavailable: (what: string) =>
    `Предварительно отрисованный HTML здесь недоступен для ${what}, поэтому код ниже отрисовывается скриптом.`,
  prerenderedLevelUnavailable: (levels: string) =>
    `Предварительно отрисованный HTML этого виджета здесь можно получить только для уровня заголовка ${levels}, поэтому код ниже отрисовывается скриптом. Выберите один из этих уровней, чтобы получить предварительно отрисованный HTML.`,
  prerenderedCommand: 'Чтобы отрисовать его самостоятельно, сохраните код как snippet.html и выполните:',
  prerenderedLoadFailed: 'Не удалось загрузить предварительно отрисованный HTML, поэтому код ниже отрисовывается скриптом.',
  layoutShift:
    'Когда появляется виджет, содержимое страницы под ним сдвигается вниз (сдвиг макета). Зарезервируйте место на время загрузки скрипта (в разделе «Оформление») или выберите предварительно отрисованный HTML.',
  reservedSpace:
    'Пока загружается скрипт, место зарезервировано; страница сдвигается только на разницу между зарезервированной и фактической высотой.',
  localeChunk: (size: string) =>
    `На странице не на английском скрипт загружает ещё и файл этого языка (до ${size}) и показывает текст, как только файл придёт.`,
  scriptWeight: (size: string) => `Скрипт занимает ${size} (в сжатом виде) на все виджеты страницы вместе; он загружается один раз.`,
  classicNote: 'Классическому скрипту нужен <meta charset="utf-8"> на странице; он выполняется после разбора страницы (defer).',
  cdnNote:
    'Скрипт загружается с cdn.jsdelivr.net: это ещё одно соединение для страницы, и jsDelivr видит IP-адреса ваших посетителей. Если разместить его у себя, можно избежать и того и другого.',
  selfHostedNote: 'Загрузите папку dist/ целиком: языковые файлы в locales/ должны оставаться рядом с relief-widgets.js.',
  styleBlockNote:
    'Оформление — это блок <style> в коде: при строгой Content-Security-Policy ему нужен хеш, указанный в политике.',
  hashUnavailable:
    'Этот браузер не может здесь вычислить хеш блока стилей (нужен https), поэтому в политике ниже его нет: поместите CSS в свою таблицу стилей или откройте конструктор по https.',
  overdue: (date: string) =>
    `Дата следующего пересмотра (${date}) уже прошла: посетители увидят предупреждение, что информация может быть устаревшей.`,
  datesOrder: 'Дата следующего пересмотра должна быть позже последнего обновления.',
  fontNote: 'Системный шрифт использует шрифты, которые уже есть на устройстве посетителя: ничего загружать не нужно.',

  platforms: 'Куда вставить код',
  platformNames: {
    html: 'Обычный HTML',
    wordpress: 'WordPress (блок «Произвольный HTML»)',
    wix: 'Wix (Custom Element)',
    squarespace: 'Squarespace (блок Code)',
  },
  steps: {
    html: [
      'Вставьте код для встраивания туда, где должно появиться содержимое, внутри <body>.',
      'Тег script нужен один раз на странице; если загрузить его дважды, ничего страшного. Каждому виджету нужен свой тег.',
    ],
    wordpress: [
      'Добавьте блок «Произвольный HTML» туда, где должно появиться содержимое.',
      'Вставьте код для встраивания.',
      'Другим блокам на той же странице нужен только тег элемента.',
      'WordPress задаёт <html lang> в разделе Настройки → Общие → Язык сайта; многоязычный плагин (WPML, Polylang) задаёт его для каждой страницы, и виджет следует ему.',
      'WordPress сохраняет <script> в блоке только для пользователей, которым разрешено публиковать нефильтрованный HTML (на большинстве сайтов это администраторы).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '«Add» → «Embed Code» → «Custom Element».',
      `Выберите «Source: Server URL» и введите ${url}`,
      `«Tag Name»: ${tag}. Добавьте по одному Custom Element на каждый виджет; скрипт у них общий.`,
      'Задайте в редакторе высоту, при которой помещается содержимое.',
      `Если виджет остаётся пустым, используйте вместо этого URL классического скрипта: ${classicUrl}`,
    ],
    squarespace: [
      'Откройте страницу для редактирования и добавьте блок «Code» (для блоков Code со скриптами нужен тариф, разрешающий JavaScript).',
      'Вставьте код для встраивания; оставьте «Display Source» выключенным.',
      'Чтобы использовать виджеты на нескольких страницах, поместите строку <script> один раз в «Settings» → «Advanced» → «Code Injection» → «Header», а в блоки Code — только теги.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Custom Element в Wix принимает только URL скрипта и имя тега: остальным вашим настройкам (${attributes}) и блоку <style> нужен собственный код Wix (Velo), а предварительно отрисованный HTML там использовать нельзя.`,
  wixNoHtml: 'Предварительно отрисованный HTML нельзя использовать в Custom Element в Wix: он не принимает HTML.',
  platformCss: {
    wordpress: 'Или поместите CSS оформления в Внешний вид → Настроить → Дополнительные стили.',
    squarespace: 'Или поместите CSS оформления в «Design» → «Custom CSS».',
  },
  platformLanguage: (language: string) =>
    `Чтобы виджет всегда показывался на языке «${language}» там, где нельзя изменить <html>, выберите в настройках сайта язык «${language}»: виджет следует <html lang> страницы.`,
  platformPrerendered:
    'Предварительно отрисованный HTML должен попасть в браузер в том виде, в каком вы его вставили: если конструктор страниц вставляет его скриптом, виджет отрисует скрипт, как без предварительной отрисовки.',
  platformPolicy: 'Если вы отправляете заголовок Content-Security-Policy, добавьте политику, показанную рядом с кодом.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} ${bytesWord(bytes)}` : `${decimal.format(bytes / 1024)} КБ`),
} satisfies Strings;
