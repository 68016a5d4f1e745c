/** The builder's interface in Brazilian Portuguese (você, as Brazilian web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'pt-BR',
  documentTitle: 'Gerador de código de incorporação — relief-widgets',
  title: 'Gerador de código de incorporação',
  interfaceLanguage: 'Idioma do gerador',
  interfaceLanguageHint: 'Muda só esta página, não o código de incorporação. O idioma do widget é definido mais abaixo, em “Idioma”.',
  intro:
    'Escolha o que mostrar no site da sua clínica e a aparência, confira a prévia ao vivo e depois copie o código de incorporação para a sua página. Tudo acontece nesta página: nada do que você escolhe é enviado para lugar nenhum nem armazenado.',
  loadingBuilder: 'Carregando o gerador…',
  loadFailed: (reason: string) => `O gerador não conseguiu carregar os dados (${reason}). Recarregue a página para tentar de novo.`,
  settings: 'Configurações',
  skipToCode: 'Ir para o código de incorporação',

  element: 'O que incorporar',
  elementHint: 'Um widget por código de incorporação; para outro widget, cole o código de novo.',
  elementNames: {
    'relief-guide': 'O guia completo',
    'relief-benefit-list': 'Uma lista de benefícios',
    'relief-tip-list': 'Uma lista de dicas',
    'relief-pain-selector': 'Seletor de tipo de dor',
    'relief-therapist-checklist': 'Lista de verificação do terapeuta',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Qual lista',
  elementSummaries: {
    'relief-guide': 'A página inteira “A massagem pode ajudar? Controle da dor crônica” em uma só tag, com outras fontes de informação, um aviso de segurança, um aviso legal e as datas de revisão.',
    'relief-benefit-list': 'Uma lista com título do que a massagem pode fazer pela dor crônica, tirada da página da clínica.',
    'relief-tip-list': 'Dicas práticas da página da clínica: hábitos do dia a dia, ou como aproveitar ao máximo uma sessão.',
    'relief-pain-selector': 'Os quatro tipos comuns de dor crônica como um grupo de opções: o paciente escolhe um e vê como a massagem pode ajudar. Associado a formulários: funciona dentro do formulário de admissão da clínica.',
    'relief-therapist-checklist': 'O que observar em um massoterapeuta para o controle da dor, como uma lista de verificação com progresso e botão para recomeçar. Associado a formulários: cada id marcado é enviado com o nome `name`. As marcações ficam na página: nada é armazenado, a menos que a clínica ative com `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Qual lista: os principais benefícios (padrão), como a massagem contribui para o alívio, ou o resumo da conclusão. Um valor desconhecido gera um aviso e mostra os principais benefícios.',
    'relief-tip-list': 'Quais dicas: estilo de vida (padrão) ou sessão. Um valor desconhecido gera um aviso e mostra as dicas de estilo de vida.',
  } as Record<string, string>,

  sections: 'Seções do guia',
  sectionsHint:
    'Desmarque uma seção para deixá-la de fora; mova as seções para mudar a ordem. O aviso de segurança, o aviso legal e as datas de revisão aparecem sempre.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Mover “${heading}” para cima`,
  moveDown: (heading: string) => `Mover “${heading}” para baixo`,
  moved: (heading: string, position: number, count: number) =>
    `“${heading}” foi para a posição ${String(position)} de ${String(count)}.`,
  resetSections: 'Mostrar todas as seções na ordem original',
  sectionsReset: 'Todas as seções aparecem, na ordem original.',
  noSection: 'Nenhuma seção está marcada: nesse caso, o guia mostra todas. Marque pelo menos uma.',

  heading: 'Título',
  headingLevel: 'Nível do título',
  headingLevelHint: (level: number) =>
    `Escolha o nível que combina com a estrutura da sua página: abaixo do título da própria página (um h1), escolha 2. O título do widget vira um h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `As seções do guia ficam um nível abaixo, no nível ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Texto do título (opcional)',
  headingTextHint: (defaultHeading: string) =>
    `Deixe em branco para manter “${defaultHeading}” (traduzido junto com o widget). O seu texto aparece como você digitar, em todos os idiomas.`,

  language: 'Idioma',
  languageFollow: 'Seguir o idioma da página (recomendado)',
  languageFollowHint: 'O widget fala o idioma de cada página em que está (o <html lang> dela), em 17 idiomas.',
  languageFixed: 'Sempre um idioma só',
  languageFixedHint: 'O widget mostra um idioma só, seja qual for o idioma da página.',
  languageSelectFollow: 'Idioma da sua página',
  languageSelectFollowHint: 'Usado pela prévia e pelo HTML pré-renderizado.',
  languageSelectFixed: 'Idioma exibido',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Datas de revisão',
  datesHint:
    'Quando a sua clínica conferiu estas informações pela última vez e quando vai conferi-las de novo. Deixe como estão para mostrar as datas da página original.',
  lastUpdated: 'Última atualização',
  nextReview: 'Próxima revisão prevista',

  evidence: 'Notas sobre as evidências',
  evidenceShow: 'Mostrar a força das pesquisas para cada tipo de dor, com as fontes',
  evidenceHint: 'Recomendado: os pacientes veem o que dizem as pesquisas ao lado do texto da clínica.',

  theme: 'Tema',
  scheme: 'Claro ou escuro',
  schemePage: 'Como a minha página declarar (claro, a menos que a sua página declare escuro)',
  schemeLight: 'Sempre claro',
  schemeDark: 'Sempre escuro',
  schemeVisitor: 'Seguir a configuração do visitante (claro ou escuro)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Cores no modo claro' : 'Cores no modo escuro'),
  colorNames: { accent: 'Cor de destaque', text: 'Texto', surface: 'Superfície (fundo)', border: 'Borda' } as Record<string, string>,
  colorHex: (name: string) => `${name}, código hexadecimal`,
  colorHexInvalid: 'Escreva a cor como # seguido de seis dígitos hexadecimais, por exemplo #7a3e65.',
  resetColors: 'Redefinir as cores',
  radius: 'Arredondamento dos cantos (em)',
  radiusHint: 'O arredondamento dos cantos do widget; 0 para cantos retos.',
  font: 'Fonte',
  fontInherit: 'A fonte do seu site (herdada)',
  fontSans: 'Sem serifa do sistema (sem download)',
  fontSerif: 'Com serifa do sistema (sem download)',
  placement: 'Onde fica o CSS do widget',
  placementSnippet: 'No código de incorporação (um bloco <style>)',
  placementStylesheet: 'Na folha de estilo do meu site (mostrado abaixo do código)',
  reserveSpace: 'Reservar espaço enquanto o script carrega (menos deslocamento de layout)',

  scriptLoading: 'Como o script é carregado',
  source: 'De onde vem o script',
  sourceCdn: (version: string) => `A CDN jsDelivr, fixada na versão ${version}`,
  sourceSelf: 'Meu próprio site (hospedagem própria)',
  folder: 'Pasta da sua cópia',
  folderHint:
    'Onde você enviou o conteúdo da pasta dist/ do pacote (relief-widgets.js, com locales/ ao lado), por exemplo /assets/relief-widgets/ ou https://static.example.com/relief/.',
  folderInvalid: 'Comece a pasta com / (um caminho no seu site) ou https://, sem espaços, aspas, ? nem #, e sem nome de usuário nem senha.',
  kind: 'Tipo de script',
  kindModule: 'Módulo ES (recomendado)',
  kindClassic: 'Script clássico (para criadores de sites que só aceitam scripts clássicos)',
  rendering: 'Como o conteúdo chega à página',
  renderingScript: 'Renderizado pelo script',
  renderingPrerendered:
    'HTML pré-renderizado (o conteúdo já está na página para buscadores, prévias de links e visitantes sem JavaScript)',

  preview: 'Prévia',
  previewHint: 'O widget real, atualizado a cada mudança.',
  previewPrerendered: 'O HTML pré-renderizado fica igual depois que o script roda; antes disso, os controles aparecem inativos.',
  previewWidth: 'Largura',
  previewPhone: 'Celular (390 px)',
  previewDesktop: 'Computador (1280 px)',
  previewAppearance: 'Aparência',
  previewLight: 'Claro',
  previewDark: 'Escuro',
  previewFrame: 'Prévia ao vivo do widget',

  output: 'Seu código de incorporação',
  checks: 'Antes de copiar',
  noChecks: 'Nada a conferir: o código está pronto.',
  embedCode: 'Código de incorporação',
  copy: 'Copiar',
  copied: 'Código de incorporação copiado.',
  copyFallback: 'Não é permitido copiar aqui, então o código foi selecionado: pressione Ctrl+C (⌘C no Mac) para copiá-lo.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Só se o seu site envia uma Content-Security-Policy: estas são as fontes de que o código precisa. Adicione-as à sua política.',
  cspTrustedTypes: 'Se a sua política exige Trusted Types, permita também a política do Lit:',
  htmlElement: 'O elemento <html> da sua página',
  htmlElementHint: (language: string) =>
    `Uma página tem um idioma só para todos os widgets, por isso o idioma é definido na página, não no código: comece a sua página com este elemento <html> para mostrar sempre o widget em ${language}.`,
  stylesheet: 'CSS para a folha de estilo do seu site',
  stylesheetHint: 'Adicione isto ao CSS do seu site (por exemplo, em “CSS adicional” do WordPress ou “CSS personalizado” do Squarespace).',
  copyCss: 'Copiar o CSS',
  copiedCss: 'CSS copiado.',
  copyPolicy: 'Copiar a política',
  copiedPolicy: 'Política copiada.',
  copyHtml: 'Copiar o elemento <html>',
  copiedHtml: 'Elemento <html> copiado.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: contraste de ${ratio}:1, abaixo dos ${minimum}:1 que a WCAG AA exige.`,
  contrastSuggestion: (name: string, color: string) => `Valor aprovado mais próximo para “${name}”: ${color}.`,
  contrastNoSuggestion: 'Nenhuma luminosidade desta cor passa; escolha outra cor.',
  useColor: (color: string) => `Usar ${color}`,
  pairNames: {
    'text/surface': 'Texto sobre a superfície',
    'text/surface-raised': 'Texto sobre áreas destacadas',
    'accent/surface': 'Cor de destaque (links, marcadores) sobre a superfície',
    'accent/surface-raised': 'Cor de destaque sobre áreas destacadas',
    'muted/surface': 'Texto secundário sobre a superfície',
    'border/surface': 'Bordas dos controles sobre a superfície',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (modo ${scheme === 'light' ? 'claro' : 'escuro'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `O HTML pré-renderizado acrescenta ${raw} à sua página${compressed ? ` (${compressed} comprimido)` : ''}, que fica mais pesada; em troca, o conteúdo já está lá antes de qualquer script rodar, e nada se mexe quando ele roda.`,
  prerenderedLanguage: (language: string) =>
    `O HTML pré-renderizado está em ${language}: use-o em uma página em ${language}. Depois que o script roda, o widget segue o idioma da página.`,
  prerenderedVersion: (version: string) =>
    `O HTML pré-renderizado mostra o que a versão ${version} mostra; o script o substitui pela própria renderização, então gere o código de novo depois de uma atualização para manter o HTML em dia.`,
  prerenderedCommand: 'Para pré-renderizar por conta própria, salve o código como snippet.html e execute:',
  prerenderedLoadFailed: 'Não foi possível transformar a prévia em HTML pré-renderizado, então o código abaixo é renderizado pelo script.',
  layoutShift:
    'O conteúdo da página abaixo do widget desce quando o widget aparece (deslocamento de layout). Reserve espaço enquanto o script carrega (em Tema) ou escolha HTML pré-renderizado.',
  reservedSpace:
    'O espaço fica reservado enquanto o script carrega; a página só se mexe pela diferença entre a altura reservada e a real.',
  localeChunk: (size: string) =>
    `Em uma página que não está em inglês, o script também carrega o arquivo desse idioma (até ${size}) e mostra o texto assim que ele chega.`,
  scriptWeight: (size: string) => `O script tem ${size} (comprimido) para todos os widgets da página juntos; ele é carregado uma vez só.`,
  classicNote: 'O script clássico precisa de <meta charset="utf-8"> na página; ele roda depois que a página é lida (defer).',
  cdnNote:
    'O script vem de cdn.jsdelivr.net: uma conexão a mais para a página, e o jsDelivr vê os endereços IP dos seus visitantes. Hospedá-lo você mesmo evita as duas coisas.',
  selfHostedNote: 'Envie a pasta dist/ inteira: os arquivos de idioma em locales/ precisam ficar ao lado de relief-widgets.js.',
  styleBlockNote:
    'O CSS do widget é um bloco <style> no código: com uma Content-Security-Policy rígida, ele precisa do hash mostrado na política.',
  hashUnavailable:
    'Este navegador não consegue calcular aqui o hash do bloco de estilo (precisa de https), então ele falta na política abaixo: coloque o CSS na sua folha de estilo ou abra o gerador por https.',
  overdue: (date: string) =>
    `A data da próxima revisão (${date}) já passou: os visitantes vão ver um aviso de que as informações podem estar desatualizadas.`,
  datesOrder: 'A data da próxima revisão deve vir depois da última atualização.',
  dateInvalid: (label: string) => `“${label}” não é uma data que o widget consegue mostrar (anos 0100 a 9999): a data da página original é mantida.`,
  fontNote: 'Uma fonte do sistema usa fontes que já estão no aparelho do visitante: nada a baixar.',

  platforms: 'Onde colar',
  platformNames: {
    html: 'HTML simples',
    wordpress: 'WordPress (bloco HTML personalizado)',
    wix: 'Wix (elemento personalizado)',
    squarespace: 'Squarespace (bloco de código)',
  },
  steps: {
    html: [
      'Cole o código de incorporação onde o conteúdo deve aparecer, dentro de <body>.',
      'A tag script vai uma vez por página; carregá-la duas vezes não causa problema. Cada widget precisa da própria tag.',
    ],
    wordpress: [
      'Adicione um bloco “HTML personalizado” onde o conteúdo deve aparecer.',
      'Cole o código de incorporação.',
      'Os outros blocos na mesma página só precisam da tag do elemento.',
      'O WordPress define o <html lang> em Configurações → Geral → Idioma do site; um plugin multilíngue (WPML, Polylang) define por página, e o widget acompanha.',
      'O WordPress só mantém um <script> em um bloco para usuários que podem publicar HTML sem filtro (os administradores, na maioria dos sites).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'Adicionar → Incorporar código → Elemento personalizado.',
      `Escolha a fonte “URL do servidor” e digite ${url}`,
      `Nome da tag: ${tag}. Adicione um elemento personalizado por widget; eles compartilham o script.`,
      'Ajuste a altura dele no editor para caber o conteúdo.',
      `Se o widget ficar vazio, use a URL do script clássico: ${classicUrl}`,
    ],
    squarespace: [
      'Edite a página e adicione um bloco de código (blocos de código com scripts exigem um plano que permita JavaScript).',
      'Cole o código de incorporação; deixe “Display Source” desativado.',
      'Para usar os widgets em várias páginas, coloque a linha <script> uma vez em Configurações → Avançado → Injeção de código → Cabeçalho e, nos blocos de código, só as tags.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `O elemento personalizado do Wix só aceita a URL do script e o nome da tag: as suas outras escolhas (${attributes}) e um bloco <style> precisam do código próprio do Wix (Velo), e o HTML pré-renderizado não pode ser usado ali.`,
  wixNoHtml: 'O HTML pré-renderizado não pode ser usado em um elemento personalizado do Wix: ele não aceita HTML.',
  platformCss: {
    wordpress: 'Ou coloque o CSS do widget em Aparência → Personalizar → CSS adicional.',
    squarespace: 'Ou coloque o CSS do widget em Design → CSS personalizado.',
  },
  platformLanguage: (language: string) =>
    `Para mostrar sempre o widget em ${language} onde você não pode editar o <html>, defina ${language} como idioma do site nas configurações dele: o widget segue o <html lang> da página.`,
  platformPrerendered:
    'O HTML pré-renderizado precisa chegar ao navegador do jeito que você colou: um criador de páginas que o insere por script deixa o script renderizar o widget, como sem pré-renderização.',
  platformPolicy: 'Se você envia um cabeçalho Content-Security-Policy, adicione a política mostrada ao lado do código.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} bytes` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
