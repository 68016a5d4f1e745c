/** The builder's interface in Korean (합니다/하세요체, as Korean web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('ko', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'ko',
  documentTitle: '임베드 코드 생성기 — relief-widgets',
  title: '임베드 코드 생성기',
  interfaceLanguage: '생성기 표시 언어',
  interfaceLanguageHint: '이 페이지의 표시만 바뀌며 임베드 코드는 바뀌지 않습니다. 위젯 자체의 언어는 아래 ‘언어’에서 설정합니다.',
  intro:
    '병원 웹사이트에 무엇을 어떤 모습으로 보여 줄지 선택하고 실시간 미리 보기로 확인한 다음, 임베드 코드를 페이지에 복사하세요. 모든 작업은 이 페이지 안에서 이루어지며, 선택한 내용은 어디에도 전송되거나 저장되지 않습니다.',
  loadingBuilder: '생성기를 불러오는 중…',
  loadFailed: (reason: string) => `생성기가 데이터를 불러오지 못했습니다(${reason}). 페이지를 새로 고쳐 다시 시도하세요.`,
  settings: '설정',
  skipToCode: '임베드 코드로 건너뛰기',

  element: '임베드할 항목',
  elementHint: '임베드 코드 하나에 위젯 하나입니다. 다른 위젯을 넣으려면 코드를 한 번 더 붙여 넣으세요.',
  elementNames: {
    'relief-guide': '가이드 전체',
    'relief-benefit-list': '이점 목록',
    'relief-tip-list': '도움말 목록',
    'relief-pain-selector': '통증 유형 선택',
    'relief-therapist-checklist': '치료사 선택 체크리스트',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: '목록 선택',
  elementSummaries: {
    'relief-guide': '‘마사지가 도움이 될 수 있습니까? 만성 통증 관리’ 페이지 전체를 태그 하나로 넣습니다. 추가 자료, 안전을 위한 주의 사항, 면책 조항, 검토 날짜가 포함됩니다.',
    'relief-benefit-list': '병원 페이지에서 가져온, 만성 통증에 마사지가 줄 수 있는 도움을 제목과 함께 보여 주는 목록입니다.',
    'relief-tip-list': '병원 페이지에서 가져온 실용적인 도움말: 생활 습관 또는 마사지 세션을 최대한 활용하는 방법.',
    'relief-pain-selector': '흔한 만성 통증 네 가지를 라디오 버튼 그룹으로 보여 줍니다. 환자가 하나를 고르면 마사지가 어떻게 도움이 될 수 있는지 볼 수 있습니다. 양식 연동: 병원의 접수 양식 안에서 작동합니다.',
    'relief-therapist-checklist': '통증 관리 마사지 치료사를 고를 때 살펴볼 점을 진행 상황과 초기화 기능이 있는 체크리스트로 보여 줍니다. 양식 연동: 선택한 각 id는 `name` 이름으로 제출됩니다. 선택 표시는 페이지 안에만 남으며, 병원이 `persist`로 켜지 않는 한 아무것도 저장되지 않습니다.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': '목록 선택: 주요 이점(기본값), 마사지가 통증 완화에 도움이 되는 방식, 또는 결론의 요약. 알 수 없는 값이면 경고를 표시하고 주요 이점을 보여 줍니다.',
    'relief-tip-list': '도움말 선택: 생활 습관(기본값) 또는 세션. 알 수 없는 값이면 경고를 표시하고 생활 습관 도움말을 보여 줍니다.',
  } as Record<string, string>,

  sections: '가이드 섹션',
  sectionsHint:
    '섹션의 선택을 해제하면 표시되지 않으며, 섹션을 이동하면 순서를 바꿀 수 있습니다. 안전을 위한 주의 사항, 면책 조항, 검토 날짜는 항상 표시됩니다.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `‘${heading}’ 위로 이동`,
  moveDown: (heading: string) => `‘${heading}’ 아래로 이동`,
  moved: (heading: string, position: number, count: number) =>
    `‘${heading}’이(가) ${String(count)}개 중 ${String(position)}번째로 이동했습니다.`,
  resetSections: '모든 섹션을 원래 순서로 표시',
  sectionsReset: '모든 섹션이 원래 순서로 표시됩니다.',
  noSection: '선택한 섹션이 없습니다. 이 경우 가이드는 모든 섹션을 표시합니다. 하나 이상 선택하세요.',

  heading: '제목',
  headingLevel: '제목 수준',
  headingLevelHint: (level: number) =>
    `페이지 구조에 맞는 수준을 선택하세요. 페이지 자체의 제목(h1) 아래에 둔다면 2를 선택합니다. 위젯의 제목은 h${String(level)}이(가) 됩니다.`,
  headingLevelGuideHint: (level: number) => `가이드의 섹션은 한 수준 아래인 ${String(level + 1)}수준이 됩니다.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: '제목 텍스트(선택 사항)',
  headingTextHint: (defaultHeading: string) =>
    `비워 두면 ‘${defaultHeading}’이(가) 유지됩니다(위젯과 함께 번역됨). 입력한 텍스트는 모든 언어에서 입력한 그대로 표시됩니다.`,

  language: '언어',
  languageFollow: '페이지 언어 따르기(권장)',
  languageFollowHint: '위젯은 자신이 놓인 각 페이지의 언어(해당 페이지의 <html lang>)로 표시되며, 17개 언어를 지원합니다.',
  languageFixed: '항상 한 가지 언어',
  languageFixedHint: '페이지의 언어와 관계없이 위젯이 한 가지 언어로 표시됩니다.',
  languageSelectFollow: '내 페이지의 언어',
  languageSelectFollowHint: '미리 보기와 사전 렌더링된 HTML에 사용됩니다.',
  languageSelectFixed: '표시할 언어',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name}(${tag})` : `${name} — ${autonym}(${tag})`),

  dates: '검토 날짜',
  datesHint: '병원에서 이 정보를 마지막으로 확인한 날짜와 다음에 확인할 날짜입니다. 원래 페이지의 날짜를 표시하려면 그대로 두세요.',
  lastUpdated: '최종 업데이트',
  nextReview: '다음 검토 예정일',

  evidence: '근거 안내',
  evidenceShow: '통증 유형별로 연구 근거가 얼마나 확실한지 출처와 함께 표시',
  evidenceHint: '권장: 환자가 병원의 설명 옆에서 연구 결과를 함께 볼 수 있습니다.',

  theme: '테마',
  scheme: '라이트 또는 다크',
  schemePage: '내 페이지의 선언에 따름(페이지가 다크를 선언하지 않으면 라이트)',
  schemeLight: '항상 라이트',
  schemeDark: '항상 다크',
  schemeVisitor: '방문자의 설정에 따름(라이트 또는 다크)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? '라이트 모드 색상' : '다크 모드 색상'),
  colorNames: { accent: '강조색', text: '텍스트', surface: '바탕(배경)', border: '테두리' } as Record<string, string>,
  colorHex: (name: string) => `${name}, 16진수 코드`,
  colorHexInvalid: '색상은 #과 16진수 여섯 자리로 입력하세요(예: #7a3e65).',
  resetColors: '색상 초기화',
  radius: '모서리 반경(em)',
  radiusHint: '위젯 모서리의 둥근 정도입니다. 0이면 각진 모서리가 됩니다.',
  font: '글꼴',
  fontInherit: '내 사이트의 글꼴(상속)',
  fontSans: '시스템 산세리프(다운로드 없음)',
  fontSerif: '시스템 세리프(다운로드 없음)',
  placement: '위젯 CSS 위치',
  placementSnippet: '임베드 코드 안(<style> 블록)',
  placementStylesheet: '내 사이트의 스타일시트(코드 아래에 표시)',
  reserveSpace: '스크립트를 불러오는 동안 공간 확보(레이아웃 이동 감소)',

  scriptLoading: '스크립트 로드 방식',
  source: '스크립트 출처',
  sourceCdn: (version: string) => `jsDelivr CDN(버전 ${version}으로 고정)`,
  sourceSelf: '내 사이트(자체 호스팅)',
  folder: '사본이 있는 폴더',
  folderHint:
    '패키지의 dist/ 폴더 내용(relief-widgets.js와 그 옆의 locales/)을 업로드한 위치입니다. 예: /assets/relief-widgets/ 또는 https://static.example.com/relief/.',
  folderInvalid: '폴더는 /(사이트 내 경로) 또는 https://로 시작해야 하며, 공백, 따옴표, ? 또는 #이 없어야 하고, 사용자 이름이나 비밀번호도 없어야 합니다.',
  kind: '스크립트 유형',
  kindModule: 'ES 모듈(권장)',
  kindClassic: '클래식 스크립트(클래식 스크립트만 허용하는 사이트 빌더용)',
  rendering: '콘텐츠가 페이지에 들어가는 방식',
  renderingScript: '스크립트로 렌더링',
  renderingPrerendered: '사전 렌더링된 HTML(검색 엔진, 링크 미리 보기, JavaScript를 사용하지 않는 방문자를 위해 콘텐츠가 페이지에 들어 있음)',

  preview: '미리 보기',
  previewHint: '실제 위젯이며, 변경할 때마다 업데이트됩니다.',
  previewPrerendered: '사전 렌더링된 HTML은 스크립트가 실행된 뒤에는 똑같이 보입니다. 실행 전에는 컨트롤이 비활성 상태로 표시됩니다.',
  previewWidth: '너비',
  previewPhone: '휴대전화(390 px)',
  previewDesktop: '데스크톱(1280 px)',
  previewAppearance: '모양',
  previewLight: '라이트',
  previewDark: '다크',
  previewFrame: '위젯 실시간 미리 보기',

  output: '내 임베드 코드',
  checks: '복사하기 전에',
  noChecks: '확인할 사항이 없습니다. 코드가 준비되었습니다.',
  embedCode: '임베드 코드',
  copy: '복사',
  copied: '임베드 코드를 복사했습니다.',
  copyFallback: '이곳에서는 복사가 허용되지 않아 코드를 선택해 두었습니다. Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요.',
  csp: 'Content-Security-Policy',
  cspHint: '사이트에서 Content-Security-Policy를 보내는 경우에만 해당합니다. 코드에 필요한 출처는 다음과 같습니다. 정책에 추가하세요.',
  cspTrustedTypes: '정책에서 Trusted Types를 강제한다면 Lit의 정책도 허용하세요.',
  htmlElement: '페이지의 <html> 요소',
  htmlElementHint: (language: string) =>
    `한 페이지의 모든 위젯은 같은 언어를 쓰므로, 언어는 코드가 아니라 페이지에서 설정합니다. 항상 ${language}(으)로 표시하려면 페이지를 이 <html> 요소로 시작하세요.`,
  stylesheet: '사이트 스타일시트용 CSS',
  stylesheetHint: '사이트 자체 CSS에 추가하세요(예: WordPress의 ‘추가 CSS’, Squarespace의 ‘Custom CSS’).',
  copyCss: 'CSS 복사',
  copiedCss: 'CSS를 복사했습니다.',
  copyPolicy: '정책 복사',
  copiedPolicy: '정책을 복사했습니다.',
  copyHtml: '<html> 요소 복사',
  copiedHtml: '<html> 요소를 복사했습니다.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: 명암비 ${ratio}:1로, WCAG AA가 요구하는 ${minimum}:1보다 낮습니다.`,
  contrastSuggestion: (name: string, color: string) => `기준을 충족하는 가장 가까운 ‘${name}’ 값: ${color}.`,
  contrastNoSuggestion: '이 색상은 밝기를 어떻게 바꿔도 기준을 충족하지 않습니다. 다른 색상을 선택하세요.',
  useColor: (color: string) => `${color} 사용`,
  pairNames: {
    'text/surface': '바탕 위의 텍스트',
    'text/surface-raised': '강조 영역 위의 텍스트',
    'accent/surface': '바탕 위의 강조색(링크, 표시)',
    'accent/surface-raised': '강조 영역 위의 강조색',
    'muted/surface': '바탕 위의 보조 텍스트',
    'border/surface': '바탕 위의 컨트롤 테두리',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair}(${scheme === 'light' ? '라이트' : '다크'} 모드)`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `사전 렌더링된 HTML은 페이지에 ${raw}${compressed ? `(압축 시 ${compressed})` : ''}를 더하므로 페이지가 무거워집니다. 대신 어떤 스크립트보다 먼저 콘텐츠가 나타나고, 스크립트가 실행될 때 아무것도 움직이지 않습니다.`,
  prerenderedLanguage: (language: string) =>
    `사전 렌더링된 HTML은 ${language}입니다. ${language} 페이지에서 사용하세요. 스크립트가 실행된 뒤에는 위젯이 페이지의 언어를 따릅니다.`,
  prerenderedVersion: (version: string) =>
    `사전 렌더링된 HTML은 버전 ${version}에서 보이는 내용을 보여 줍니다. 스크립트가 실행되면 이를 자체 렌더링으로 바꾸므로, 업데이트 후에는 코드를 다시 만들어 HTML을 최신 상태로 유지하세요.`,
  prerenderedCommand: '직접 사전 렌더링하려면 코드를 snippet.html로 저장하고 다음을 실행하세요.',
  prerenderedLoadFailed: '미리 보기를 사전 렌더링된 HTML로 출력하지 못했으므로, 아래 코드는 스크립트로 렌더링됩니다.',
  layoutShift:
    '위젯이 나타나면 그 아래의 페이지 내용이 아래로 밀려납니다(레이아웃 이동). 스크립트를 불러오는 동안 공간을 확보하거나(‘테마’) 사전 렌더링된 HTML을 선택하세요.',
  reservedSpace: '스크립트를 불러오는 동안 공간이 확보됩니다. 페이지는 확보한 높이와 실제 높이의 차이만큼만 움직입니다.',
  localeChunk: (size: string) =>
    `영어가 아닌 페이지에서는 스크립트가 해당 언어의 파일(최대 ${size})도 불러오며, 파일이 도착하는 대로 텍스트를 표시합니다.`,
  scriptWeight: (size: string) => `스크립트 크기는 페이지의 모든 위젯을 합쳐 ${size}(압축 시)이며, 한 번만 불러옵니다.`,
  classicNote: '클래식 스크립트를 쓰려면 페이지에 <meta charset="utf-8">이(가) 있어야 합니다. 페이지 분석이 끝난 뒤 실행됩니다(defer).',
  cdnNote:
    '스크립트는 cdn.jsdelivr.net에서 제공됩니다. 페이지의 연결이 하나 늘고, jsDelivr가 방문자의 IP 주소를 볼 수 있습니다. 자체 호스팅하면 둘 다 피할 수 있습니다.',
  selfHostedNote: 'dist/ 폴더 전체를 업로드하세요. locales/에 있는 언어 파일은 relief-widgets.js 옆에 있어야 합니다.',
  styleBlockNote: '위젯의 CSS는 코드 안의 <style> 블록입니다. 엄격한 Content-Security-Policy에서는 정책에 표시된 해시가 필요합니다.',
  hashUnavailable:
    '이 브라우저는 여기서 스타일 블록의 해시를 계산할 수 없으므로(https 필요) 아래 정책에 해시가 빠져 있습니다. CSS를 스타일시트에 넣거나 생성기를 https로 여세요.',
  overdue: (date: string) => `다음 검토 예정일(${date})이 지났습니다. 방문자에게 정보가 오래되었을 수 있다는 안내가 표시됩니다.`,
  datesOrder: '다음 검토 예정일은 최종 업데이트보다 뒤여야 합니다.',
  dateInvalid: (label: string) => `‘${label}’에 입력한 날짜는 위젯이 표시할 수 없습니다(0100~9999년만 가능). 원래 페이지의 날짜가 유지됩니다.`,
  fontNote: '시스템 글꼴은 방문자의 기기에 이미 있는 글꼴을 사용하므로 다운로드할 것이 없습니다.',

  platforms: '붙여 넣을 곳',
  platformNames: {
    html: '일반 HTML',
    wordpress: 'WordPress(사용자 정의 HTML 블록)',
    wix: 'Wix(Custom Element)',
    squarespace: 'Squarespace(Code 블록)',
  },
  steps: {
    html: [
      '콘텐츠가 나타날 위치(<body> 안)에 임베드 코드를 붙여 넣습니다.',
      'script 태그는 페이지당 한 번이면 됩니다. 두 번 불러와도 문제는 없습니다. 위젯마다 자체 태그가 필요합니다.',
    ],
    wordpress: [
      '콘텐츠가 나타날 위치에 ‘사용자 정의 HTML’ 블록을 추가합니다.',
      '임베드 코드를 붙여 넣습니다.',
      '같은 페이지의 다른 블록에는 요소의 태그만 있으면 됩니다.',
      'WordPress는 설정 → 일반 → 사이트 언어에서 <html lang>을(를) 설정합니다. 다국어 플러그인(WPML, Polylang)은 페이지별로 설정하며, 위젯은 이를 따릅니다.',
      'WordPress는 필터링되지 않은 HTML을 게시할 수 있는 사용자(대부분의 사이트에서 관리자)에게만 블록 안의 <script>을(를) 유지합니다.',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '‘Add’ → ‘Embed Code’ → ‘Custom Element’를 선택합니다.',
      `‘Source: Server URL’을 선택하고 ${url}을(를) 입력합니다.`,
      `‘Tag Name’: ${tag}. 위젯마다 Custom Element를 하나씩 추가합니다. 스크립트는 공유됩니다.`,
      '편집기에서 콘텐츠에 맞게 높이를 설정합니다.',
      `위젯이 계속 비어 있으면 대신 클래식 스크립트의 URL을 사용하세요: ${classicUrl}`,
    ],
    squarespace: [
      '페이지를 편집하고 Code 블록을 추가합니다(스크립트가 든 Code 블록에는 JavaScript를 허용하는 요금제가 필요합니다).',
      '임베드 코드를 붙여 넣고 ‘Display Source’는 끈 상태로 둡니다.',
      '여러 페이지에서 위젯을 쓰려면 <script> 줄을 ‘Settings’ → ‘Advanced’ → ‘Code Injection’ → ‘Header’에 한 번만 넣고, Code 블록에는 태그만 넣습니다.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Wix의 Custom Element에는 스크립트 URL과 태그 이름만 지정할 수 있습니다. 다른 선택 사항(${attributes})과 <style> 블록에는 Wix 자체 코드(Velo)가 필요하며, 사전 렌더링된 HTML은 사용할 수 없습니다.`,
  wixNoHtml: '사전 렌더링된 HTML은 Wix의 Custom Element에서 사용할 수 없습니다. HTML을 받지 않기 때문입니다.',
  platformCss: {
    wordpress: '또는 위젯의 CSS를 외모 → 사용자 정의하기 → 추가 CSS에 넣으세요.',
    squarespace: '또는 위젯의 CSS를 ‘Design’ → ‘Custom CSS’에 넣으세요.',
  },
  platformLanguage: (language: string) =>
    `<html>을(를) 편집할 수 없는 곳에서 항상 ${language}(으)로 표시하려면, 사이트 설정에서 사이트 언어를 ${language}(으)로 지정하세요. 위젯은 페이지의 <html lang>을(를) 따릅니다.`,
  platformPrerendered:
    '사전 렌더링된 HTML은 붙여 넣은 그대로 브라우저에 전달되어야 합니다. 스크립트로 삽입하는 페이지 빌더에서는 사전 렌더링하지 않은 경우처럼 스크립트가 위젯을 렌더링합니다.',
  platformPolicy: 'Content-Security-Policy 헤더를 보낸다면, 코드 옆에 표시된 정책을 추가하세요.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)}바이트` : `${decimal.format(bytes / 1024)}KB`),
} satisfies Strings;
