/** The builder's interface in Spanish (tú, as Spanish-language site builders address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('es', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'es',
  documentTitle: 'Generador de código de inserción — relief-widgets',
  title: 'Generador de código de inserción',
  interfaceLanguage: 'Idioma del generador',
  interfaceLanguageHint: 'Solo cambia esta página, no el código de inserción. El idioma del widget se elige más abajo, en «Idioma».',
  intro:
    'Elige qué mostrar en el sitio web de tu clínica y cómo debe verse, comprueba la vista previa en directo y copia el código de inserción en tu página. Todo ocurre en esta página: nada de lo que elijas se envía a ningún sitio ni se guarda.',
  loadingBuilder: 'Cargando el generador…',
  loadFailed: (reason: string) => `El generador no ha podido cargar sus datos (${reason}). Vuelve a cargar la página para intentarlo de nuevo.`,
  settings: 'Configuración',
  skipToCode: 'Ir al código de inserción',

  element: 'Qué insertar',
  elementHint: 'Un widget por cada código de inserción; para otro widget, pega el código de nuevo.',
  elementNames: {
    'relief-guide': 'La guía completa',
    'relief-benefit-list': 'Una lista de beneficios',
    'relief-tip-list': 'Una lista de consejos',
    'relief-pain-selector': 'Selector de tipo de dolor',
    'relief-therapist-checklist': 'Lista de comprobación del terapeuta',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Qué lista',
  elementSummaries: {
    'relief-guide': 'La página completa «¿Puede ayudar el masaje? Manejo del dolor crónico» en una sola etiqueta, con recursos adicionales, una nota de seguridad, un aviso y fechas de revisión.',
    'relief-benefit-list': 'Una lista con título de lo que el masaje puede aportar en el dolor crónico, tomada de la página de la clínica.',
    'relief-tip-list': 'Consejos prácticos de la página de la clínica: hábitos de vida, o cómo aprovechar al máximo una sesión.',
    'relief-pain-selector': 'Los cuatro tipos frecuentes de dolor crónico como un grupo de opciones: el paciente elige uno y ve cómo puede ayudar el masaje. Asociado a formularios: funciona dentro del formulario de admisión de una clínica.',
    'relief-therapist-checklist': 'Qué buscar en un terapeuta de masaje para el manejo del dolor, como una lista de comprobación con progreso y un botón para reiniciarla. Asociado a formularios: cada id marcado se envía con el nombre `name`. Sus marcas se quedan en la página: no se guarda nada salvo que la clínica lo active con `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Qué lista: los principales beneficios (predeterminada), cómo contribuye el masaje al alivio, o el resumen de la conclusión. Un valor desconocido muestra un aviso y los principales beneficios.',
    'relief-tip-list': 'Qué consejos: estilo de vida (predeterminados) o sesión. Un valor desconocido muestra un aviso y los consejos de estilo de vida.',
  } as Record<string, string>,

  sections: 'Secciones de la guía',
  sectionsHint:
    'Desmarca una sección para omitirla; mueve las secciones para cambiar su orden. La nota de seguridad, el aviso y las fechas de revisión se muestran siempre.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Subir «${heading}»`,
  moveDown: (heading: string) => `Bajar «${heading}»`,
  moved: (heading: string, position: number, count: number) =>
    `«${heading}» está ahora en la posición ${String(position)} de ${String(count)}.`,
  resetSections: 'Mostrar todas las secciones en el orden original',
  sectionsReset: 'Se muestran todas las secciones, en el orden original.',
  noSection: 'No hay ninguna sección marcada: en ese caso la guía las muestra todas. Marca al menos una.',

  heading: 'Título',
  headingLevel: 'Nivel del título',
  headingLevelHint: (level: number) =>
    `Elige el nivel que encaje en la estructura de tu página: bajo el título de la propia página (un h1), elige 2. El título del widget será un h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `Las secciones de la guía quedan un nivel por debajo, en el nivel ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Texto del título (opcional)',
  headingTextHint: (defaultHeading: string) =>
    `Déjalo vacío para mantener «${defaultHeading}» (traducido con el widget). Tu texto se muestra tal como lo escribes, en todos los idiomas.`,

  language: 'Idioma',
  languageFollow: 'Seguir el idioma de la página (recomendado)',
  languageFollowHint: 'El widget habla el idioma de cada página en la que está (su <html lang>), en 17 idiomas.',
  languageFixed: 'Siempre el mismo idioma',
  languageFixedHint: 'El widget muestra un solo idioma, diga lo que diga la página.',
  languageSelectFollow: 'Idioma de tu página',
  languageSelectFollowHint: 'Lo usan la vista previa y el HTML prerrenderizado.',
  languageSelectFixed: 'Idioma que se muestra',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Fechas de revisión',
  datesHint:
    'Cuándo revisó tu clínica esta información por última vez y cuándo volverá a revisarla. Déjalas como están para mostrar las fechas de la página original.',
  lastUpdated: 'Última actualización',
  nextReview: 'Próxima revisión prevista',

  evidence: 'Notas sobre la evidencia',
  evidenceShow: 'Mostrar la solidez de la investigación para cada tipo de dolor, con sus fuentes',
  evidenceHint: 'Recomendado: los pacientes ven lo que dice la investigación junto al texto de la clínica.',

  theme: 'Tema',
  scheme: 'Claro u oscuro',
  schemePage: 'Según declare mi página (claro, salvo que tu página declare oscuro)',
  schemeLight: 'Siempre claro',
  schemeDark: 'Siempre oscuro',
  schemeVisitor: 'Según la configuración del visitante (claro u oscuro)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Colores en modo claro' : 'Colores en modo oscuro'),
  colorNames: { accent: 'Color de acento', text: 'Texto', surface: 'Superficie (fondo)', border: 'Borde' } as Record<string, string>,
  colorHex: (name: string) => `${name}, código hexadecimal`,
  colorHexInvalid: 'Escribe el color como # y seis dígitos hexadecimales, por ejemplo #7a3e65.',
  resetColors: 'Restablecer los colores',
  radius: 'Radio de las esquinas (em)',
  radiusHint: 'El redondeo de las esquinas del widget; 0 para esquinas rectas.',
  font: 'Fuente',
  fontInherit: 'La fuente de tu sitio (heredada)',
  fontSans: 'Sans serif del sistema (sin descarga)',
  fontSerif: 'Serif del sistema (sin descarga)',
  placement: 'Dónde va el CSS del widget',
  placementSnippet: 'En el código de inserción (un bloque <style>)',
  placementStylesheet: 'En la hoja de estilos de mi sitio (se muestra debajo del código)',
  reserveSpace: 'Reservar espacio mientras carga el script (menos saltos de diseño)',

  scriptLoading: 'Cómo se carga el script',
  source: 'De dónde viene el script',
  sourceCdn: (version: string) => `La CDN jsDelivr, fijada en la versión ${version}`,
  sourceSelf: 'Mi propio sitio (alojado por mí)',
  folder: 'Carpeta de tu copia',
  folderHint:
    'Donde subiste el contenido de la carpeta dist/ del paquete (relief-widgets.js, con locales/ al lado), por ejemplo /assets/relief-widgets/ o https://static.example.com/relief/.',
  folderInvalid: 'Empieza la carpeta con / (una ruta de tu sitio) o con https://, sin espacios, comillas, ? ni #, y sin nombre de usuario ni contraseña.',
  kind: 'Tipo de script',
  kindModule: 'Módulo ES (recomendado)',
  kindClassic: 'Script clásico (para creadores de sitios que solo aceptan scripts clásicos)',
  rendering: 'Cómo llega el contenido a la página',
  renderingScript: 'Lo genera el script',
  renderingPrerendered:
    'HTML prerrenderizado (el contenido está en la página para los buscadores, las vistas previas de enlaces y los visitantes sin JavaScript)',

  preview: 'Vista previa',
  previewHint: 'El widget real, actualizado con cada cambio.',
  previewPrerendered: 'El HTML prerrenderizado se ve igual una vez ejecutado el script; antes, los controles aparecen inactivos.',
  previewWidth: 'Ancho',
  previewPhone: 'Móvil (390 px)',
  previewDesktop: 'Ordenador (1280 px)',
  previewAppearance: 'Apariencia',
  previewLight: 'Claro',
  previewDark: 'Oscuro',
  previewFrame: 'Vista previa en directo del widget',

  output: 'Tu código de inserción',
  checks: 'Antes de copiar',
  noChecks: 'Nada que revisar: el código está listo.',
  embedCode: 'Código de inserción',
  copy: 'Copiar',
  copied: 'Código de inserción copiado.',
  copyFallback: 'Aquí no se permite copiar, así que el código está seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Solo si tu sitio envía una Content-Security-Policy: estas son las fuentes que necesita el código. Añádelas a tu política.',
  cspTrustedTypes: 'Si tu política exige Trusted Types, permite también la política de Lit:',
  htmlElement: 'El elemento <html> de tu página',
  htmlElementHint: (language: string) =>
    `Una página tiene un solo idioma para todos sus widgets, así que el idioma se indica en la página, no en el código: empieza tu página con este elemento <html> para mostrar siempre el widget en ${language}.`,
  stylesheet: 'CSS para la hoja de estilos de tu sitio',
  stylesheetHint: 'Añade esto al CSS de tu sitio (por ejemplo, en «CSS adicional» de WordPress o en «CSS personalizado» de Squarespace).',
  copyCss: 'Copiar el CSS',
  copiedCss: 'CSS copiado.',
  copyPolicy: 'Copiar la política',
  copiedPolicy: 'Política copiada.',
  copyHtml: 'Copiar el elemento <html>',
  copiedHtml: 'Elemento <html> copiado.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: contraste de ${ratio}:1, por debajo del ${minimum}:1 que exige WCAG AA.`,
  contrastSuggestion: (name: string, color: string) => `Lo más cercano que cumple para «${name}»: ${color}.`,
  contrastNoSuggestion: 'Ninguna luminosidad de este color cumple; elige otro color.',
  useColor: (color: string) => `Usar ${color}`,
  pairNames: {
    'text/surface': 'Texto sobre la superficie',
    'text/surface-raised': 'Texto sobre las zonas destacadas',
    'accent/surface': 'Color de acento (enlaces, marcadores) sobre la superficie',
    'accent/surface-raised': 'Color de acento sobre las zonas destacadas',
    'muted/surface': 'Texto secundario sobre la superficie',
    'border/surface': 'Bordes de los controles sobre la superficie',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (modo ${scheme === 'light' ? 'claro' : 'oscuro'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `El HTML prerrenderizado añade ${raw} a tu página${compressed ? ` (${compressed} comprimido)` : ''}, así que la página pesa más; a cambio, el contenido está ahí antes de que se ejecute ningún script, y nada se mueve cuando se ejecuta.`,
  prerenderedLanguage: (language: string) =>
    `El HTML prerrenderizado está en ${language}: úsalo en una página en ${language}. Cuando se ejecuta el script, el widget sigue el idioma de la página.`,
  prerenderedVersion: (version: string) =>
    `El HTML prerrenderizado muestra lo que muestra la versión ${version}; el script lo sustituye por lo que genera él mismo, así que vuelve a generar el código después de una actualización para mantener el HTML al día.`,
  prerenderedCommand: 'Para prerrenderizarlo tú mismo, guarda el código como snippet.html y ejecuta:',
  prerenderedLoadFailed: 'No se ha podido convertir la vista previa en HTML prerrenderizado, así que el código de abajo lo genera el script.',
  layoutShift:
    'El contenido de la página que está debajo del widget se desplaza hacia abajo cuando aparece el widget (salto de diseño). Reserva espacio mientras carga el script (en «Tema») o elige HTML prerrenderizado.',
  reservedSpace:
    'Se reserva espacio mientras carga el script; la página solo se mueve lo que difieran la altura reservada y la real.',
  localeChunk: (size: string) =>
    `En una página que no está en inglés, el script carga además el archivo de ese idioma (hasta ${size}) y muestra el texto en cuanto llega.`,
  scriptWeight: (size: string) => `El script ocupa ${size} (comprimido) para todos los widgets de la página juntos; se carga una sola vez.`,
  classicNote: 'El script clásico necesita <meta charset="utf-8"> en la página; se ejecuta después de analizar la página (defer).',
  cdnNote:
    'El script viene de cdn.jsdelivr.net: una conexión más para la página, y jsDelivr ve las direcciones IP de tus visitantes. Si lo alojas tú, evitas ambas cosas.',
  selfHostedNote: 'Sube la carpeta dist/ completa: los archivos de idioma de locales/ deben quedarse junto a relief-widgets.js.',
  styleBlockNote:
    'El CSS del widget es un bloque <style> dentro del código: con una Content-Security-Policy estricta necesita el hash que aparece en la política.',
  hashUnavailable:
    'Este navegador no puede calcular aquí el hash del bloque de estilo (necesita https), así que falta en la política de abajo: pon el CSS en tu hoja de estilos o abre el generador con https.',
  overdue: (date: string) =>
    `La fecha de la próxima revisión (${date}) ya ha pasado: los visitantes verán un aviso de que la información puede estar desactualizada.`,
  datesOrder: 'La fecha de la próxima revisión debe ser posterior a la última actualización.',
  dateInvalid: (label: string) => `«${label}» no es una fecha que el widget pueda mostrar (años 0100 a 9999): se mantiene la fecha de la página original.`,
  fontNote: 'Una fuente del sistema usa las fuentes que ya hay en el dispositivo del visitante: no hay nada que descargar.',

  platforms: 'Dónde pegarlo',
  platformNames: {
    html: 'HTML sin más',
    wordpress: 'WordPress (bloque HTML personalizado)',
    wix: 'Wix (elemento personalizado)',
    squarespace: 'Squarespace (bloque de código)',
  },
  steps: {
    html: [
      'Pega el código de inserción donde deba aparecer el contenido, dentro de <body>.',
      'La etiqueta script va una vez por página; cargarla dos veces no causa problemas. Cada widget necesita su propia etiqueta.',
    ],
    wordpress: [
      'Añade un bloque «HTML personalizado» donde deba aparecer el contenido.',
      'Pega el código de inserción.',
      'Los demás bloques de la misma página solo necesitan la etiqueta del elemento.',
      'WordPress fija <html lang> en Ajustes → Generales → Idioma del sitio; un plugin multilingüe (WPML, Polylang) lo fija por página, y el widget lo sigue.',
      'WordPress solo conserva un <script> en un bloque para los usuarios que pueden publicar HTML sin filtrar (los administradores, en la mayoría de los sitios).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'Agregar → Insertar código → Elemento personalizado.',
      `Elige como fuente «URL del servidor» e introduce ${url}`,
      `Nombre de la etiqueta: ${tag}. Añade un elemento personalizado por widget; comparten el script.`,
      'Ajusta su altura en el editor para que quepa el contenido.',
      `Si el widget se queda vacío, usa en su lugar la URL del script clásico: ${classicUrl}`,
    ],
    squarespace: [
      'Edita la página y añade un bloque de código (los bloques de código con scripts requieren un plan que permita JavaScript).',
      'Pega el código de inserción; deja desactivado «Display Source».',
      'Para usar los widgets en varias páginas, pon la línea <script> una sola vez en Configuración → Avanzado → Inyección de código → Encabezado, y en los bloques de código solo las etiquetas.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `El elemento personalizado de Wix solo admite la URL del script y el nombre de la etiqueta: tus demás opciones (${attributes}) y un bloque <style> necesitan código propio de Wix (Velo), y allí no se puede usar HTML prerrenderizado.`,
  wixNoHtml: 'El HTML prerrenderizado no se puede usar en un elemento personalizado de Wix: no admite HTML.',
  platformCss: {
    wordpress: 'O pon el CSS del widget en Apariencia → Personalizar → CSS adicional.',
    squarespace: 'O pon el CSS del widget en Diseño → CSS personalizado.',
  },
  platformLanguage: (language: string) =>
    `Para mostrar siempre el widget en ${language} donde no puedas editar <html>, pon ${language} como idioma del sitio en su configuración: el widget sigue el <html lang> de la página.`,
  platformPrerendered:
    'El HTML prerrenderizado debe llegar al navegador tal como lo pegaste: si un creador de páginas lo inserta con un script, será el script el que genere el widget, como sin prerrenderizado.',
  platformPolicy: 'Si envías un encabezado Content-Security-Policy, añade la política que aparece junto al código.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} bytes` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
