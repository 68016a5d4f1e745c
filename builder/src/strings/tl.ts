/**
 * The builder's interface in Tagalog (Filipino; "mo", as Filipino web services address their users,
 * with the English technical words Filipino site owners use: embed code, script, widget, CSS).
 */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('fil', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'tl',
  documentTitle: 'Tagagawa ng embed code — relief-widgets',
  title: 'Tagagawa ng embed code',
  interfaceLanguage: 'Wika ng tagagawa',
  interfaceLanguageHint: 'Ang pahinang ito lang ang nababago, hindi ang embed code. Ang wika ng widget mismo ay pinipili sa ibaba, sa “Wika”.',
  intro:
    'Piliin kung ano ang ipapakita sa website ng iyong klinika at kung ano ang hitsura nito, tingnan ang live na preview, saka kopyahin ang embed code sa iyong pahina. Lahat ay nangyayari sa pahinang ito: walang ipinapadala kahit saan o sine-save sa anumang pipiliin mo.',
  loadingBuilder: 'Nilo-load ang tagagawa…',
  loadFailed: (reason: string) => `Hindi ma-load ng tagagawa ang data nito (${reason}). I-reload ang pahina para subukan ulit.`,
  settings: 'Mga setting',
  skipToCode: 'Lumaktaw sa embed code',

  element: 'Ano ang i-e-embed',
  elementHint: 'Isang widget sa bawat embed code; para sa isa pang widget, i-paste ulit ang code.',
  elementNames: {
    'relief-guide': 'Ang buong gabay',
    'relief-benefit-list': 'Listahan ng mga benepisyo',
    'relief-tip-list': 'Listahan ng mga tip',
    'relief-pain-selector': 'Pagpili ng uri ng pananakit',
    'relief-therapist-checklist': 'Checklist sa pagpili ng therapist',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Aling listahan',
  elementSummaries: {
    'relief-guide': 'Ang buong pahinang “Makatutulong ba ang masahe? Pagkontrol sa pangmatagalang pananakit” sa iisang tag, kasama ang karagdagang sanggunian, mga paalala para sa kaligtasan, paunawa, at mga petsa ng pagrepaso.',
    'relief-benefit-list': 'Isang listahang may pamagat ng maaaring magawa ng masahe para sa pangmatagalang pananakit, mula sa pahina ng klinika.',
    'relief-tip-list': 'Mga praktikal na tip mula sa pahina ng klinika: mga gawi sa pamumuhay, o kung paano masusulit ang isang sesyon.',
    'relief-pain-selector': 'Ang apat na karaniwang uri ng pangmatagalang pananakit bilang grupo ng radio button: pumipili ang pasyente ng isa at nakikita kung paano maaaring makatulong ang masahe. Gumagana sa form: puwedeng gamitin sa loob ng intake form ng klinika.',
    'relief-therapist-checklist': 'Ano ang hahanapin sa isang massage therapist para sa pagkontrol sa pananakit, bilang checklist na may progreso at reset. Gumagana sa form: ipinapasa ang bawat naka-tsek na id sa ilalim ng `name`. Nananatili sa pahina ang mga tsek: walang sine-save maliban kung i-on ito ng klinika gamit ang `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Aling listahan: ang mga pangunahing benepisyo (default), kung paano nakatutulong ang masahe sa pagpapaginhawa, o ang buod ng konklusyon. Ang hindi kilalang value ay nagbababala at nagpapakita ng mga pangunahing benepisyo.',
    'relief-tip-list': 'Aling mga tip: pamumuhay (default) o sesyon. Ang hindi kilalang value ay nagbababala at nagpapakita ng mga tip sa pamumuhay.',
  } as Record<string, string>,

  sections: 'Mga bahagi ng gabay',
  sectionsHint:
    'Alisin ang tsek sa isang bahagi para hindi ito isama; ilipat ang mga bahagi para baguhin ang pagkakasunod-sunod. Laging ipinapakita ang mga paalala para sa kaligtasan, ang paunawa, at ang mga petsa ng pagrepaso.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Iakyat ang “${heading}”`,
  moveDown: (heading: string) => `Ibaba ang “${heading}”`,
  moved: (heading: string, position: number, count: number) =>
    `Nailipat ang “${heading}” sa puwesto ${String(position)} sa ${String(count)}.`,
  resetSections: 'Ipakita ang lahat ng bahagi sa orihinal na pagkakasunod-sunod',
  sectionsReset: 'Ipinapakita na ang lahat ng bahagi, sa orihinal na pagkakasunod-sunod.',
  noSection: 'Walang bahaging may tsek: sa ganitong kaso, ipinapakita ng gabay ang lahat. Lagyan ng tsek ang kahit isa.',

  heading: 'Pamagat',
  headingLevel: 'Antas ng pamagat',
  headingLevelHint: (level: number) =>
    `Piliin ang antas na bagay sa balangkas ng iyong pahina: sa ilalim ng sariling pamagat ng pahina (isang h1), piliin ang 2. Magiging h${String(level)} ang pamagat ng widget.`,
  headingLevelGuideHint: (level: number) => `Isang antas na mas mababa ang mga bahagi ng gabay, sa antas ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Teksto ng pamagat (opsyonal)',
  headingTextHint: (defaultHeading: string) =>
    `Iwanang blangko para manatili ang “${defaultHeading}” (isinasalin kasama ng widget). Ipinapakita ang teksto mo kung paano mo ito tinype, sa bawat wika.`,

  language: 'Wika',
  languageFollow: 'Sundin ang wika ng pahina (inirerekomenda)',
  languageFollowHint: 'Ginagamit ng widget ang wika ng bawat pahinang kinalalagyan nito (ang <html lang> nito), sa 17 wika.',
  languageFixed: 'Laging iisang wika',
  languageFixedHint: 'Iisang wika ang ipinapakita ng widget, anuman ang sinasabi ng pahina.',
  languageSelectFollow: 'Wika ng iyong pahina',
  languageSelectFollowHint: 'Ginagamit ng preview at ng naka-prerender na HTML.',
  languageSelectFixed: 'Wikang ipapakita',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Mga petsa ng pagrepaso',
  datesHint:
    'Kailan huling sinuri ng iyong klinika ang impormasyong ito, at kailan ito susuriin ulit. Hayaan ang mga ito para ipakita ang mga petsa ng orihinal na pahina.',
  lastUpdated: 'Huling na-update',
  nextReview: 'Nakatakdang susunod na pagrepaso',

  evidence: 'Mga tala tungkol sa ebidensiya',
  evidenceShow: 'Ipakita kung gaano katibay ang pananaliksik para sa bawat uri ng pananakit, kasama ang mga sanggunian',
  evidenceHint: 'Inirerekomenda: nakikita ng mga pasyente ang sinasabi ng pananaliksik katabi ng teksto ng klinika.',

  theme: 'Tema',
  scheme: 'Light o dark',
  schemePage: 'Ayon sa idinedeklara ng pahina ko (light maliban kung dark ang idinedeklara ng pahina mo)',
  schemeLight: 'Laging light',
  schemeDark: 'Laging dark',
  schemeVisitor: 'Sundin ang setting ng bisita (light o dark)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Mga kulay sa light mode' : 'Mga kulay sa dark mode'),
  colorNames: { accent: 'Accent na kulay', text: 'Teksto', surface: 'Surface (likuran)', border: 'Gilid' } as Record<string, string>,
  colorHex: (name: string) => `${name}, hex code ng kulay`,
  colorHexInvalid: 'Isulat ang kulay bilang # at anim na hexadecimal na digit, gaya ng #7a3e65.',
  resetColors: 'I-reset ang mga kulay',
  radius: 'Radius ng mga sulok (em)',
  radiusHint: 'Ang pagkabilog ng mga sulok ng widget; 0 para sa parisukat.',
  font: 'Uri ng font',
  fontInherit: 'Ang font ng iyong site (minana)',
  fontSans: 'Sans-serif ng system (walang dina-download)',
  fontSerif: 'Serif ng system (walang dina-download)',
  placement: 'Saan ilalagay ang CSS ng widget',
  placementSnippet: 'Sa embed code (isang <style> block)',
  placementStylesheet: 'Sa stylesheet ng site ko (ipinapakita sa ilalim ng code)',
  reserveSpace: 'Magreserba ng espasyo habang nilo-load ang script (mas kaunting paggalaw ng layout)',

  scriptLoading: 'Paano nilo-load ang script',
  source: 'Saan nanggagaling ang script',
  sourceCdn: (version: string) => `Ang jsDelivr CDN, nakapirmi sa bersyon ${version}`,
  sourceSelf: 'Sarili kong site (self-hosted)',
  folder: 'Folder ng kopya mo',
  folderHint:
    'Kung saan mo in-upload ang laman ng dist/ folder ng package (relief-widgets.js, katabi ang locales/), gaya ng /assets/relief-widgets/ o https://static.example.com/relief/.',
  folderInvalid: 'Simulan ang folder sa / (isang path sa iyong site) o sa https://, nang walang espasyo, panipi, ? o #, at walang user name o password.',
  kind: 'Uri ng script',
  kindModule: 'ES module (inirerekomenda)',
  kindClassic: 'Classic na script (para sa mga site builder na classic na script lang ang tinatanggap)',
  rendering: 'Paano napupunta ang nilalaman sa pahina',
  renderingScript: 'Nire-render ng script',
  renderingPrerendered:
    'Naka-prerender na HTML (nasa pahina na ang nilalaman para sa mga search engine, link preview, at mga bisitang walang JavaScript)',

  preview: 'Pag-preview',
  previewHint: 'Ang totoong widget, na nag-a-update sa bawat pagbabago mo.',
  previewPrerendered: 'Pareho ang hitsura ng naka-prerender na HTML kapag tumakbo na ang script; bago iyon, hindi pa aktibo ang mga kontrol.',
  previewWidth: 'Lapad',
  previewPhone: 'Telepono (390 px)',
  previewDesktop: 'Computer (1280 px)',
  previewAppearance: 'Hitsura',
  previewLight: 'Maliwanag',
  previewDark: 'Madilim',
  previewFrame: 'Live na preview ng widget',

  output: 'Ang embed code mo',
  checks: 'Bago ka kumopya',
  noChecks: 'Walang kailangang suriin: handa na ang code.',
  embedCode: 'Code na ie-embed',
  copy: 'Kopyahin',
  copied: 'Nakopya ang embed code.',
  copyFallback: 'Hindi pinapayagan ang pagkopya rito, kaya naka-select ang code: pindutin ang Ctrl+C (⌘C sa Mac) para kopyahin ito.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Kailangan lang ito kung nagpapadala ang site mo ng Content-Security-Policy: ito ang mga source na kailangan ng code. Idagdag ang mga ito sa iyong policy.',
  cspTrustedTypes: 'Kung ipinapatupad ng policy mo ang Trusted Types, payagan din ang policy ng Lit:',
  htmlElement: 'Ang <html> element ng iyong pahina',
  htmlElementHint: (language: string) =>
    `Iisa ang wika ng isang pahina para sa lahat ng widget nito, kaya sa pahina itinatakda ang wika, hindi sa code: simulan ang pahina mo sa <html> element na ito para laging ipakita ang ${language}.`,
  stylesheet: 'CSS para sa stylesheet ng iyong site',
  stylesheetHint: 'Idagdag ito sa sariling CSS ng site mo (halimbawa, sa “Additional CSS” ng WordPress o “Custom CSS” ng Squarespace).',
  copyCss: 'Kopyahin ang CSS',
  copiedCss: 'Nakopya ang CSS.',
  copyPolicy: 'Kopyahin ang policy',
  copiedPolicy: 'Nakopya ang policy.',
  copyHtml: 'Kopyahin ang <html> element',
  copiedHtml: 'Nakopya ang <html> element.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: contrast na ${ratio}:1, mas mababa sa ${minimum}:1 na hinihingi ng WCAG AA.`,
  contrastSuggestion: (name: string, color: string) => `Pinakamalapit na pasadong halaga para sa “${name}”: ${color}.`,
  contrastNoSuggestion: 'Walang liwanag ng kulay na ito ang papasa; pumili ng ibang kulay.',
  useColor: (color: string) => `Gamitin ang ${color}`,
  pairNames: {
    'text/surface': 'Teksto sa surface',
    'text/surface-raised': 'Teksto sa mga naka-highlight na bahagi',
    'accent/surface': 'Accent na kulay (mga link, marker) sa surface',
    'accent/surface-raised': 'Accent na kulay sa mga naka-highlight na bahagi',
    'muted/surface': 'Pangalawang teksto sa surface',
    'border/surface': 'Mga gilid ng kontrol sa surface',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (sa ${scheme === 'light' ? 'light' : 'dark'} mode)`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `Nagdadagdag ang naka-prerender na HTML ng ${raw} sa iyong pahina${compressed ? ` (${compressed} kapag naka-compress)` : ''}, kaya bumibigat ang pahina; kapalit nito, naroon na ang nilalaman bago tumakbo ang anumang script, at walang gumagalaw kapag tumakbo ito.`,
  prerenderedLanguage: (language: string) =>
    `Nasa ${language} ang naka-prerender na HTML: gamitin ito sa pahinang nasa ${language}. Kapag tumakbo na ang script, sinusunod ng widget ang wika ng pahina.`,
  prerenderedVersion: (version: string) =>
    `Ipinapakita ng naka-prerender na HTML ang ipinapakita ng bersyon ${version}; pinapalitan ito ng script ng sarili nitong rendering, kaya gawin ulit ang code pagkatapos ng update para manatiling napapanahon ang HTML.`,
  prerenderedCommand: 'Para ikaw mismo ang mag-prerender, i-save ang code bilang snippet.html at patakbuhin ang:',
  prerenderedLoadFailed: 'Hindi maisulat bilang naka-prerender na HTML ang preview, kaya nire-render ng script ang code sa ibaba.',
  layoutShift:
    'Bumababa ang bahagi ng pahina sa ilalim ng widget kapag lumitaw ang widget (layout shift). Magreserba ng espasyo habang nilo-load ang script (Tema), o piliin ang naka-prerender na HTML.',
  reservedSpace:
    'May nakareserbang espasyo habang nilo-load ang script; gagalaw pa rin ang pahina ayon sa diperensiya ng nakareserba at ng totoong taas.',
  localeChunk: (size: string) =>
    `Sa pahinang hindi Ingles, nilo-load din ng script ang file ng wikang iyon (hanggang ${size}), at ipinapakita ang teksto kapag dumating na ito.`,
  scriptWeight: (size: string) => `${size} (naka-compress) ang script para sa lahat ng widget sa pahina; isang beses lang ito nilo-load.`,
  classicNote: 'Kailangan ng classic na script ang <meta charset="utf-8"> sa pahina; tumatakbo ito pagkatapos ma-parse ang pahina (defer).',
  cdnNote:
    'Galing ang script sa cdn.jsdelivr.net: isa pang koneksiyon para sa pahina, at nakikita ng jsDelivr ang mga IP address ng iyong mga bisita. Kapag ikaw ang nag-host nito, maiiwasan ang dalawang iyon.',
  selfHostedNote: 'I-upload ang buong dist/ folder: dapat manatili ang mga file ng wika sa locales/ katabi ng relief-widgets.js.',
  styleBlockNote:
    'Isang <style> block sa code ang CSS ng widget: sa ilalim ng mahigpit na Content-Security-Policy, kailangan nito ang hash na nasa policy.',
  hashUnavailable:
    'Hindi makalkula ng browser na ito ang hash ng style block dito (kailangan nito ng https), kaya wala ito sa policy sa ibaba: ilagay na lang ang CSS sa iyong stylesheet, o buksan ang tagagawa sa https.',
  overdue: (date: string) =>
    `Lumampas na ang petsa ng susunod na pagrepaso (${date}): makakakita ang mga bisita ng paunawa na maaaring luma na ang impormasyon.`,
  datesOrder: 'Dapat mas huli ang petsa ng susunod na pagrepaso kaysa sa huling update.',
  dateInvalid: (label: string) => `Hindi petsang maipapakita ng widget ang “${label}” (mga taong 0100 hanggang 9999): nananatili ang petsa ng orihinal na pahina.`,
  fontNote: 'Ginagamit ng system font ang mga font na nasa device na ng bisita: walang kailangang i-download.',

  platforms: 'Saan ito ipe-paste',
  platformNames: {
    html: 'Karaniwang HTML',
    wordpress: 'WordPress (block na Custom HTML)',
    wix: 'Wix (isang Custom Element)',
    squarespace: 'Squarespace (isang Code block)',
  },
  steps: {
    html: [
      'I-paste ang embed code kung saan dapat lumitaw ang nilalaman, sa loob ng <body>.',
      'Isang beses lang kada pahina ang script tag; walang masama kung ma-load ito nang dalawang beses. Kailangan ng bawat widget ang sarili nitong tag.',
    ],
    wordpress: [
      'Magdagdag ng “Custom HTML” block kung saan dapat lumitaw ang nilalaman.',
      'I-paste ang embed code.',
      'Ang tag lang ng element ang kailangan ng iba pang block sa parehong pahina.',
      'Itinatakda ng WordPress ang <html lang> mula sa “Settings” → “General” → “Site Language”; itinatakda ito ng multilingual plugin (WPML, Polylang) kada pahina, at sumusunod ang widget.',
      'Pinapanatili lang ng WordPress ang <script> sa isang block para sa mga user na pinapayagang mag-post ng hindi na-filter na HTML (mga administrator sa karamihan ng site).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '“Add” → “Embed Code” → “Custom Element”.',
      `Piliin ang “Source: Server URL”, at ilagay ang ${url}`,
      `“Tag Name”: ${tag}. Magdagdag ng isang Custom Element kada widget; iisang script ang gamit nila.`,
      'Itakda sa editor ang taas nito para magkasya ang nilalaman.',
      `Kung nananatiling walang laman ang widget, gamitin na lang ang URL ng classic na script: ${classicUrl}`,
    ],
    squarespace: [
      'I-edit ang pahina at magdagdag ng Code block (kailangan ng Code block na may script ang plan na pinapayagan ang JavaScript).',
      'I-paste ang embed code; panatilihing naka-off ang “Display Source”.',
      'Para magamit ang mga widget sa ilang pahina, ilagay nang isang beses ang linyang <script> sa “Settings” → “Advanced” → “Code Injection” → “Header”, at ang mga tag lang sa mga Code block.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Ang script URL at tag name lang ang tinatanggap ng Custom Element ng Wix: ang iba mo pang pinili (${attributes}) at ang <style> block ay nangangailangan ng sariling code ng Wix (Velo), at hindi magagamit doon ang naka-prerender na HTML.`,
  wixNoHtml: 'Hindi magagamit ang naka-prerender na HTML sa Custom Element ng Wix: hindi ito tumatanggap ng HTML.',
  platformCss: {
    wordpress: 'O ilagay ang CSS ng widget sa “Appearance” → “Customize” → “Additional CSS”.',
    squarespace: 'O ilagay ang CSS ng widget sa “Design” → “Custom CSS”.',
  },
  platformLanguage: (language: string) =>
    `Para laging ipakita ang ${language} kung saan hindi mo ma-edit ang <html>, itakda sa ${language} ang wika ng site sa mga setting nito: sinusunod ng widget ang <html lang> ng pahina.`,
  platformPrerendered:
    'Dapat makarating sa browser ang naka-prerender na HTML nang eksakto kung paano mo ito ipinaste: kapag isinisingit ito ng page builder gamit ang script, ang script ang magre-render ng widget, gaya ng walang prerender.',
  platformPolicy: 'Kung nagpapadala ka ng header na Content-Security-Policy, idagdag ang policy na nasa tabi ng code.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} bytes` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
