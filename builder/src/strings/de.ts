/** The builder's interface in German (Sie, as German web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('de', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'de',
  documentTitle: 'Einbettungscode-Generator — relief-widgets',
  title: 'Einbettungscode-Generator',
  interfaceLanguage: 'Sprache des Generators',
  interfaceLanguageHint: 'Ändert nur diese Seite, nicht den Einbettungscode. Die Sprache des Widgets selbst legen Sie weiter unten unter „Sprache“ fest.',
  intro:
    'Wählen Sie aus, was auf der Website Ihrer Praxis erscheinen soll und wie es aussieht, prüfen Sie die Live-Vorschau und kopieren Sie dann den Einbettungscode in Ihre Seite. Alles geschieht auf dieser Seite: Nichts von dem, was Sie auswählen, wird irgendwohin gesendet oder gespeichert.',
  loadingBuilder: 'Generator wird geladen…',
  loadFailed: (reason: string) => `Der Generator konnte seine Daten nicht laden (${reason}). Laden Sie die Seite neu, um es noch einmal zu versuchen.`,
  settings: 'Einstellungen',
  skipToCode: 'Zum Einbettungscode springen',

  element: 'Was eingebettet wird',
  elementHint: 'Ein Widget pro Einbettungscode; für ein weiteres Widget fügen Sie erneut Code ein.',
  elementNames: {
    'relief-guide': 'Der ganze Ratgeber',
    'relief-benefit-list': 'Eine Liste der Vorteile',
    'relief-tip-list': 'Eine Liste mit Tipps',
    'relief-pain-selector': 'Auswahl der Schmerzart',
    'relief-therapist-checklist': 'Checkliste zur Therapeutenwahl',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Welche Liste',
  elementSummaries: {
    'relief-guide': 'Die ganze Seite „Kann Massage helfen? Behandlung chronischer Schmerzen“ in einem Tag, mit weiterführenden Informationen, Sicherheitshinweisen, Haftungsausschluss und Überprüfungsdaten.',
    'relief-benefit-list': 'Eine Liste mit Überschrift, was Massage bei chronischen Schmerzen bewirken kann, von der Seite der Praxis.',
    'relief-tip-list': 'Praktische Tipps von der Seite der Praxis: Alltagsgewohnheiten oder wie man das Beste aus einer Sitzung macht.',
    'relief-pain-selector': 'Die vier häufigen Arten chronischer Schmerzen als Optionsfelder: Die Patientin oder der Patient wählt eine aus und sieht, wie Massage helfen kann. Formularfähig: funktioniert im Aufnahmeformular einer Praxis.',
    'relief-therapist-checklist': 'Worauf man bei Massagetherapeutinnen und -therapeuten für die Schmerzbehandlung achten sollte, als Checkliste mit Fortschritt und Zurücksetzen. Formularfähig: Jede angehakte id wird unter `name` übermittelt. Die Häkchen bleiben in der Seite: Nichts wird gespeichert, es sei denn, die Praxis aktiviert es mit `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Welche Liste: die wichtigen Vorteile (Standard), wie Massage die Linderung unterstützt, oder die Zusammenfassung des Fazits. Ein unbekannter Wert erzeugt eine Warnung und zeigt die wichtigen Vorteile.',
    'relief-tip-list': 'Welche Tipps: Alltag (Standard) oder Sitzung. Ein unbekannter Wert erzeugt eine Warnung und zeigt die Alltagstipps.',
  } as Record<string, string>,

  sections: 'Abschnitte des Ratgebers',
  sectionsHint:
    'Entfernen Sie das Häkchen bei einem Abschnitt, um ihn wegzulassen; verschieben Sie Abschnitte, um ihre Reihenfolge zu ändern. Die Sicherheitshinweise, der Haftungsausschluss und die Überprüfungsdaten werden immer angezeigt.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `„${heading}“ nach oben verschieben`,
  moveDown: (heading: string) => `„${heading}“ nach unten verschieben`,
  moved: (heading: string, position: number, count: number) =>
    `„${heading}“ steht jetzt an Position ${String(position)} von ${String(count)}.`,
  resetSections: 'Alle Abschnitte in der ursprünglichen Reihenfolge anzeigen',
  sectionsReset: 'Alle Abschnitte werden angezeigt, in der ursprünglichen Reihenfolge.',
  noSection: 'Kein Abschnitt ist ausgewählt: Der Ratgeber zeigt dann alle an. Wählen Sie mindestens einen aus.',

  heading: 'Überschrift',
  headingLevel: 'Überschriftenebene',
  headingLevelHint: (level: number) =>
    `Wählen Sie die Ebene, die zur Gliederung Ihrer Seite passt: unter dem Titel der Seite selbst (einer h1) wählen Sie 2. Die Überschrift des Widgets wird eine h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `Die Abschnitte des Ratgebers liegen eine Ebene tiefer, auf Ebene ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Text der Überschrift (optional)',
  headingTextHint: (defaultHeading: string) =>
    `Leer lassen, um „${defaultHeading}“ zu behalten (wird mit dem Widget übersetzt). Ihr Text erscheint so, wie Sie ihn eingeben, in jeder Sprache.`,

  language: 'Sprache',
  languageFollow: 'Der Sprache der Seite folgen (empfohlen)',
  languageFollowHint: 'Das Widget spricht die Sprache jeder Seite, auf der es steht (ihr <html lang>), in 17 Sprachen.',
  languageFixed: 'Immer eine Sprache',
  languageFixedHint: 'Das Widget zeigt eine Sprache, egal was die Seite angibt.',
  languageSelectFollow: 'Sprache Ihrer Seite',
  languageSelectFollowHint: 'Für die Vorschau und für vorgerendertes HTML.',
  languageSelectFixed: 'Angezeigte Sprache',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Überprüfungsdaten',
  datesHint:
    'Wann Ihre Praxis diese Informationen zuletzt geprüft hat und wann sie sie wieder prüfen wird. Lassen Sie die Daten unverändert, um die Daten der Originalseite anzuzeigen.',
  lastUpdated: 'Zuletzt aktualisiert',
  nextReview: 'Nächste Überprüfung fällig',

  evidence: 'Hinweise zur Studienlage',
  evidenceShow: 'Für jede Schmerzart zeigen, wie belastbar die Forschung ist, mit Quellen',
  evidenceHint: 'Empfohlen: Patientinnen und Patienten sehen neben dem Text der Praxis, was die Forschung sagt.',

  theme: 'Design',
  scheme: 'Hell oder dunkel',
  schemePage: 'Wie meine Seite es angibt (hell, sofern Ihre Seite nicht dunkel angibt)',
  schemeLight: 'Immer hell',
  schemeDark: 'Immer dunkel',
  schemeVisitor: 'Der Einstellung der Besucher folgen (hell oder dunkel)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Farben im hellen Modus' : 'Farben im dunklen Modus'),
  colorNames: { accent: 'Akzentfarbe', text: 'Text', surface: 'Fläche (Hintergrund)', border: 'Rahmen' } as Record<string, string>,
  colorHex: (name: string) => `${name}, Hex-Code`,
  colorHexInvalid: 'Geben Sie eine Farbe als # und sechs Hexadezimalziffern ein, etwa #7a3e65.',
  resetColors: 'Farben zurücksetzen',
  radius: 'Eckenradius (em)',
  radiusHint: 'Die Abrundung der Ecken des Widgets; 0 für eckig.',
  font: 'Schrift',
  fontInherit: 'Die Schrift Ihrer Website (übernommen)',
  fontSans: 'Serifenlose Systemschrift (kein Download)',
  fontSerif: 'Serifenschrift des Systems (kein Download)',
  placement: 'Wohin das CSS des Widgets kommt',
  placementSnippet: 'In den Einbettungscode (ein <style>-Block)',
  placementStylesheet: 'In das Stylesheet meiner Website (unter dem Code angezeigt)',
  reserveSpace: 'Platz freihalten, während das Skript lädt (weniger Layoutverschiebung)',

  scriptLoading: 'Wie das Skript geladen wird',
  source: 'Woher das Skript kommt',
  sourceCdn: (version: string) => `Das CDN jsDelivr, festgelegt auf Version ${version}`,
  sourceSelf: 'Meine eigene Website (selbst gehostet)',
  folder: 'Ordner Ihrer Kopie',
  folderHint:
    'Wohin Sie den Inhalt des Ordners dist/ aus dem Paket hochgeladen haben (relief-widgets.js, mit locales/ daneben), etwa /assets/relief-widgets/ oder https://static.example.com/relief/.',
  folderInvalid: 'Beginnen Sie den Ordner mit / (einem Pfad auf Ihrer Website) oder https://, ohne Leerzeichen, Anführungszeichen, ? oder # und ohne Benutzernamen oder Passwort.',
  kind: 'Skripttyp',
  kindModule: 'ES-Modul (empfohlen)',
  kindClassic: 'Klassisches Skript (für Website-Baukästen, die nur klassische Skripte annehmen)',
  rendering: 'Wie der Inhalt in die Seite kommt',
  renderingScript: 'Vom Skript dargestellt',
  renderingPrerendered:
    'Vorgerendertes HTML (der Inhalt steht in der Seite – für Suchmaschinen, Linkvorschauen und Besucher ohne JavaScript)',

  preview: 'Vorschau',
  previewHint: 'Das echte Widget, aktualisiert bei jeder Änderung.',
  previewPrerendered: 'Vorgerendertes HTML sieht gleich aus, sobald das Skript gelaufen ist; davor erscheinen die Bedienelemente inaktiv.',
  previewWidth: 'Breite',
  previewPhone: 'Smartphone (390 px)',
  previewDesktop: 'Desktop (1280 px)',
  previewAppearance: 'Darstellung',
  previewLight: 'Hell',
  previewDark: 'Dunkel',
  previewFrame: 'Live-Vorschau des Widgets',

  output: 'Ihr Einbettungscode',
  checks: 'Vor dem Kopieren',
  noChecks: 'Nichts zu prüfen: Der Code ist fertig.',
  embedCode: 'Einbettungscode',
  copy: 'Kopieren',
  copied: 'Einbettungscode kopiert.',
  copyFallback: 'Kopieren ist hier nicht erlaubt, deshalb ist der Code markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Nur wenn Ihre Website eine Content-Security-Policy sendet: Das sind die Quellen, die der Code braucht. Fügen Sie sie Ihrer Richtlinie hinzu.',
  cspTrustedTypes: 'Wenn Ihre Richtlinie Trusted Types erzwingt, erlauben Sie auch die Richtlinie von Lit:',
  htmlElement: 'Das <html>-Element Ihrer Seite',
  htmlElementHint: (language: string) =>
    `Eine Seite hat eine Sprache für alle ihre Widgets, deshalb wird die Sprache in der Seite festgelegt, nicht im Code: Beginnen Sie Ihre Seite mit diesem <html>-Element, damit immer ${language} angezeigt wird.`,
  stylesheet: 'CSS für das Stylesheet Ihrer Website',
  stylesheetHint:
    'Fügen Sie dies dem eigenen CSS Ihrer Website hinzu (zum Beispiel unter „Zusätzliches CSS“ in WordPress oder „Benutzerdefiniertes CSS“ in Squarespace).',
  copyCss: 'CSS kopieren',
  copiedCss: 'CSS kopiert.',
  copyPolicy: 'Richtlinie kopieren',
  copiedPolicy: 'Richtlinie kopiert.',
  copyHtml: '<html>-Element kopieren',
  copiedHtml: '<html>-Element kopiert.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: Kontrast ${ratio}:1, unter den ${minimum}:1, die WCAG AA verlangt.`,
  contrastSuggestion: (name: string, color: string) => `Nächster ausreichender Wert für „${name}“: ${color}.`,
  contrastNoSuggestion: 'Keine Helligkeit dieser Farbe reicht aus; wählen Sie eine andere Farbe.',
  useColor: (color: string) => `${color} verwenden`,
  pairNames: {
    'text/surface': 'Text auf der Fläche',
    'text/surface-raised': 'Text auf hervorgehobenen Bereichen',
    'accent/surface': 'Akzentfarbe (Links, Markierungen) auf der Fläche',
    'accent/surface-raised': 'Akzentfarbe auf hervorgehobenen Bereichen',
    'muted/surface': 'Nebentext auf der Fläche',
    'border/surface': 'Rahmen von Bedienelementen auf der Fläche',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (${scheme === 'light' ? 'heller' : 'dunkler'} Modus)`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `Vorgerendertes HTML macht Ihre Seite ${raw} größer${compressed ? ` (${compressed} komprimiert)` : ''}; dafür ist der Inhalt da, bevor irgendein Skript läuft, und nichts verschiebt sich, wenn es läuft.`,
  prerenderedLanguage: (language: string) =>
    `Das vorgerenderte HTML ist auf ${language}: Verwenden Sie es auf einer Seite auf ${language}. Sobald das Skript läuft, folgt das Widget der Sprache der Seite.`,
  prerenderedVersion: (version: string) =>
    `Das vorgerenderte HTML zeigt, was Version ${version} zeigt; das Skript ersetzt es durch seine eigene Darstellung. Erstellen Sie den Code daher nach einem Update neu, damit das HTML aktuell bleibt.`,
  prerenderedCommand: 'Um selbst vorzurendern, speichern Sie den Code als snippet.html und führen Sie aus:',
  prerenderedLoadFailed: 'Die Vorschau konnte nicht als vorgerendertes HTML ausgegeben werden, deshalb wird der Code unten vom Skript dargestellt.',
  layoutShift:
    'Der Seiteninhalt unter dem Widget rutscht nach unten, wenn das Widget erscheint (Layoutverschiebung). Halten Sie Platz frei, während das Skript lädt (Design), oder wählen Sie vorgerendertes HTML.',
  reservedSpace:
    'Während das Skript lädt, wird Platz freigehalten; die Seite verschiebt sich nur noch um den Unterschied zwischen freigehaltener und tatsächlicher Höhe.',
  localeChunk: (size: string) =>
    `Auf einer nicht englischen Seite lädt das Skript zusätzlich die Datei dieser Sprache (bis zu ${size}) und zeigt den Text, sobald sie angekommen ist.`,
  scriptWeight: (size: string) => `Das Skript ist ${size} groß (komprimiert), für alle Widgets der Seite zusammen; es wird einmal geladen.`,
  classicNote: 'Das klassische Skript braucht <meta charset="utf-8"> in der Seite; es läuft, nachdem die Seite eingelesen ist (defer).',
  cdnNote:
    'Das Skript kommt von cdn.jsdelivr.net: eine Verbindung mehr für die Seite, und jsDelivr sieht die IP-Adressen Ihrer Besucher. Wenn Sie es selbst hosten, vermeiden Sie beides.',
  selfHostedNote: 'Laden Sie den ganzen Ordner dist/ hoch: Die Sprachdateien in locales/ müssen neben relief-widgets.js bleiben.',
  styleBlockNote:
    'Das CSS des Widgets ist ein <style>-Block im Code: Unter einer strengen Content-Security-Policy braucht er den Hash, der in der Richtlinie steht.',
  hashUnavailable:
    'Dieser Browser kann den Hash des Style-Blocks hier nicht berechnen (dafür braucht er https), deshalb fehlt er in der Richtlinie unten: Setzen Sie das CSS stattdessen in Ihr Stylesheet, oder öffnen Sie den Generator über https.',
  overdue: (date: string) =>
    `Das Datum der nächsten Überprüfung (${date}) ist verstrichen: Besucher sehen einen Hinweis, dass die Informationen veraltet sein können.`,
  datesOrder: 'Die nächste Überprüfung sollte nach der letzten Aktualisierung liegen.',
  dateInvalid: (label: string) => `„${label}“ ist kein Datum, das das Widget anzeigen kann (Jahre 0100 bis 9999): Das Datum der Originalseite bleibt erhalten.`,
  fontNote: 'Eine Systemschrift nutzt Schriften, die schon auf dem Gerät der Besucher sind: nichts herunterzuladen.',

  platforms: 'Wo Sie ihn einfügen',
  platformNames: {
    html: 'Reines HTML',
    wordpress: 'WordPress (Block „Individuelles HTML“)',
    wix: 'Wix (benutzerdefiniertes Element)',
    squarespace: 'Squarespace (Code-Block)',
  },
  steps: {
    html: [
      'Fügen Sie den Einbettungscode dort ein, wo der Inhalt erscheinen soll, innerhalb von <body>.',
      'Das script-Tag kommt einmal pro Seite; es zweimal zu laden, schadet nicht. Jedes Widget braucht sein eigenes Tag.',
    ],
    wordpress: [
      'Fügen Sie dort, wo der Inhalt erscheinen soll, einen Block „Individuelles HTML“ hinzu.',
      'Fügen Sie den Einbettungscode ein.',
      'Weitere Blöcke auf derselben Seite brauchen nur das Tag des Elements.',
      'WordPress setzt <html lang> unter Einstellungen → Allgemein → Sprache der Website; ein Mehrsprachigkeits-Plugin (WPML, Polylang) setzt es pro Seite, und das Widget folgt.',
      'WordPress behält ein <script> in einem Block nur für Benutzer, die ungefiltertes HTML veröffentlichen dürfen (auf den meisten Websites Administratoren).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'Hinzufügen → Einbetten → Benutzerdefiniertes Element.',
      `Wählen Sie als Quelle „Server-URL“ und geben Sie ${url} ein`,
      `Tag-Name: ${tag}. Fügen Sie pro Widget ein benutzerdefiniertes Element hinzu; sie teilen sich das Skript.`,
      'Stellen Sie im Editor seine Höhe so ein, dass der Inhalt hineinpasst.',
      `Bleibt das Widget leer, verwenden Sie stattdessen die URL des klassischen Skripts: ${classicUrl}`,
    ],
    squarespace: [
      'Bearbeiten Sie die Seite und fügen Sie einen Code-Block hinzu (Code-Blöcke mit Skripten erfordern einen Tarif, der JavaScript erlaubt).',
      'Fügen Sie den Einbettungscode ein; lassen Sie „Quelle anzeigen“ ausgeschaltet.',
      'Um die Widgets auf mehreren Seiten zu verwenden, setzen Sie die <script>-Zeile einmal unter Einstellungen → Erweitert → Code-Injektion → Header und in die Code-Blöcke nur die Tags.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Das benutzerdefinierte Element von Wix nimmt nur die Skript-URL und den Tag-Namen: Ihre übrigen Einstellungen (${attributes}) und ein <style>-Block brauchen Wix’ eigenen Code (Velo), und vorgerendertes HTML lässt sich dort nicht verwenden.`,
  wixNoHtml: 'Vorgerendertes HTML lässt sich in einem benutzerdefinierten Element von Wix nicht verwenden: Es nimmt kein HTML an.',
  platformCss: {
    wordpress: 'Oder setzen Sie das CSS des Widgets unter Design → Customizer → Zusätzliches CSS ein.',
    squarespace: 'Oder setzen Sie das CSS des Widgets unter Design → Benutzerdefiniertes CSS ein.',
  },
  platformLanguage: (language: string) =>
    `Damit immer ${language} angezeigt wird, wo Sie <html> nicht bearbeiten können, stellen Sie in den Einstellungen der Website ${language} als Sprache ein: Das Widget folgt dem <html lang> der Seite.`,
  platformPrerendered:
    'Vorgerendertes HTML muss so beim Browser ankommen, wie Sie es eingefügt haben: Ein Seitenbaukasten, der es per Skript einfügt, überlässt die Darstellung des Widgets dem Skript, wie ohne Vorrendern.',
  platformPolicy: 'Wenn Sie einen Content-Security-Policy-Header senden, fügen Sie die neben dem Code angezeigte Richtlinie hinzu.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} Byte` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
