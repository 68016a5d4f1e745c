/** The builder's interface in Italian (tu, as Italian web services address their users; the widgets address patients with Lei). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('it', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'it',
  documentTitle: 'Generatore di codice da incorporare — relief-widgets',
  title: 'Generatore di codice da incorporare',
  interfaceLanguage: 'Lingua del generatore',
  interfaceLanguageHint: 'Cambia solo questa pagina, non il codice da incorporare. La lingua del widget si sceglie più sotto, in «Lingua».',
  intro:
    'Scegli che cosa mostrare sul sito del tuo studio e come deve apparire, controlla l’anteprima dal vivo, poi copia il codice da incorporare nella tua pagina. Tutto avviene in questa pagina: nulla di ciò che scegli viene inviato altrove o salvato.',
  loadingBuilder: 'Caricamento del generatore…',
  loadFailed: (reason: string) => `Il generatore non è riuscito a caricare i suoi dati (${reason}). Ricarica la pagina per riprovare.`,
  settings: 'Impostazioni',
  skipToCode: 'Vai al codice da incorporare',

  element: 'Che cosa incorporare',
  elementHint: 'Un widget per ogni codice da incorporare; per un altro widget, incolla di nuovo il codice.',
  elementNames: {
    'relief-guide': 'La guida completa',
    'relief-benefit-list': 'Un elenco di benefici',
    'relief-tip-list': 'Un elenco di consigli',
    'relief-pain-selector': 'Selettore del tipo di dolore',
    'relief-therapist-checklist': 'Lista di controllo per scegliere il terapista',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Quale elenco',
  elementSummaries: {
    'relief-guide': 'L’intera pagina «Il massaggio può aiutare? Gestione del dolore cronico» in un solo tag, con altre risorse, le avvertenze, la clausola di esclusione di responsabilità e le date di revisione.',
    'relief-benefit-list': 'Un elenco con titolo di ciò che il massaggio può fare per il dolore cronico, tratto dalla pagina dello studio.',
    'relief-tip-list': 'Consigli pratici dalla pagina dello studio: abitudini di vita, o come trarre il massimo da una seduta.',
    'relief-pain-selector': 'I quattro tipi comuni di dolore cronico come gruppo di pulsanti di opzione: il paziente ne sceglie uno e vede come il massaggio può aiutare. Associato ai moduli: funziona all’interno del modulo di accettazione di uno studio.',
    'relief-therapist-checklist': 'Che cosa cercare in un massoterapista per la gestione del dolore, come lista di controllo con avanzamento e azzeramento. Associato ai moduli: ogni id spuntato viene inviato con il nome `name`. Le spunte restano nella pagina: non viene salvato nulla, a meno che lo studio non lo attivi con `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Quale elenco: i principali benefici (predefinito), come il massaggio favorisce il sollievo, o il riepilogo della conclusione. Un valore sconosciuto genera un avviso e mostra i principali benefici.',
    'relief-tip-list': 'Quali consigli: stile di vita (predefinito) o seduta. Un valore sconosciuto genera un avviso e mostra i consigli sullo stile di vita.',
  } as Record<string, string>,

  sections: 'Sezioni della guida',
  sectionsHint:
    'Togli la spunta a una sezione per escluderla; sposta le sezioni per cambiarne l’ordine. Le avvertenze, la clausola di esclusione di responsabilità e le date di revisione sono sempre visibili.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Sposta «${heading}» in su`,
  moveDown: (heading: string) => `Sposta «${heading}» in giù`,
  moved: (heading: string, position: number, count: number) =>
    `«${heading}» è ora in posizione ${String(position)} di ${String(count)}.`,
  resetSections: 'Mostra tutte le sezioni nell’ordine originale',
  sectionsReset: 'Tutte le sezioni sono visibili, nell’ordine originale.',
  noSection: 'Nessuna sezione è spuntata: in questo caso la guida le mostra tutte. Spuntane almeno una.',

  heading: 'Titolo',
  headingLevel: 'Livello del titolo',
  headingLevelHint: (level: number) =>
    `Scegli il livello adatto alla struttura della tua pagina: sotto il titolo della pagina stessa (un h1), scegli 2. Il titolo del widget diventa un h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `Le sezioni della guida sono un livello più in basso, al livello ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Testo del titolo (facoltativo)',
  headingTextHint: (defaultHeading: string) =>
    `Lascia vuoto per mantenere «${defaultHeading}» (tradotto insieme al widget). Il tuo testo appare così come lo scrivi, in tutte le lingue.`,

  language: 'Lingua',
  languageFollow: 'Segui la lingua della pagina (consigliato)',
  languageFollowHint: 'Il widget parla la lingua di ogni pagina in cui si trova (il suo <html lang>), in 17 lingue.',
  languageFixed: 'Sempre la stessa lingua',
  languageFixedHint: 'Il widget mostra una sola lingua, qualunque sia quella della pagina.',
  languageSelectFollow: 'Lingua della tua pagina',
  languageSelectFollowHint: 'Usata dall’anteprima e dall’HTML prerenderizzato.',
  languageSelectFixed: 'Lingua da mostrare',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Date di revisione',
  datesHint:
    'Quando il tuo studio ha controllato queste informazioni l’ultima volta e quando le controllerà di nuovo. Lasciale così per mostrare le date della pagina originale.',
  lastUpdated: 'Ultimo aggiornamento',
  nextReview: 'Prossima revisione prevista',

  evidence: 'Note sulle prove',
  evidenceShow: 'Mostra quanto sono solide le prove della ricerca per ogni tipo di dolore, con le fonti',
  evidenceHint: 'Consigliato: i pazienti vedono che cosa dice la ricerca accanto al testo dello studio.',

  theme: 'Tema',
  scheme: 'Chiaro o scuro',
  schemePage: 'Come dichiara la mia pagina (chiaro, a meno che la tua pagina dichiari scuro)',
  schemeLight: 'Sempre chiaro',
  schemeDark: 'Sempre scuro',
  schemeVisitor: 'Segui l’impostazione del visitatore (chiaro o scuro)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Colori in modalità chiara' : 'Colori in modalità scura'),
  colorNames: { accent: 'Colore di accento', text: 'Testo', surface: 'Superficie (sfondo)', border: 'Bordo' } as Record<string, string>,
  colorHex: (name: string) => `${name}, codice esadecimale`,
  colorHexInvalid: 'Scrivi il colore come # seguito da sei cifre esadecimali, per esempio #7a3e65.',
  resetColors: 'Ripristina i colori',
  radius: 'Raggio degli angoli (em)',
  radiusHint: 'L’arrotondamento degli angoli del widget; 0 per angoli vivi.',
  font: 'Carattere',
  fontInherit: 'Il carattere del tuo sito (ereditato)',
  fontSans: 'Sans serif di sistema (nessun download)',
  fontSerif: 'Serif di sistema (nessun download)',
  placement: 'Dove va il CSS del widget',
  placementSnippet: 'Nel codice da incorporare (un blocco <style>)',
  placementStylesheet: 'Nel foglio di stile del mio sito (mostrato sotto il codice)',
  reserveSpace: 'Riserva lo spazio mentre lo script si carica (meno spostamenti del layout)',

  scriptLoading: 'Come si carica lo script',
  source: 'Da dove arriva lo script',
  sourceCdn: (version: string) => `La CDN jsDelivr, bloccata sulla versione ${version}`,
  sourceSelf: 'Il mio sito (ospitato da me)',
  folder: 'Cartella della tua copia',
  folderHint:
    'Dove hai caricato il contenuto della cartella dist/ del pacchetto (relief-widgets.js, con locales/ accanto), per esempio /assets/relief-widgets/ o https://static.example.com/relief/.',
  folderInvalid: 'Inizia la cartella con / (un percorso del tuo sito) o https://, senza spazi, virgolette, ? né #, e senza nome utente né password.',
  kind: 'Tipo di script',
  kindModule: 'Modulo ES (consigliato)',
  kindClassic: 'Script classico (per i costruttori di siti che accettano solo script classici)',
  rendering: 'Come il contenuto arriva nella pagina',
  renderingScript: 'Generato dallo script',
  renderingPrerendered:
    'HTML prerenderizzato (il contenuto è nella pagina per i motori di ricerca, le anteprime dei link e i visitatori senza JavaScript)',

  preview: 'Anteprima',
  previewHint: 'Il widget vero, aggiornato a ogni modifica.',
  previewPrerendered: 'L’HTML prerenderizzato ha lo stesso aspetto dopo l’esecuzione dello script; prima, i controlli appaiono disattivati.',
  previewWidth: 'Larghezza',
  previewPhone: 'Telefono (390 px)',
  previewDesktop: 'Desktop (1280 px)',
  previewAppearance: 'Aspetto',
  previewLight: 'Chiaro',
  previewDark: 'Scuro',
  previewFrame: 'Anteprima dal vivo del widget',

  output: 'Il tuo codice da incorporare',
  checks: 'Prima di copiare',
  noChecks: 'Niente da controllare: il codice è pronto.',
  embedCode: 'Codice da incorporare',
  copy: 'Copia',
  copied: 'Codice da incorporare copiato.',
  copyFallback: 'Qui non è consentito copiare, quindi il codice è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Solo se il tuo sito invia una Content-Security-Policy: queste sono le origini di cui il codice ha bisogno. Aggiungile alla tua policy.',
  cspTrustedTypes: 'Se la tua policy impone i Trusted Types, consenti anche la policy di Lit:',
  htmlElement: 'L’elemento <html> della tua pagina',
  htmlElementHint: (language: string) =>
    `Una pagina ha una sola lingua per tutti i suoi widget, quindi la lingua si imposta nella pagina, non nel codice: inizia la tua pagina con questo elemento <html> per mostrare sempre il widget in ${language}.`,
  stylesheet: 'CSS per il foglio di stile del tuo sito',
  stylesheetHint:
    'Aggiungi questo al CSS del tuo sito (per esempio in «CSS aggiuntivo» di WordPress o in «CSS personalizzato» di Squarespace).',
  copyCss: 'Copia il CSS',
  copiedCss: 'CSS copiato.',
  copyPolicy: 'Copia la policy',
  copiedPolicy: 'Policy copiata.',
  copyHtml: 'Copia l’elemento <html>',
  copiedHtml: 'Elemento <html> copiato.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: contrasto ${ratio}:1, sotto il ${minimum}:1 richiesto da WCAG AA.`,
  contrastSuggestion: (name: string, color: string) => `Valore conforme più vicino per «${name}»: ${color}.`,
  contrastNoSuggestion: 'Nessuna luminosità di questo colore è sufficiente; scegli un altro colore.',
  useColor: (color: string) => `Usa ${color}`,
  pairNames: {
    'text/surface': 'Testo sulla superficie',
    'text/surface-raised': 'Testo sulle aree in evidenza',
    'accent/surface': 'Colore di accento (link, indicatori) sulla superficie',
    'accent/surface-raised': 'Colore di accento sulle aree in evidenza',
    'muted/surface': 'Testo secondario sulla superficie',
    'border/surface': 'Bordi dei controlli sulla superficie',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (modalità ${scheme === 'light' ? 'chiara' : 'scura'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `L’HTML prerenderizzato aggiunge ${raw} alla tua pagina${compressed ? ` (${compressed} compresso)` : ''}, che diventa più pesante; in cambio il contenuto c’è prima che qualsiasi script venga eseguito, e nulla si sposta quando viene eseguito.`,
  prerenderedLanguage: (language: string) =>
    `L’HTML prerenderizzato è in ${language}: usalo in una pagina in ${language}. Quando lo script è in esecuzione, il widget segue la lingua della pagina.`,
  prerenderedVersion: (version: string) =>
    `L’HTML prerenderizzato mostra ciò che mostra la versione ${version}; lo script lo sostituisce con ciò che genera da sé, quindi rigenera il codice dopo un aggiornamento per mantenere l’HTML al passo.`,
  prerenderedCommand: 'Per prerenderizzarlo da te, salva il codice come snippet.html ed esegui:',
  prerenderedLoadFailed: 'Non è stato possibile trasformare l’anteprima in HTML prerenderizzato, quindi il codice qui sotto è generato dallo script.',
  layoutShift:
    'Il contenuto della pagina sotto il widget si sposta in basso quando il widget compare (spostamento del layout). Riserva lo spazio mentre lo script si carica (Tema) o scegli l’HTML prerenderizzato.',
  reservedSpace:
    'Lo spazio è riservato mentre lo script si carica; la pagina si sposta solo della differenza tra l’altezza riservata e quella reale.',
  localeChunk: (size: string) =>
    `In una pagina non in inglese, lo script carica anche il file di quella lingua (fino a ${size}) e mostra il testo appena arriva.`,
  scriptWeight: (size: string) => `Lo script pesa ${size} (compresso) per tutti i widget della pagina insieme; si carica una sola volta.`,
  classicNote: 'Lo script classico richiede <meta charset="utf-8"> nella pagina; viene eseguito dopo l’analisi della pagina (defer).',
  cdnNote:
    'Lo script arriva da cdn.jsdelivr.net: una connessione in più per la pagina, e jsDelivr vede gli indirizzi IP dei tuoi visitatori. Ospitarlo tu evita entrambe le cose.',
  selfHostedNote: 'Carica l’intera cartella dist/: i file delle lingue in locales/ devono restare accanto a relief-widgets.js.',
  styleBlockNote:
    'Il CSS del widget è un blocco <style> nel codice: con una Content-Security-Policy restrittiva richiede l’hash indicato nella policy.',
  hashUnavailable:
    'Questo browser non può calcolare qui l’hash del blocco di stile (serve https), quindi nella policy qui sotto manca: metti il CSS nel tuo foglio di stile, oppure apri il generatore tramite https.',
  overdue: (date: string) =>
    `La data della prossima revisione (${date}) è passata: i visitatori vedranno un avviso che le informazioni potrebbero non essere aggiornate.`,
  datesOrder: 'La data della prossima revisione deve venire dopo l’ultimo aggiornamento.',
  dateInvalid: (label: string) => `«${label}» non è una data che il widget può mostrare (anni dal 0100 al 9999): resta la data della pagina originale.`,
  fontNote: 'Un carattere di sistema usa i caratteri già presenti sul dispositivo del visitatore: niente da scaricare.',

  platforms: 'Dove incollarlo',
  platformNames: {
    html: 'HTML semplice',
    wordpress: 'WordPress (blocco HTML personalizzato)',
    wix: 'Wix (elemento personalizzato)',
    squarespace: 'Squarespace (blocco Codice)',
  },
  steps: {
    html: [
      'Incolla il codice da incorporare dove deve comparire il contenuto, dentro <body>.',
      'Il tag script va messo una volta per pagina; caricarlo due volte non fa danni. Ogni widget ha bisogno del suo tag.',
    ],
    wordpress: [
      'Aggiungi un blocco «HTML personalizzato» dove deve comparire il contenuto.',
      'Incolla il codice da incorporare.',
      'Gli altri blocchi della stessa pagina hanno bisogno solo del tag dell’elemento.',
      'WordPress imposta <html lang> da Impostazioni → Generali → Lingua del sito; un plugin multilingue (WPML, Polylang) lo imposta pagina per pagina, e il widget lo segue.',
      'WordPress mantiene un <script> in un blocco solo per gli utenti autorizzati a pubblicare HTML non filtrato (gli amministratori, nella maggior parte dei siti).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'Aggiungi → Incorpora codice → Elemento personalizzato.',
      `Scegli come origine «URL del server» e inserisci ${url}`,
      `Nome del tag: ${tag}. Aggiungi un elemento personalizzato per ogni widget; condividono lo script.`,
      'Imposta nell’editor un’altezza adatta al contenuto.',
      `Se il widget resta vuoto, usa invece l’URL dello script classico: ${classicUrl}`,
    ],
    squarespace: [
      'Modifica la pagina e aggiungi un blocco Codice (i blocchi Codice con script richiedono un piano che consenta JavaScript).',
      'Incolla il codice da incorporare; lascia disattivato «Display Source».',
      'Per usare i widget in più pagine, metti la riga <script> una sola volta in Impostazioni → Avanzate → Inserimento codice → Intestazione, e nei blocchi Codice solo i tag.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `L’elemento personalizzato di Wix accetta solo l’URL dello script e il nome del tag: le tue altre scelte (${attributes}) e un blocco <style> richiedono il codice di Wix (Velo), e lì non si può usare l’HTML prerenderizzato.`,
  wixNoHtml: 'L’HTML prerenderizzato non si può usare in un elemento personalizzato di Wix: non accetta HTML.',
  platformCss: {
    wordpress: 'Oppure metti il CSS del widget in Aspetto → Personalizza → CSS aggiuntivo.',
    squarespace: 'Oppure metti il CSS del widget in Design → CSS personalizzato.',
  },
  platformLanguage: (language: string) =>
    `Per mostrare sempre il widget in ${language} dove non puoi modificare <html>, imposta ${language} come lingua del sito nelle sue impostazioni: il widget segue il <html lang> della pagina.`,
  platformPrerendered:
    'L’HTML prerenderizzato deve arrivare al browser così come l’hai incollato: un costruttore di pagine che lo inserisce con uno script lascia allo script il compito di generare il widget, come senza prerendering.',
  platformPolicy: 'Se invii un’intestazione Content-Security-Policy, aggiungi la policy mostrata accanto al codice.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} byte` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
