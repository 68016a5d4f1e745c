/** The builder's interface in Polish (second person singular imperative, as Polish software addresses its users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('pl', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** „bajt”, „bajty”, „bajtów” by the number. */
const bytesWord = (count: number) => {
  const category = new Intl.PluralRules('pl').select(count);
  return category === 'one' ? 'bajt' : category === 'few' ? 'bajty' : 'bajtów';
};

export default {
  lang: 'pl',
  documentTitle: 'Generator kodu do osadzenia — relief-widgets',
  title: 'Generator kodu do osadzenia',
  interfaceLanguage: 'Język generatora',
  interfaceLanguageHint: 'Zmienia tylko tę stronę, nie kod do osadzenia. Język samego widżetu ustawisz niżej, w sekcji „Język”.',
  intro:
    'Wybierz, co ma się pojawić na stronie Twojego gabinetu i jak ma wyglądać, sprawdź podgląd na żywo, a potem skopiuj kod do osadzenia na swoją stronę. Wszystko dzieje się na tej stronie: nic z tego, co wybierzesz, nie jest nigdzie wysyłane ani zapisywane.',
  loadingBuilder: 'Wczytywanie generatora…',
  loadFailed: (reason: string) => `Generator nie mógł wczytać swoich danych (${reason}). Odśwież stronę, aby spróbować ponownie.`,
  settings: 'Ustawienia',
  skipToCode: 'Przejdź do kodu do osadzenia',

  element: 'Co osadzić',
  elementHint: 'Jeden widżet na jeden kod do osadzenia; aby dodać kolejny, wklej kod jeszcze raz.',
  elementNames: {
    'relief-guide': 'Cały poradnik',
    'relief-benefit-list': 'Lista korzyści',
    'relief-tip-list': 'Lista wskazówek',
    'relief-pain-selector': 'Wybór rodzaju bólu',
    'relief-therapist-checklist': 'Lista kontrolna wyboru terapeuty',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Która lista',
  elementSummaries: {
    'relief-guide': 'Cała strona „Czy masaż może pomóc? Leczenie bólu przewlekłego” w jednym znaczniku, z dodatkowymi materiałami, środkami ostrożności, zastrzeżeniem i datami przeglądu.',
    'relief-benefit-list': 'Lista z nagłówkiem, pokazująca, co masaż może dać przy bólu przewlekłym, ze strony gabinetu.',
    'relief-tip-list': 'Praktyczne wskazówki ze strony gabinetu: nawyki na co dzień albo jak najlepiej wykorzystać sesję.',
    'relief-pain-selector': 'Cztery częste rodzaje bólu przewlekłego jako grupa przycisków opcji: pacjent wybiera jeden i widzi, jak masaż może pomóc. Powiązany z formularzem: działa w formularzu przyjęcia gabinetu.',
    'relief-therapist-checklist': 'Na co zwrócić uwagę, wybierając masażystę zajmującego się leczeniem bólu, jako lista kontrolna z postępem i resetowaniem. Powiązana z formularzem: każdy zaznaczony id jest wysyłany pod nazwą `name`. Zaznaczenia zostają na stronie: nic nie jest zapisywane, chyba że gabinet włączy to atrybutem `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Która lista: najważniejsze korzyści (domyślnie), jak masaż wspiera łagodzenie bólu albo podsumowanie. Nieznana wartość wyświetla ostrzeżenie i najważniejsze korzyści.',
    'relief-tip-list': 'Które wskazówki: styl życia (domyślnie) albo sesja. Nieznana wartość wyświetla ostrzeżenie i wskazówki dotyczące stylu życia.',
  } as Record<string, string>,

  sections: 'Sekcje poradnika',
  sectionsHint:
    'Odznacz sekcję, aby ją pominąć; przesuwaj sekcje, aby zmienić ich kolejność. Środki ostrożności, zastrzeżenie i daty przeglądu są zawsze widoczne.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Przesuń „${heading}” w górę`,
  moveDown: (heading: string) => `Przesuń „${heading}” w dół`,
  moved: (heading: string, position: number, count: number) =>
    `Sekcja „${heading}” jest teraz na pozycji ${String(position)} z ${String(count)}.`,
  resetSections: 'Pokaż wszystkie sekcje w pierwotnej kolejności',
  sectionsReset: 'Widoczne są wszystkie sekcje, w pierwotnej kolejności.',
  noSection: 'Nie zaznaczono żadnej sekcji: poradnik pokaże wtedy wszystkie. Zaznacz co najmniej jedną.',

  heading: 'Nagłówek',
  headingLevel: 'Poziom nagłówka',
  headingLevelHint: (level: number) =>
    `Wybierz poziom pasujący do struktury Twojej strony: pod tytułem samej strony (h1) wybierz 2. Nagłówek widżetu będzie elementem h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `Sekcje poradnika są o jeden poziom niżej, na poziomie ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Tekst nagłówka (opcjonalnie)',
  headingTextHint: (defaultHeading: string) =>
    `Zostaw puste, aby zachować „${defaultHeading}” (tłumaczone razem z widżetem). Twój tekst jest wyświetlany tak, jak go wpiszesz, w każdym języku.`,

  language: 'Język',
  languageFollow: 'Zgodnie z językiem strony (zalecane)',
  languageFollowHint: 'Widżet mówi językiem każdej strony, na której się znajduje (jej <html lang>), w 17 językach.',
  languageFixed: 'Zawsze jeden język',
  languageFixedHint: 'Widżet pokazuje jeden język niezależnie od języka strony.',
  languageSelectFollow: 'Język Twojej strony',
  languageSelectFollowHint: 'Używany przez podgląd i przez wstępnie wyrenderowany HTML.',
  languageSelectFixed: 'Wyświetlany język',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Daty przeglądu',
  datesHint:
    'Kiedy Twój gabinet ostatnio sprawdził te informacje i kiedy sprawdzi je ponownie. Zostaw bez zmian, aby pokazać daty z oryginalnej strony.',
  lastUpdated: 'Ostatnia aktualizacja',
  nextReview: 'Następny planowany przegląd',

  evidence: 'Uwagi o dowodach',
  evidenceShow: 'Pokaż, jak mocne są wyniki badań dla każdego rodzaju bólu, wraz ze źródłami',
  evidenceHint: 'Zalecane: pacjenci widzą, co mówią badania, obok tekstu gabinetu.',

  theme: 'Motyw',
  scheme: 'Jasny czy ciemny',
  schemePage: 'Tak, jak deklaruje moja strona (jasny, chyba że Twoja strona deklaruje ciemny)',
  schemeLight: 'Zawsze jasny',
  schemeDark: 'Zawsze ciemny',
  schemeVisitor: 'Zgodnie z ustawieniem odwiedzającego (jasny lub ciemny)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Kolory w trybie jasnym' : 'Kolory w trybie ciemnym'),
  colorNames: { accent: 'Kolor akcentu', text: 'Tekst', surface: 'Powierzchnia (tło)', border: 'Obramowanie' } as Record<string, string>,
  colorHex: (name: string) => `${name}, kod szesnastkowy`,
  colorHexInvalid: 'Wpisz kolor jako # i sześć cyfr szesnastkowych, na przykład #7a3e65.',
  resetColors: 'Przywróć kolory',
  radius: 'Zaokrąglenie narożników (em)',
  radiusHint: 'Zaokrąglenie narożników widżetu; 0 oznacza narożniki proste.',
  font: 'Czcionka',
  fontInherit: 'Czcionka Twojej witryny (dziedziczona)',
  fontSans: 'Systemowa bezszeryfowa (bez pobierania)',
  fontSerif: 'Systemowa szeryfowa (bez pobierania)',
  placement: 'Gdzie trafia CSS widżetu',
  placementSnippet: 'Do kodu do osadzenia (blok <style>)',
  placementStylesheet: 'Do arkusza stylów mojej witryny (pokazany pod kodem)',
  reserveSpace: 'Rezerwuj miejsce podczas wczytywania skryptu (mniej przesunięć układu)',

  scriptLoading: 'Jak wczytuje się skrypt',
  source: 'Skąd pochodzi skrypt',
  sourceCdn: (version: string) => `CDN jsDelivr, przypięty do wersji ${version}`,
  sourceSelf: 'Moja własna witryna (hosting własny)',
  folder: 'Folder Twojej kopii',
  folderHint:
    'Miejsce, do którego przesłano zawartość folderu dist/ z pakietu (relief-widgets.js, obok niego locales/), na przykład /assets/relief-widgets/ lub https://static.example.com/relief/.',
  folderInvalid: 'Zacznij folder od / (ścieżka w Twojej witrynie) albo od https://, bez spacji, cudzysłowów, ? i #, a także bez nazwy użytkownika i hasła.',
  kind: 'Rodzaj skryptu',
  kindModule: 'Moduł ES (zalecane)',
  kindClassic: 'Klasyczny skrypt (dla kreatorów stron, które przyjmują tylko klasyczne skrypty)',
  rendering: 'Jak treść trafia na stronę',
  renderingScript: 'Renderowana przez skrypt',
  renderingPrerendered:
    'Wstępnie wyrenderowany HTML (treść jest na stronie dla wyszukiwarek, podglądów linków i odwiedzających bez JavaScriptu)',

  preview: 'Podgląd',
  previewHint: 'Prawdziwy widżet, aktualizowany przy każdej zmianie.',
  previewPrerendered: 'Wstępnie wyrenderowany HTML wygląda tak samo po uruchomieniu skryptu; wcześniej elementy sterujące są nieaktywne.',
  previewWidth: 'Szerokość',
  previewPhone: 'Telefon (390 px)',
  previewDesktop: 'Komputer (1280 px)',
  previewAppearance: 'Wygląd',
  previewLight: 'Jasny',
  previewDark: 'Ciemny',
  previewFrame: 'Podgląd widżetu na żywo',

  output: 'Twój kod do osadzenia',
  checks: 'Zanim skopiujesz',
  noChecks: 'Nie ma nic do sprawdzenia: kod jest gotowy.',
  embedCode: 'Kod do osadzenia',
  copy: 'Kopiuj',
  copied: 'Skopiowano kod do osadzenia.',
  copyFallback: 'Kopiowanie nie jest tu dozwolone, więc kod został zaznaczony: naciśnij Ctrl+C (⌘C na Macu), aby go skopiować.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Tylko jeśli Twoja witryna wysyła nagłówek Content-Security-Policy: to są źródła, których potrzebuje kod. Dodaj je do swojej polityki.',
  cspTrustedTypes: 'Jeśli Twoja polityka wymusza Trusted Types, zezwól też na politykę Lit:',
  htmlElement: 'Element <html> Twojej strony',
  htmlElementHint: (language: string) =>
    `Strona ma jeden język dla wszystkich swoich widżetów, więc język ustawia się na stronie, a nie w kodzie: zacznij stronę od tego elementu <html>, aby zawsze wyświetlać język: ${language}.`,
  stylesheet: 'CSS do arkusza stylów Twojej witryny',
  stylesheetHint: 'Dodaj to do własnego CSS witryny (na przykład „Dodatkowy CSS” w WordPressie lub „Custom CSS” w Squarespace).',
  copyCss: 'Kopiuj CSS',
  copiedCss: 'Skopiowano CSS.',
  copyPolicy: 'Kopiuj politykę',
  copiedPolicy: 'Skopiowano politykę.',
  copyHtml: 'Kopiuj element <html>',
  copiedHtml: 'Skopiowano element <html>.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: kontrast ${ratio}:1, poniżej ${minimum}:1 wymaganego przez WCAG AA.`,
  contrastSuggestion: (name: string, color: string) => `Najbliższa wartość spełniająca wymóg dla „${name}”: ${color}.`,
  contrastNoSuggestion: 'Żadna jasność tego koloru nie spełnia wymogu; wybierz inny kolor.',
  useColor: (color: string) => `Użyj ${color}`,
  pairNames: {
    'text/surface': 'Tekst na powierzchni',
    'text/surface-raised': 'Tekst na wyróżnionych obszarach',
    'accent/surface': 'Kolor akcentu (linki, znaczniki) na powierzchni',
    'accent/surface-raised': 'Kolor akcentu na wyróżnionych obszarach',
    'muted/surface': 'Tekst pomocniczy na powierzchni',
    'border/surface': 'Obramowania elementów sterujących na powierzchni',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (tryb ${scheme === 'light' ? 'jasny' : 'ciemny'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `Wstępnie wyrenderowany HTML dodaje do strony ${raw}${compressed ? ` (${compressed} po kompresji)` : ''}, więc strona jest cięższa; w zamian treść jest na miejscu, zanim uruchomi się jakikolwiek skrypt, i nic się nie przesuwa, gdy się uruchomi.`,
  prerenderedLanguage: (language: string) =>
    `Wstępnie wyrenderowany HTML jest w języku: ${language}. Używaj go na stronie w tym samym języku. Po uruchomieniu skryptu widżet dostosowuje się do języka strony.`,
  prerenderedVersion: (version: string) =>
    `Wstępnie wyrenderowany HTML pokazuje to, co pokazuje wersja ${version}; skrypt zastępuje go własnym renderowaniem, więc po aktualizacji wygeneruj kod ponownie, aby HTML był na bieżąco.`,
  prerenderedCommand: 'Aby samodzielnie wyrenderować go wstępnie, zapisz kod jako snippet.html i uruchom:',
  prerenderedLoadFailed: 'Nie udało się zapisać podglądu jako wstępnie wyrenderowanego HTML, więc kod poniżej renderuje skrypt.',
  layoutShift:
    'Treść strony pod widżetem przesuwa się w dół, gdy widżet się pojawia (przesunięcie układu). Zarezerwuj miejsce na czas wczytywania skryptu (Motyw) albo wybierz wstępnie wyrenderowany HTML.',
  reservedSpace:
    'Podczas wczytywania skryptu miejsce jest zarezerwowane; strona przesuwa się tylko o różnicę między zarezerwowaną a rzeczywistą wysokością.',
  localeChunk: (size: string) =>
    `Na stronie w języku innym niż angielski skrypt wczytuje też plik tego języka (do ${size}) i pokazuje tekst, gdy tylko plik dotrze.`,
  scriptWeight: (size: string) => `Skrypt ma ${size} (po kompresji) dla wszystkich widżetów na stronie razem; wczytuje się raz.`,
  classicNote: 'Klasyczny skrypt wymaga <meta charset="utf-8"> na stronie; uruchamia się po przetworzeniu strony (defer).',
  cdnNote:
    'Skrypt pochodzi z cdn.jsdelivr.net: to jedno połączenie więcej dla strony, a jsDelivr widzi adresy IP Twoich odwiedzających. Hosting własny pozwala uniknąć obu tych rzeczy.',
  selfHostedNote: 'Prześlij cały folder dist/: pliki językowe w locales/ muszą pozostać obok relief-widgets.js.',
  styleBlockNote:
    'CSS widżetu to blok <style> w kodzie: przy restrykcyjnej Content-Security-Policy potrzebuje skrótu (hash) podanego w polityce.',
  hashUnavailable:
    'Ta przeglądarka nie może tu obliczyć skrótu (hash) bloku stylów (potrzebuje https), więc brakuje go w polityce poniżej: umieść CSS w arkuszu stylów albo otwórz generator przez https.',
  overdue: (date: string) =>
    `Data następnego przeglądu (${date}) już minęła: odwiedzający zobaczą informację, że treści mogą być nieaktualne.`,
  datesOrder: 'Data następnego przeglądu powinna być późniejsza niż ostatnia aktualizacja.',
  dateInvalid: (label: string) => `„${label}” to nie jest data, którą widżet może pokazać (lata od 0100 do 9999): zostaje data z oryginalnej strony.`,
  fontNote: 'Czcionka systemowa korzysta z czcionek, które są już na urządzeniu odwiedzającego: nic nie trzeba pobierać.',

  platforms: 'Gdzie wkleić kod',
  platformNames: {
    html: 'Zwykły HTML',
    wordpress: 'WordPress (blok „Własny HTML”)',
    wix: 'Wix (element Custom Element)',
    squarespace: 'Squarespace (blok Code)',
  },
  steps: {
    html: [
      'Wklej kod do osadzenia w miejscu, w którym ma się pojawić treść, wewnątrz <body>.',
      'Znacznik script umieszcza się raz na stronie; dwukrotne wczytanie nie szkodzi. Każdy widżet potrzebuje własnego znacznika.',
    ],
    wordpress: [
      'Dodaj blok „Własny HTML” w miejscu, w którym ma się pojawić treść.',
      'Wklej kod do osadzenia.',
      'Kolejne bloki na tej samej stronie potrzebują tylko znacznika elementu.',
      'WordPress ustawia <html lang> w Ustawienia → Ogólne → Język witryny; wtyczka wielojęzyczna (WPML, Polylang) ustawia go dla każdej strony, a widżet się do niego stosuje.',
      'WordPress zachowuje <script> w bloku tylko dla użytkowników, którzy mogą publikować niefiltrowany HTML (w większości witryn administratorów).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '„Add” → „Embed Code” → „Custom Element”.',
      `Wybierz „Source: Server URL” i wpisz ${url}`,
      `„Tag Name”: ${tag}. Dodaj jeden Custom Element na każdy widżet; korzystają ze wspólnego skryptu.`,
      'Ustaw w edytorze wysokość, która zmieści treść.',
      `Jeśli widżet pozostaje pusty, użyj zamiast tego adresu URL klasycznego skryptu: ${classicUrl}`,
    ],
    squarespace: [
      'Edytuj stronę i dodaj blok „Code” (bloki Code ze skryptami wymagają planu, który pozwala na JavaScript).',
      'Wklej kod do osadzenia; pozostaw „Display Source” wyłączone.',
      'Aby używać widżetów na kilku stronach, umieść wiersz <script> raz w „Settings” → „Advanced” → „Code Injection” → „Header”, a w blokach Code tylko znaczniki.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Custom Element w Wix przyjmuje tylko adres URL skryptu i nazwę znacznika: pozostałe ustawienia (${attributes}) oraz blok <style> wymagają własnego kodu Wix (Velo), a wstępnie wyrenderowanego HTML nie da się tam użyć.`,
  wixNoHtml: 'Wstępnie wyrenderowanego HTML nie da się użyć w Custom Element w Wix: nie przyjmuje on HTML.',
  platformCss: {
    wordpress: 'Albo umieść CSS widżetu w Wygląd → Dostosuj → Dodatkowy CSS.',
    squarespace: 'Albo umieść CSS widżetu w „Design” → „Custom CSS”.',
  },
  platformLanguage: (language: string) =>
    `Jeśli nie możesz edytować <html>, a widżet ma zawsze wyświetlać ten język: ${language}, ustaw go w ustawieniach witryny jako jej język (${language}): widżet stosuje się do <html lang> strony.`,
  platformPrerendered:
    'Wstępnie wyrenderowany HTML musi dotrzeć do przeglądarki w takiej postaci, w jakiej go wklejono: kreator stron, który wstawia go za pomocą skryptu, pozostawia renderowanie widżetu skryptowi, jak bez wstępnego renderowania.',
  platformPolicy: 'Jeśli wysyłasz nagłówek Content-Security-Policy, dodaj politykę pokazaną obok kodu.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} ${bytesWord(bytes)}` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
