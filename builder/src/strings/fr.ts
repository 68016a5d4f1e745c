/** The builder's interface in French (vouvoiement, as French web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('fr', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'fr',
  documentTitle: 'Générateur de code d’intégration — relief-widgets',
  title: 'Générateur de code d’intégration',
  interfaceLanguage: 'Langue du générateur',
  interfaceLanguageHint: 'Ne change que cette page, pas le code d’intégration. La langue du widget se choisit plus bas, sous « Langue ».',
  intro:
    'Choisissez ce qui s’affiche sur le site de votre cabinet et son apparence, vérifiez l’aperçu en direct, puis copiez le code d’intégration dans votre page. Tout se passe dans cette page : rien de ce que vous choisissez n’est envoyé ni enregistré.',
  loadingBuilder: 'Chargement du générateur…',
  loadFailed: (reason: string) => `Le générateur n’a pas pu charger ses données (${reason}). Rechargez la page pour réessayer.`,
  settings: 'Paramètres',
  skipToCode: 'Aller au code d’intégration',

  element: 'Quoi intégrer',
  elementHint: 'Un widget par code d’intégration ; collez le code une nouvelle fois pour un autre widget.',
  elementNames: {
    'relief-guide': 'Le guide complet',
    'relief-benefit-list': 'Une liste de bienfaits',
    'relief-tip-list': 'Une liste de conseils',
    'relief-pain-selector': 'Sélecteur de type de douleur',
    'relief-therapist-checklist': 'Liste de contrôle pour choisir un thérapeute',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Quelle liste',
  elementSummaries: {
    'relief-guide': 'Toute la page « Le massage peut-il aider ? Prise en charge de la douleur chronique » en une seule balise, avec des ressources complémentaires, une note de sécurité, un avertissement et les dates de révision.',
    'relief-benefit-list': 'Une liste avec titre de ce que le massage peut apporter contre la douleur chronique, tirée de la page du cabinet.',
    'relief-tip-list': 'Des conseils pratiques tirés de la page du cabinet : hygiène de vie, ou comment profiter au mieux d’une séance.',
    'relief-pain-selector': 'Les quatre types courants de douleur chronique sous forme de boutons radio : le patient en choisit un et voit comment le massage peut aider. Associé aux formulaires : fonctionne dans le formulaire d’accueil d’un cabinet.',
    'relief-therapist-checklist': 'Ce qu’il faut rechercher chez un thérapeute qui soulage la douleur par le massage, sous forme de liste de contrôle avec progression et réinitialisation. Associé aux formulaires : chaque id coché est envoyé sous le nom `name`. Les coches restent dans la page : rien n’est enregistré, sauf si le cabinet l’active avec `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Quelle liste : les principaux bienfaits (par défaut), comment le massage aide à soulager, ou le résumé de la conclusion. Une valeur inconnue affiche un avertissement et les principaux bienfaits.',
    'relief-tip-list': 'Quels conseils : hygiène de vie (par défaut) ou séance. Une valeur inconnue affiche un avertissement et les conseils d’hygiène de vie.',
  } as Record<string, string>,

  sections: 'Sections du guide',
  sectionsHint:
    'Décochez une section pour l’omettre ; déplacez les sections pour changer leur ordre. La note de sécurité, l’avertissement et les dates de révision s’affichent toujours.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Monter « ${heading} »`,
  moveDown: (heading: string) => `Descendre « ${heading} »`,
  moved: (heading: string, position: number, count: number) =>
    `« ${heading} » est maintenant en position ${String(position)} sur ${String(count)}.`,
  resetSections: 'Afficher toutes les sections dans l’ordre d’origine',
  sectionsReset: 'Toutes les sections sont affichées, dans l’ordre d’origine.',
  noSection: 'Aucune section n’est cochée : le guide les affiche alors toutes. Cochez-en au moins une.',

  heading: 'Titre',
  headingLevel: 'Niveau de titre',
  headingLevelHint: (level: number) =>
    `Choisissez le niveau qui s’accorde avec la structure de votre page : sous le titre de la page elle-même (un h1), choisissez 2. Le titre du widget devient un h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `Les sections du guide sont un niveau en dessous, au niveau ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Texte du titre (facultatif)',
  headingTextHint: (defaultHeading: string) =>
    `Laissez vide pour garder « ${defaultHeading} » (traduit avec le widget). Votre texte s’affiche tel que vous le saisissez, dans toutes les langues.`,

  language: 'Langue',
  languageFollow: 'Suivre la langue de la page (recommandé)',
  languageFollowHint: 'Le widget parle la langue de chaque page où il se trouve (son <html lang>), parmi 17 langues.',
  languageFixed: 'Toujours la même langue',
  languageFixedHint: 'Le widget affiche une seule langue, quelle que soit celle de la page.',
  languageSelectFollow: 'Langue de votre page',
  languageSelectFollowHint: 'Utilisée par l’aperçu et par le HTML pré-rendu.',
  languageSelectFixed: 'Langue affichée',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Dates de révision',
  datesHint:
    'La date à laquelle votre cabinet a vérifié ces informations pour la dernière fois, et celle de la prochaine vérification. Laissez-les telles quelles pour afficher les dates de la page d’origine.',
  lastUpdated: 'Dernière mise à jour',
  nextReview: 'Prochaine révision prévue',

  evidence: 'Notes sur les preuves',
  evidenceShow: 'Indiquer la solidité des données de la recherche pour chaque type de douleur, avec leurs sources',
  evidenceHint: 'Recommandé : les patients voient ce que dit la recherche à côté du texte du cabinet.',

  theme: 'Thème',
  scheme: 'Clair ou sombre',
  schemePage: 'Selon ce que déclare ma page (clair, sauf si votre page déclare sombre)',
  schemeLight: 'Toujours clair',
  schemeDark: 'Toujours sombre',
  schemeVisitor: 'Selon le réglage du visiteur (clair ou sombre)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Couleurs en mode clair' : 'Couleurs en mode sombre'),
  colorNames: { accent: 'Couleur d’accent', text: 'Texte', surface: 'Surface (arrière-plan)', border: 'Bordure' } as Record<string, string>,
  colorHex: (name: string) => `${name}, code hexadécimal`,
  colorHexInvalid: 'Écrivez une couleur sous la forme # suivi de six chiffres hexadécimaux, par exemple #7a3e65.',
  resetColors: 'Réinitialiser les couleurs',
  radius: 'Arrondi des angles (em)',
  radiusHint: 'L’arrondi des angles du widget ; 0 pour des angles droits.',
  font: 'Police',
  fontInherit: 'La police de votre site (héritée)',
  fontSans: 'Sans empattement du système (aucun téléchargement)',
  fontSerif: 'Avec empattement du système (aucun téléchargement)',
  placement: 'Où placer le CSS du widget',
  placementSnippet: 'Dans le code d’intégration (un bloc <style>)',
  placementStylesheet: 'Dans la feuille de style de mon site (affiché sous le code)',
  reserveSpace: 'Réserver la place pendant le chargement du script (moins de décalage de la mise en page)',

  scriptLoading: 'Chargement du script',
  source: 'Provenance du script',
  sourceCdn: (version: string) => `Le CDN jsDelivr, figé sur la version ${version}`,
  sourceSelf: 'Mon propre site (auto-hébergé)',
  folder: 'Dossier de votre copie',
  folderHint:
    'L’endroit où vous avez téléversé le contenu du dossier dist/ du paquet (relief-widgets.js, avec locales/ à côté), par exemple /assets/relief-widgets/ ou https://static.example.com/relief/.',
  folderInvalid: 'Commencez le dossier par / (un chemin sur votre site) ou par https://, sans espaces, guillemets, ? ni #, et sans nom d’utilisateur ni mot de passe.',
  kind: 'Type de script',
  kindModule: 'Module ES (recommandé)',
  kindClassic: 'Script classique (pour les créateurs de sites qui n’acceptent que les scripts classiques)',
  rendering: 'Comment le contenu arrive dans la page',
  renderingScript: 'Affiché par le script',
  renderingPrerendered:
    'HTML pré-rendu (le contenu est dans la page pour les moteurs de recherche, les aperçus de liens et les visiteurs sans JavaScript)',

  preview: 'Aperçu',
  previewHint: 'Le vrai widget, mis à jour à chaque modification.',
  previewPrerendered: 'Le HTML pré-rendu a le même aspect une fois le script exécuté ; avant, les commandes apparaissent inactives.',
  previewWidth: 'Largeur',
  previewPhone: 'Téléphone (390 px)',
  previewDesktop: 'Ordinateur (1280 px)',
  previewAppearance: 'Apparence',
  previewLight: 'Clair',
  previewDark: 'Sombre',
  previewFrame: 'Aperçu en direct du widget',

  output: 'Votre code d’intégration',
  checks: 'Avant de copier',
  noChecks: 'Rien à vérifier : le code est prêt.',
  embedCode: 'Code d’intégration',
  copy: 'Copier',
  copied: 'Code d’intégration copié.',
  copyFallback: 'La copie n’est pas autorisée ici, le code est donc sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Uniquement si votre site envoie une Content-Security-Policy : voici les sources dont le code a besoin. Ajoutez-les à votre politique.',
  cspTrustedTypes: 'Si votre politique impose les Trusted Types, autorisez aussi la politique de Lit :',
  htmlElement: 'L’élément <html> de votre page',
  htmlElementHint: (language: string) =>
    `Une page a une seule langue pour tous ses widgets : la langue se définit donc dans la page, pas dans le code. Commencez votre page par cet élément <html> pour que le widget s’affiche toujours en « ${language} ».`,
  stylesheet: 'CSS pour la feuille de style de votre site',
  stylesheetHint:
    'Ajoutez ceci au CSS de votre site (par exemple « CSS additionnel » dans WordPress ou « CSS personnalisé » dans Squarespace).',
  copyCss: 'Copier le CSS',
  copiedCss: 'CSS copié.',
  copyPolicy: 'Copier la politique',
  copiedPolicy: 'Politique copiée.',
  copyHtml: 'Copier l’élément <html>',
  copiedHtml: 'Élément <html> copié.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair} : contraste de ${ratio}:1, en dessous des ${minimum}:1 exigés par le niveau WCAG AA.`,
  contrastSuggestion: (name: string, color: string) => `Valeur conforme la plus proche pour « ${name} » : ${color}.`,
  contrastNoSuggestion: 'Aucune luminosité de cette couleur n’est conforme ; choisissez une autre couleur.',
  useColor: (color: string) => `Utiliser ${color}`,
  pairNames: {
    'text/surface': 'Texte sur la surface',
    'text/surface-raised': 'Texte sur les zones mises en avant',
    'accent/surface': 'Couleur d’accent (liens, repères) sur la surface',
    'accent/surface-raised': 'Couleur d’accent sur les zones mises en avant',
    'muted/surface': 'Texte secondaire sur la surface',
    'border/surface': 'Bordures des commandes sur la surface',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (mode ${scheme === 'light' ? 'clair' : 'sombre'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `Le HTML pré-rendu ajoute ${raw} à votre page${compressed ? ` (${compressed} compressé)` : ''} : la page est plus lourde ; en échange, le contenu est là avant l’exécution de tout script, et rien ne bouge quand il s’exécute.`,
  prerenderedLanguage: (language: string) =>
    `Le HTML pré-rendu est dans cette langue : ${language}. Utilisez-le sur une page dans cette même langue. Une fois le script exécuté, le widget suit la langue de la page.`,
  prerenderedVersion: (version: string) =>
    `Le HTML pré-rendu montre ce qu’affiche la version ${version} ; le script le remplace par son propre rendu, donc refaites le code après une mise à jour pour que le HTML reste actuel.`,
  prerenderedCommand: 'Pour faire le pré-rendu vous-même, enregistrez le code sous snippet.html et exécutez :',
  prerenderedLoadFailed: 'L’aperçu n’a pas pu être converti en HTML pré-rendu : le code ci-dessous est donc affiché par le script.',
  layoutShift:
    'Le contenu de la page situé sous le widget descend quand le widget apparaît (décalage de mise en page). Réservez la place pendant le chargement du script (Thème) ou choisissez le HTML pré-rendu.',
  reservedSpace:
    'La place est réservée pendant le chargement du script ; la page ne bouge plus que de la différence entre la hauteur réservée et la hauteur réelle.',
  localeChunk: (size: string) =>
    `Sur une page qui n’est pas en anglais, le script charge aussi le fichier de la langue (jusqu’à ${size}) et affiche le texte dès qu’il est arrivé.`,
  scriptWeight: (size: string) => `Le script pèse ${size} (compressé) pour l’ensemble des widgets de la page ; il n’est chargé qu’une fois.`,
  classicNote: 'Le script classique a besoin de <meta charset="utf-8"> dans la page ; il s’exécute une fois la page analysée (defer).',
  cdnNote:
    'Le script vient de cdn.jsdelivr.net : une connexion de plus pour la page, et jsDelivr voit les adresses IP de vos visiteurs. L’héberger vous-même évite les deux.',
  selfHostedNote: 'Téléversez tout le dossier dist/ : les fichiers de langue de locales/ doivent rester à côté de relief-widgets.js.',
  styleBlockNote:
    'Le CSS du widget est un bloc <style> dans le code : avec une Content-Security-Policy stricte, il lui faut l’empreinte (hash) indiquée dans la politique.',
  hashUnavailable:
    'Ce navigateur ne peut pas calculer ici l’empreinte (hash) du bloc de style (il lui faut https) : elle manque donc dans la politique ci-dessous. Placez plutôt le CSS dans votre feuille de style, ou ouvrez le générateur en https.',
  overdue: (date: string) =>
    `La date de la prochaine révision (${date}) est passée : les visiteurs verront un avis indiquant que les informations ne sont peut-être plus à jour.`,
  datesOrder: 'La date de la prochaine révision doit être postérieure à la dernière mise à jour.',
  dateInvalid: (label: string) => `« ${label} » n’est pas une date que le widget peut afficher (années 0100 à 9999) : la date de la page d’origine est conservée.`,
  fontNote: 'Une police système utilise les polices déjà présentes sur l’appareil du visiteur : rien à télécharger.',

  platforms: 'Où le coller',
  platformNames: {
    html: 'HTML simple',
    wordpress: 'WordPress (bloc HTML personnalisé)',
    wix: 'Wix (élément personnalisé)',
    squarespace: 'Squarespace (bloc Code)',
  },
  steps: {
    html: [
      'Collez le code d’intégration à l’endroit où le contenu doit apparaître, dans <body>.',
      'La balise script se met une fois par page ; la charger deux fois ne pose aucun problème. Chaque widget a besoin de sa propre balise.',
    ],
    wordpress: [
      'Ajoutez un bloc « HTML personnalisé » à l’endroit où le contenu doit apparaître.',
      'Collez le code d’intégration.',
      'Les autres blocs de la même page n’ont besoin que de la balise de l’élément.',
      'WordPress définit <html lang> dans Réglages → Général → Langue du site ; une extension multilingue (WPML, Polylang) le définit page par page, et le widget suit.',
      'WordPress ne conserve un <script> dans un bloc que pour les utilisateurs autorisés à publier du HTML non filtré (les administrateurs, sur la plupart des sites).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'Ajouter → Intégrer du code → Élément personnalisé.',
      `Choisissez la source « URL du serveur » et saisissez ${url}`,
      `Nom de la balise : ${tag}. Ajoutez un élément personnalisé par widget ; ils partagent le script.`,
      'Réglez sa hauteur dans l’éditeur pour que le contenu tienne.',
      `Si le widget reste vide, utilisez plutôt l’URL du script classique : ${classicUrl}`,
    ],
    squarespace: [
      'Modifiez la page et ajoutez un bloc Code (les blocs Code contenant des scripts nécessitent un forfait qui autorise JavaScript).',
      'Collez le code d’intégration ; laissez « Afficher la source » désactivé.',
      'Pour utiliser les widgets sur plusieurs pages, placez la ligne <script> une seule fois dans Paramètres → Avancé → Injection de code → En-tête, et seulement les balises dans les blocs Code.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `L’élément personnalisé de Wix n’accepte que l’URL du script et le nom de la balise : vos autres choix (${attributes}) et un bloc <style> nécessitent le code propre à Wix (Velo), et le HTML pré-rendu n’y est pas utilisable.`,
  wixNoHtml: 'Le HTML pré-rendu n’est pas utilisable dans un élément personnalisé Wix : il n’accepte pas de HTML.',
  platformCss: {
    wordpress: 'Ou placez le CSS du widget dans Apparence → Personnaliser → CSS additionnel.',
    squarespace: 'Ou placez le CSS du widget dans Design → CSS personnalisé.',
  },
  platformLanguage: (language: string) =>
    `Là où vous ne pouvez pas modifier <html>, choisissez « ${language} » comme langue du site dans ses paramètres pour que le widget s’affiche toujours dans cette langue : il suit le <html lang> de la page.`,
  platformPrerendered:
    'Le HTML pré-rendu doit arriver au navigateur tel que vous l’avez collé : un créateur de pages qui l’insère au moyen d’un script laisse le script afficher le widget, comme sans pré-rendu.',
  platformPolicy: 'Si vous envoyez un en-tête Content-Security-Policy, ajoutez la politique affichée à côté du code.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} octets` : `${decimal.format(bytes / 1024)} Ko`),
} satisfies Strings;
