/**
 * The builder's interface in Hebrew: instructions in the infinitive and impersonal forms
 * ("יש להדביק"), gender-neutral, as Hebrew web services write them.
 */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('he', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'he',
  documentTitle: 'מחולל קוד הטמעה — relief-widgets',
  title: 'מחולל קוד הטמעה',
  interfaceLanguage: 'שפת המחולל',
  interfaceLanguageHint: 'משנה רק את הדף הזה, לא את קוד ההטמעה. את השפה של הווידג׳ט עצמו בוחרים בהמשך, תחת „שפה”.',
  intro:
    'בוחרים מה להציג באתר של המרפאה ואיך זה ייראה, בודקים בתצוגה המקדימה החיה, ואז מעתיקים את קוד ההטמעה לדף. הכול קורה בדף הזה: שום דבר ממה שבוחרים לא נשלח לשום מקום ולא נשמר.',
  loadingBuilder: 'המחולל נטען…',
  loadFailed: (reason: string) => `המחולל לא הצליח לטעון את הנתונים שלו (${reason}). יש לטעון מחדש את הדף כדי לנסות שוב.`,
  settings: 'הגדרות',
  skipToCode: 'דילוג לקוד ההטמעה',

  element: 'מה להטמיע',
  elementHint: 'ווידג׳ט אחד לכל קוד הטמעה; לווידג׳ט נוסף מדביקים את הקוד שוב.',
  elementNames: {
    'relief-guide': 'המדריך המלא',
    'relief-benefit-list': 'רשימת יתרונות',
    'relief-tip-list': 'רשימת עצות',
    'relief-pain-selector': 'בחירת סוג הכאב',
    'relief-therapist-checklist': 'רשימת בדיקה לבחירת מטפל',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'איזו רשימה',
  elementSummaries: {
    'relief-guide': 'כל הדף „האם עיסוי יכול לעזור? ניהול כאב כרוני” בתג אחד, עם מקורות מידע נוספים, הערת בטיחות, כתב ויתור ותאריכי בדיקה.',
    'relief-benefit-list': 'רשימה עם כותרת של מה שעיסוי עשוי לתרום בכאב כרוני, מתוך הדף של המרפאה.',
    'relief-tip-list': 'עצות מעשיות מתוך הדף של המרפאה: הרגלי אורח חיים, או איך להפיק את המרב מטיפול.',
    'relief-pain-selector': 'ארבעת סוגי הכאב הכרוני הנפוצים כקבוצת לחצני בחירה: המטופל בוחר סוג אחד ורואה איך עיסוי עשוי לעזור. משתלב בטפסים: עובד בתוך טופס הקליטה של מרפאה.',
    'relief-therapist-checklist': 'למה לשים לב בבחירת מטפל בעיסוי לניהול כאב, כרשימת בדיקה עם התקדמות ואיפוס. משתלב בטפסים: כל id מסומן נשלח תחת השם `name`. הסימונים נשארים בדף: שום דבר לא נשמר, אלא אם המרפאה מפעילה זאת עם `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'איזו רשימה: היתרונות העיקריים (ברירת מחדל), איך עיסוי מסייע בהקלה, או הסיכום. ערך לא מוכר מציג אזהרה ואת היתרונות העיקריים.',
    'relief-tip-list': 'אילו עצות: אורח חיים (ברירת מחדל) או טיפול. ערך לא מוכר מציג אזהרה ואת העצות לאורח חיים.',
  } as Record<string, string>,

  sections: 'חלקי המדריך',
  sectionsHint:
    'כדי להשמיט חלק מבטלים את הסימון שלו; כדי לשנות את הסדר מזיזים את החלקים. הערת הבטיחות, כתב הוויתור ותאריכי הבדיקה מוצגים תמיד.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `הזזת „${heading}” למעלה`,
  moveDown: (heading: string) => `הזזת „${heading}” למטה`,
  moved: (heading: string, position: number, count: number) =>
    `„${heading}” הועבר למקום ${String(position)} מתוך ${String(count)}.`,
  resetSections: 'הצגת כל החלקים בסדר המקורי',
  sectionsReset: 'כל החלקים מוצגים, בסדר המקורי.',
  noSection: 'לא סומן אף חלק: במקרה כזה המדריך מציג את כולם. יש לסמן לפחות חלק אחד.',

  heading: 'כותרת',
  headingLevel: 'רמת הכותרת',
  headingLevelHint: (level: number) =>
    `יש לבחור את הרמה שמתאימה למבנה הדף: מתחת לכותרת של הדף עצמו (h1) בוחרים 2. הכותרת של הווידג׳ט תהיה h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `החלקים של המדריך נמצאים רמה אחת מתחת, ברמה ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'טקסט הכותרת (לא חובה)',
  headingTextHint: (defaultHeading: string) =>
    `אם משאירים ריק, נשארת הכותרת „${defaultHeading}” (מתורגמת יחד עם הווידג׳ט). הטקסט שלך מוצג בדיוק כפי שהוקלד, בכל השפות.`,

  language: 'שפה',
  languageFollow: 'לפי שפת הדף (מומלץ)',
  languageFollowHint: 'הווידג׳ט מוצג בשפה של כל דף שהוא נמצא בו (ה־<html lang> של הדף), ב־17 שפות.',
  languageFixed: 'תמיד אותה שפה',
  languageFixedHint: 'הווידג׳ט מציג שפה אחת, לא משנה מה שפת הדף.',
  languageSelectFollow: 'שפת הדף שלך',
  languageSelectFollowHint: 'משמשת את התצוגה המקדימה ואת ה־HTML המרונדר מראש.',
  languageSelectFixed: 'השפה שמוצגת',
  // A right-to-left mark before the tag, so that a Latin autonym and its tag do not run together left to right.
  languageName: (name: string, autonym: string, tag: string) =>
    name === autonym ? `${name} \u200f(${tag})` : `${name} — ${autonym} \u200f(${tag})`,

  dates: 'תאריכי בדיקה',
  datesHint:
    'מתי המרפאה בדקה את המידע הזה לאחרונה, ומתי היא תבדוק אותו שוב. כדי להציג את התאריכים של הדף המקורי משאירים אותם כמו שהם.',
  lastUpdated: 'עודכן לאחרונה',
  nextReview: 'מועד הבדיקה הבאה',

  evidence: 'הערות על הראיות',
  evidenceShow: 'הצגת מידת החוזק של המחקר לכל סוג כאב, עם המקורות',
  evidenceHint: 'מומלץ: המטופלים רואים מה אומר המחקר לצד הטקסט של המרפאה.',

  theme: 'ערכת עיצוב',
  scheme: 'בהיר או כהה',
  schemePage: 'לפי מה שהדף שלי מצהיר (בהיר, אלא אם הדף מצהיר על כהה)',
  schemeLight: 'תמיד בהיר',
  schemeDark: 'תמיד כהה',
  schemeVisitor: 'לפי ההגדרה של המבקר (בהיר או כהה)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'צבעים במצב בהיר' : 'צבעים במצב כהה'),
  colorNames: { accent: 'צבע הדגשה', text: 'טקסט', surface: 'משטח (רקע)', border: 'מסגרת' } as Record<string, string>,
  colorHex: (name: string) => `${name}, קוד הקסדצימלי`,
  colorHexInvalid: 'יש לכתוב צבע כ־# ושש ספרות הקסדצימליות, למשל #7a3e65.',
  resetColors: 'איפוס הצבעים',
  radius: 'רדיוס הפינות (em)',
  radiusHint: 'מידת העיגול של פינות הווידג׳ט; 0 לפינות ישרות.',
  font: 'גופן',
  fontInherit: 'הגופן של האתר שלך (בירושה)',
  fontSans: 'גופן מערכת ללא תגים (בלי הורדה)',
  fontSerif: 'גופן מערכת עם תגים (בלי הורדה)',
  placement: 'איפה ה־CSS של הווידג׳ט',
  placementSnippet: 'בקוד ההטמעה (בלוק <style>)',
  placementStylesheet: 'בגיליון הסגנונות של האתר שלי (מוצג מתחת לקוד)',
  reserveSpace: 'שמירת מקום בזמן שהסקריפט נטען (פחות קפיצות בפריסה)',

  scriptLoading: 'איך הסקריפט נטען',
  source: 'מאיפה הסקריפט מגיע',
  sourceCdn: (version: string) => `ה־CDN של jsDelivr, נעול על גרסה ${version}`,
  sourceSelf: 'האתר שלי (אחסון עצמי)',
  folder: 'התיקייה של העותק שלך',
  folderHint:
    'המקום שאליו הועלה התוכן של התיקייה dist/ מהחבילה (relief-widgets.js, ולצידו locales/), למשל /assets/relief-widgets/ או https://static.example.com/relief/.',
  folderInvalid: 'התיקייה צריכה להתחיל ב־/ (נתיב באתר שלך) או ב־https://, בלי רווחים, מירכאות, ? או #, ובלי שם משתמש או סיסמה.',
  kind: 'סוג הסקריפט',
  kindModule: 'מודול ES (מומלץ)',
  kindClassic: 'סקריפט קלאסי (לבוני אתרים שמקבלים רק סקריפטים קלאסיים)',
  rendering: 'איך התוכן מגיע לדף',
  renderingScript: 'מרונדר על ידי הסקריפט',
  renderingPrerendered: 'HTML מרונדר מראש (התוכן נמצא בדף עבור מנועי חיפוש, תצוגות מקדימות של קישורים ומבקרים בלי JavaScript)',

  preview: 'תצוגה מקדימה',
  previewHint: 'הווידג׳ט האמיתי, מתעדכן עם כל שינוי.',
  previewPrerendered: 'HTML מרונדר מראש נראה אותו דבר אחרי שהסקריפט רץ; לפני כן, הפקדים מוצגים כלא פעילים.',
  previewWidth: 'רוחב',
  previewPhone: 'טלפון (390 px)',
  previewDesktop: 'מחשב (1280 px)',
  previewAppearance: 'מראה',
  previewLight: 'בהיר',
  previewDark: 'כהה',
  previewFrame: 'תצוגה מקדימה חיה של הווידג׳ט',

  output: 'קוד ההטמעה שלך',
  checks: 'לפני ההעתקה',
  noChecks: 'אין מה לבדוק: הקוד מוכן.',
  embedCode: 'קוד הטמעה',
  copy: 'העתקה',
  copied: 'קוד ההטמעה הועתק.',
  copyFallback: 'אי אפשר להעתיק כאן, ולכן הקוד סומן: יש להקיש Ctrl+C (או ⌘C ב־Mac) כדי להעתיק אותו.',
  csp: 'Content-Security-Policy',
  cspHint: 'רק אם האתר שלך שולח Content-Security-Policy: אלה המקורות שהקוד צריך. יש להוסיף אותם למדיניות.',
  cspTrustedTypes: 'אם המדיניות שלך אוכפת Trusted Types, יש לאפשר גם את המדיניות של Lit:',
  htmlElement: 'רכיב ה־<html> של הדף שלך',
  htmlElementHint: (language: string) =>
    `לדף יש שפה אחת לכל הווידג׳טים שבו, ולכן השפה נקבעת בדף ולא בקוד: כדי להציג תמיד ${language}, הדף צריך להתחיל ברכיב ה־<html> הזה.`,
  stylesheet: 'CSS לגיליון הסגנונות של האתר שלך',
  stylesheetHint: 'יש להוסיף את זה ל־CSS של האתר (למשל ב„CSS נוסף” של WordPress או ב־„Custom CSS” של Squarespace).',
  copyCss: 'העתקת ה־CSS',
  copiedCss: 'ה־CSS הועתק.',
  copyPolicy: 'העתקת המדיניות',
  copiedPolicy: 'המדיניות הועתקה.',
  copyHtml: 'העתקת רכיב ה־<html>',
  copiedHtml: 'רכיב ה־<html> הועתק.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: ניגודיות של ${ratio}:1, מתחת ל־${minimum}:1 ש־WCAG AA דורש.`,
  contrastSuggestion: (name: string, color: string) => `הערך הקרוב ביותר שעומד בדרישה עבור „${name}”: ${color}.`,
  contrastNoSuggestion: 'אף בהירות של הצבע הזה לא עומדת בדרישה; יש לבחור צבע אחר.',
  useColor: (color: string) => `שימוש ב־${color}`,
  pairNames: {
    'text/surface': 'טקסט על המשטח',
    'text/surface-raised': 'טקסט על אזורים מודגשים',
    'accent/surface': 'צבע הדגשה (קישורים, סימונים) על המשטח',
    'accent/surface-raised': 'צבע הדגשה על אזורים מודגשים',
    'muted/surface': 'טקסט משני על המשטח',
    'border/surface': 'מסגרות של פקדים על המשטח',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (מצב ${scheme === 'light' ? 'בהיר' : 'כהה'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `HTML מרונדר מראש מוסיף לדף ${raw}${compressed ? ` (${compressed} בדחיסה)` : ''}, כך שהדף כבד יותר; בתמורה, התוכן נמצא שם לפני שסקריפט כלשהו רץ, ושום דבר לא זז כשהוא רץ.`,
  prerenderedLanguage: (language: string) =>
    `ה־HTML המרונדר מראש הוא ב${language}: יש להשתמש בו בדף ב${language}. אחרי שהסקריפט רץ, הווידג׳ט עובר לשפת הדף.`,
  prerenderedVersion: (version: string) =>
    `ה־HTML המרונדר מראש מציג את מה שגרסה ${version} מציגה; הסקריפט מחליף אותו ברינדור משלו, ולכן אחרי עדכון יש להפיק את הקוד מחדש כדי שה־HTML יישאר עדכני.`,
  prerenderedCommand: 'כדי לרנדר מראש בעצמך, יש לשמור את הקוד כ־snippet.html ולהריץ:',
  prerenderedLoadFailed: 'לא ניתן היה להפיק מהתצוגה המקדימה HTML מרונדר מראש, ולכן הקוד שלמטה מרונדר על ידי הסקריפט.',
  layoutShift:
    'התוכן שמתחת לווידג׳ט זז למטה כשהווידג׳ט מופיע (קפיצה בפריסה). אפשר לשמור מקום בזמן שהסקריפט נטען (ערכת עיצוב) או לבחור HTML מרונדר מראש.',
  reservedSpace: 'נשמר מקום בזמן שהסקריפט נטען; הדף זז רק בהפרש שבין הגובה השמור לגובה האמיתי.',
  localeChunk: (size: string) =>
    `בדף שאינו באנגלית, הסקריפט טוען גם את הקובץ של השפה הזו (עד ${size}), ומציג את הטקסט ברגע שהוא מגיע.`,
  scriptWeight: (size: string) => `גודל הסקריפט ${size} (דחוס) לכל הווידג׳טים בדף יחד; הוא נטען פעם אחת.`,
  classicNote: 'הסקריפט הקלאסי צריך <meta charset="utf-8"> בדף; הוא רץ אחרי שהדף מפוענח (defer).',
  cdnNote:
    'הסקריפט מגיע מ־cdn.jsdelivr.net: עוד חיבור אחד לדף, ו־jsDelivr רואה את כתובות ה־IP של המבקרים שלך. אחסון עצמי חוסך את שני הדברים.',
  selfHostedNote: 'יש להעלות את כל התיקייה dist/: קובצי השפה שב־locales/ צריכים להישאר לצד relief-widgets.js.',
  styleBlockNote: 'ה־CSS של הווידג׳ט הוא בלוק <style> בקוד: תחת Content-Security-Policy מחמירה הוא צריך את הגיבוב (hash) שמופיע במדיניות.',
  hashUnavailable:
    'הדפדפן הזה לא יכול לחשב כאן את הגיבוב (hash) של בלוק הסגנון (נדרש https), ולכן הוא חסר במדיניות שלמטה: אפשר לשים את ה־CSS בגיליון הסגנונות במקום, או לפתוח את המחולל ב־https.',
  overdue: (date: string) => `מועד הבדיקה הבאה (${date}) עבר: המבקרים יראו הודעה שהמידע עשוי להיות לא עדכני.`,
  datesOrder: 'מועד הבדיקה הבאה צריך להיות אחרי העדכון האחרון.',
  dateInvalid: (label: string) => `„${label}” אינו תאריך שהווידג׳ט יכול להציג (השנים 0100 עד 9999): נשאר התאריך של הדף המקורי.`,
  fontNote: 'גופן מערכת משתמש בגופנים שכבר נמצאים במכשיר של המבקר: אין מה להוריד.',

  platforms: 'איפה להדביק',
  platformNames: {
    html: 'HTML רגיל',
    wordpress: 'WordPress (בלוק HTML מותאם אישית)',
    wix: 'Wix (רכיב Custom Element)',
    squarespace: 'Squarespace (בלוק Code)',
  },
  steps: {
    html: [
      'מדביקים את קוד ההטמעה במקום שבו התוכן צריך להופיע, בתוך <body>.',
      'תג ה־script נכנס פעם אחת בכל דף; טעינה כפולה לא מזיקה. כל ווידג׳ט צריך תג משלו.',
    ],
    wordpress: [
      'מוסיפים בלוק „HTML מותאם אישית” במקום שבו התוכן צריך להופיע.',
      'מדביקים את קוד ההטמעה.',
      'בלוקים נוספים באותו דף צריכים רק את התג של הרכיב.',
      'WordPress קובע את <html lang> דרך הגדרות ← כללי ← שפת האתר; תוסף רב־לשוני (WPML, Polylang) קובע אותו לכל דף, והווידג׳ט עוקב אחריו.',
      'WordPress שומר <script> בתוך בלוק רק עבור משתמשים שמורשים לפרסם HTML לא מסונן (מנהלי מערכת ברוב האתרים).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'בוחרים „Add”, אחר כך „Embed Code” ואז „Custom Element”.',
      `בוחרים „Source: Server URL” ומזינים ${url}`,
      `בשדה „Tag Name” כותבים ${tag}. מוסיפים Custom Element אחד לכל ווידג׳ט; הסקריפט משותף לכולם.`,
      'מגדירים בעורך גובה שמתאים לתוכן.',
      `אם הווידג׳ט נשאר ריק, יש להשתמש במקום זאת בכתובת ה־URL של הסקריפט הקלאסי: ${classicUrl}`,
    ],
    squarespace: [
      'עורכים את הדף ומוסיפים בלוק Code (בלוקים של Code עם סקריפטים דורשים תוכנית שמאפשרת JavaScript).',
      'מדביקים את קוד ההטמעה; משאירים את „Display Source” כבוי.',
      'כדי להשתמש בווידג׳טים בכמה דפים, שמים את שורת ה־<script> פעם אחת בתפריט „Settings”, אחר כך „Advanced”, אחר כך „Code Injection” ולבסוף „Header”, ובבלוקים של Code רק את התגים.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `ה־Custom Element של Wix מקבל רק את כתובת הסקריפט ואת שם התג: שאר הבחירות שלך (${attributes}) ובלוק <style> דורשים קוד של Wix עצמה (Velo), ואי אפשר להשתמש שם ב־HTML מרונדר מראש.`,
  wixNoHtml: 'אי אפשר להשתמש ב־HTML מרונדר מראש ב־Custom Element של Wix: הוא לא מקבל HTML.',
  platformCss: {
    wordpress: 'או לשים את ה־CSS של הווידג׳ט ב־עיצוב ← התאמה אישית ← CSS נוסף.',
    squarespace: 'או לשים את ה־CSS של הווידג׳ט ב־„Design” ואז ב־„Custom CSS”.',
  },
  platformLanguage: (language: string) =>
    `כדי להציג תמיד ${language} במקום שבו אי אפשר לערוך את <html>, יש לקבוע בהגדרות האתר את שפת האתר ל${language}: הווידג׳ט עוקב אחרי ה־<html lang> של הדף.`,
  platformPrerendered:
    'HTML מרונדר מראש צריך להגיע לדפדפן בדיוק כפי שהודבק: בונה דפים שמכניס אותו באמצעות סקריפט משאיר לסקריפט לרנדר את הווידג׳ט, כמו בלי רינדור מראש.',
  platformPolicy: 'אם נשלחת כותרת Content-Security-Policy, יש להוסיף את המדיניות שמוצגת ליד הקוד.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} בייטים` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
