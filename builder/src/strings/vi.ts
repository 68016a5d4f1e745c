/** The builder's interface in Vietnamese (bạn, as Vietnamese web services address their users). */
import type { Strings } from '../strings.js';

const decimal = new Intl.NumberFormat('vi', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default {
  lang: 'vi',
  documentTitle: 'Trình tạo mã nhúng — relief-widgets',
  title: 'Trình tạo mã nhúng',
  interfaceLanguage: 'Ngôn ngữ của trình tạo',
  interfaceLanguageHint: 'Chỉ thay đổi trang này, không thay đổi mã nhúng. Ngôn ngữ của chính tiện ích được chọn ở mục “Ngôn ngữ” bên dưới.',
  intro:
    'Chọn nội dung sẽ hiển thị trên trang web của phòng khám và giao diện của nó, kiểm tra bản xem trước trực tiếp, rồi sao chép mã nhúng vào trang của bạn. Mọi thứ diễn ra ngay trong trang này: những gì bạn chọn không được gửi đi đâu và không được lưu lại.',
  loadingBuilder: 'Đang tải trình tạo…',
  loadFailed: (reason: string) => `Trình tạo không tải được dữ liệu (${reason}). Hãy tải lại trang để thử lại.`,
  settings: 'Cài đặt',
  skipToCode: 'Chuyển đến mã nhúng',

  element: 'Nội dung cần nhúng',
  elementHint: 'Mỗi mã nhúng là một tiện ích; muốn thêm tiện ích khác, hãy dán mã thêm một lần nữa.',
  elementNames: {
    'relief-guide': 'Toàn bộ hướng dẫn',
    'relief-benefit-list': 'Danh sách lợi ích',
    'relief-tip-list': 'Danh sách lời khuyên',
    'relief-pain-selector': 'Bộ chọn loại đau',
    'relief-therapist-checklist': 'Danh sách kiểm tra khi chọn chuyên viên trị liệu',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Danh sách nào',
  elementSummaries: {
    'relief-guide': 'Toàn bộ trang “Xoa bóp có giúp ích được không? Kiểm soát đau mạn tính” trong một thẻ, kèm tài liệu tham khảo thêm, lưu ý về an toàn, lời miễn trừ trách nhiệm và ngày xem xét.',
    'relief-benefit-list': 'Một danh sách có tiêu đề về những gì xoa bóp có thể mang lại cho người đau mạn tính, lấy từ trang của phòng khám.',
    'relief-tip-list': 'Lời khuyên thiết thực từ trang của phòng khám: thói quen sinh hoạt, hoặc cách tận dụng tốt nhất một buổi xoa bóp.',
    'relief-pain-selector': 'Bốn loại đau mạn tính thường gặp dưới dạng nhóm nút chọn: bệnh nhân chọn một loại và xem xoa bóp có thể giúp thế nào. Dùng được trong biểu mẫu: hoạt động bên trong biểu mẫu tiếp nhận của phòng khám.',
    'relief-therapist-checklist': 'Những điều cần lưu ý khi chọn chuyên viên xoa bóp trị liệu để kiểm soát đau, dưới dạng danh sách kiểm tra có tiến độ và nút đặt lại. Dùng được trong biểu mẫu: mỗi id được đánh dấu sẽ được gửi với tên `name`. Các dấu chọn chỉ ở lại trong trang: không có gì được lưu, trừ khi phòng khám bật bằng `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list': 'Danh sách nào: các lợi ích chính (mặc định), cách xoa bóp hỗ trợ giảm đau, hoặc phần tóm tắt kết luận. Giá trị không xác định sẽ cảnh báo và hiển thị các lợi ích chính.',
    'relief-tip-list': 'Lời khuyên nào: lối sống (mặc định) hoặc buổi xoa bóp. Giá trị không xác định sẽ cảnh báo và hiển thị lời khuyên về lối sống.',
  } as Record<string, string>,

  sections: 'Các phần của hướng dẫn',
  sectionsHint:
    'Bỏ chọn một phần để ẩn phần đó; di chuyển các phần để đổi thứ tự. Lưu ý về an toàn, lời miễn trừ trách nhiệm và ngày xem xét luôn được hiển thị.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Chuyển “${heading}” lên`,
  moveDown: (heading: string) => `Chuyển “${heading}” xuống`,
  moved: (heading: string, position: number, count: number) =>
    `Đã chuyển “${heading}” đến vị trí ${String(position)} trên ${String(count)}.`,
  resetSections: 'Hiển thị tất cả các phần theo thứ tự ban đầu',
  sectionsReset: 'Đã hiển thị tất cả các phần theo thứ tự ban đầu.',
  noSection: 'Chưa chọn phần nào: khi đó hướng dẫn sẽ hiển thị tất cả. Hãy chọn ít nhất một phần.',

  heading: 'Tiêu đề',
  headingLevel: 'Cấp tiêu đề',
  headingLevelHint: (level: number) =>
    `Chọn cấp phù hợp với bố cục trang của bạn: nếu đặt dưới tiêu đề chính của trang (một h1), hãy chọn 2. Tiêu đề của tiện ích sẽ là một h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `Các phần của hướng dẫn thấp hơn một cấp, ở cấp ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Nội dung tiêu đề (không bắt buộc)',
  headingTextHint: (defaultHeading: string) =>
    `Để trống để giữ “${defaultHeading}” (được dịch cùng tiện ích). Nội dung bạn nhập sẽ hiển thị đúng như bạn gõ, ở mọi ngôn ngữ.`,

  language: 'Ngôn ngữ',
  languageFollow: 'Theo ngôn ngữ của trang (khuyên dùng)',
  languageFollowHint: 'Tiện ích dùng ngôn ngữ của từng trang chứa nó (thuộc tính <html lang> của trang), với 17 ngôn ngữ.',
  languageFixed: 'Luôn một ngôn ngữ',
  languageFixedHint: 'Tiện ích chỉ hiển thị một ngôn ngữ, bất kể trang dùng ngôn ngữ gì.',
  languageSelectFollow: 'Ngôn ngữ của trang bạn',
  languageSelectFollowHint: 'Dùng cho bản xem trước và cho HTML kết xuất sẵn.',
  languageSelectFixed: 'Ngôn ngữ hiển thị',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  dates: 'Ngày xem xét',
  datesHint:
    'Lần gần nhất phòng khám kiểm tra thông tin này và lần kiểm tra tiếp theo. Giữ nguyên để hiển thị ngày của trang gốc.',
  lastUpdated: 'Cập nhật lần cuối',
  nextReview: 'Dự kiến xem xét lại',

  evidence: 'Ghi chú về bằng chứng',
  evidenceShow: 'Hiển thị mức độ vững chắc của nghiên cứu cho từng loại đau, kèm nguồn',
  evidenceHint: 'Khuyên dùng: bệnh nhân thấy nghiên cứu nói gì ngay bên cạnh nội dung của phòng khám.',

  theme: 'Giao diện',
  scheme: 'Sáng hay tối',
  schemePage: 'Theo khai báo của trang tôi (sáng, trừ khi trang của bạn khai báo tối)',
  schemeLight: 'Luôn sáng',
  schemeDark: 'Luôn tối',
  schemeVisitor: 'Theo cài đặt của khách truy cập (sáng hoặc tối)',
  colors: (scheme: 'light' | 'dark') => (scheme === 'light' ? 'Màu ở chế độ sáng' : 'Màu ở chế độ tối'),
  colorNames: { accent: 'Màu nhấn', text: 'Chữ', surface: 'Bề mặt (nền)', border: 'Viền' } as Record<string, string>,
  colorHex: (name: string) => `${name}, mã thập lục phân`,
  colorHexInvalid: 'Hãy viết màu dưới dạng # và sáu chữ số thập lục phân, ví dụ #7a3e65.',
  resetColors: 'Đặt lại màu',
  radius: 'Bán kính bo góc (em)',
  radiusHint: 'Độ bo tròn các góc của tiện ích; 0 là góc vuông.',
  font: 'Phông chữ',
  fontInherit: 'Phông chữ của trang web bạn (kế thừa)',
  fontSans: 'Phông không chân của hệ thống (không cần tải)',
  fontSerif: 'Phông có chân của hệ thống (không cần tải)',
  placement: 'Vị trí đặt CSS của tiện ích',
  placementSnippet: 'Trong mã nhúng (một khối <style>)',
  placementStylesheet: 'Trong biểu định kiểu của trang web tôi (hiển thị bên dưới mã)',
  reserveSpace: 'Giữ chỗ trong lúc tải script (ít xô lệch bố cục hơn)',

  scriptLoading: 'Cách tải script',
  source: 'Nguồn của script',
  sourceCdn: (version: string) => `CDN jsDelivr, cố định ở phiên bản ${version}`,
  sourceSelf: 'Trang web của tôi (tự lưu trữ)',
  folder: 'Thư mục chứa bản sao của bạn',
  folderHint:
    'Nơi bạn đã tải lên nội dung thư mục dist/ của gói (relief-widgets.js, với locales/ bên cạnh), ví dụ /assets/relief-widgets/ hoặc https://static.example.com/relief/.',
  folderInvalid: 'Hãy bắt đầu thư mục bằng / (một đường dẫn trên trang web của bạn) hoặc https://, không có dấu cách, dấu ngoặc kép, ? hay #, và không có tên người dùng hay mật khẩu.',
  kind: 'Loại script',
  kindModule: 'ES module (khuyên dùng)',
  kindClassic: 'Script cổ điển (cho các công cụ tạo trang web chỉ chấp nhận script cổ điển)',
  rendering: 'Cách nội dung đưa vào trang',
  renderingScript: 'Do script hiển thị',
  renderingPrerendered:
    'HTML kết xuất sẵn (nội dung có sẵn trong trang cho công cụ tìm kiếm, bản xem trước liên kết và khách truy cập không dùng JavaScript)',

  preview: 'Xem trước',
  previewHint: 'Tiện ích thật, cập nhật mỗi khi bạn thay đổi.',
  previewPrerendered: 'HTML kết xuất sẵn trông giống hệt sau khi script chạy; trước đó, các nút điều khiển hiển thị ở trạng thái chưa hoạt động.',
  previewWidth: 'Chiều rộng',
  previewPhone: 'Điện thoại (390 px)',
  previewDesktop: 'Máy tính (1280 px)',
  previewAppearance: 'Hiển thị',
  previewLight: 'Sáng',
  previewDark: 'Tối',
  previewFrame: 'Xem trước trực tiếp tiện ích',

  output: 'Mã nhúng của bạn',
  checks: 'Trước khi sao chép',
  noChecks: 'Không có gì cần kiểm tra: mã đã sẵn sàng.',
  embedCode: 'Mã nhúng',
  copy: 'Sao chép',
  copied: 'Đã sao chép mã nhúng.',
  copyFallback: 'Không được phép sao chép ở đây, nên mã đã được chọn sẵn: nhấn Ctrl+C (⌘C trên máy Mac) để sao chép.',
  csp: 'Content-Security-Policy',
  cspHint:
    'Chỉ khi trang web của bạn gửi Content-Security-Policy: đây là các nguồn mà mã cần. Hãy thêm chúng vào chính sách của bạn.',
  cspTrustedTypes: 'Nếu chính sách của bạn bắt buộc Trusted Types, hãy cho phép cả chính sách của Lit:',
  htmlElement: 'Phần tử <html> của trang bạn',
  htmlElementHint: (language: string) =>
    `Mỗi trang chỉ có một ngôn ngữ cho mọi tiện ích, nên ngôn ngữ được đặt ở trang chứ không phải trong mã: hãy mở đầu trang bằng phần tử <html> này để luôn hiển thị ${language}.`,
  stylesheet: 'CSS cho biểu định kiểu của trang web bạn',
  stylesheetHint: 'Thêm đoạn này vào CSS của trang web (ví dụ “CSS bổ sung” của WordPress hoặc “Custom CSS” của Squarespace).',
  copyCss: 'Sao chép CSS',
  copiedCss: 'Đã sao chép CSS.',
  copyPolicy: 'Sao chép chính sách',
  copiedPolicy: 'Đã sao chép chính sách.',
  copyHtml: 'Sao chép phần tử <html>',
  copiedHtml: 'Đã sao chép phần tử <html>.',

  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: độ tương phản ${ratio}:1, thấp hơn mức ${minimum}:1 mà WCAG AA yêu cầu.`,
  contrastSuggestion: (name: string, color: string) => `Giá trị đạt chuẩn gần nhất cho “${name}”: ${color}.`,
  contrastNoSuggestion: 'Không độ sáng nào của màu này đạt chuẩn; hãy chọn màu khác.',
  useColor: (color: string) => `Dùng ${color}`,
  pairNames: {
    'text/surface': 'Chữ trên bề mặt',
    'text/surface-raised': 'Chữ trên vùng làm nổi bật',
    'accent/surface': 'Màu nhấn (liên kết, điểm đánh dấu) trên bề mặt',
    'accent/surface-raised': 'Màu nhấn trên vùng làm nổi bật',
    'muted/surface': 'Chữ phụ trên bề mặt',
    'border/surface': 'Viền của nút điều khiển trên bề mặt',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (chế độ ${scheme === 'light' ? 'sáng' : 'tối'})`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `HTML kết xuất sẵn thêm ${raw} vào trang của bạn${compressed ? ` (${compressed} khi nén)` : ''}, nên trang nặng hơn; bù lại, nội dung có sẵn trước khi bất kỳ script nào chạy và không có gì xô lệch khi script chạy.`,
  prerenderedLanguage: (language: string) =>
    `HTML kết xuất sẵn được viết bằng ${language}: hãy dùng nó trên trang bằng ${language}. Sau khi script chạy, tiện ích sẽ theo ngôn ngữ của trang.`,
  prerenderedVersion: (version: string) =>
    `HTML kết xuất sẵn hiển thị đúng những gì phiên bản ${version} hiển thị; script sẽ thay nó bằng nội dung do chính script hiển thị, vì vậy hãy tạo lại mã sau khi cập nhật để HTML luôn mới nhất.`,
  prerenderedCommand: 'Để tự kết xuất sẵn, hãy lưu mã thành snippet.html rồi chạy:',
  prerenderedLoadFailed: 'Không thể xuất bản xem trước thành HTML kết xuất sẵn, nên mã bên dưới do script hiển thị.',
  layoutShift:
    'Nội dung trang bên dưới tiện ích bị đẩy xuống khi tiện ích xuất hiện (xô lệch bố cục). Hãy giữ chỗ trong lúc tải script (mục Giao diện) hoặc chọn HTML kết xuất sẵn.',
  reservedSpace: 'Chỗ được giữ trong lúc tải script; trang chỉ còn xê dịch bằng phần chênh lệch giữa chiều cao giữ chỗ và chiều cao thật.',
  localeChunk: (size: string) =>
    `Trên trang không phải tiếng Anh, script tải thêm tệp của ngôn ngữ đó (tối đa ${size}) và hiển thị chữ ngay khi tệp tải xong.`,
  scriptWeight: (size: string) => `Script có dung lượng ${size} (đã nén) cho tất cả tiện ích trên trang; chỉ tải một lần.`,
  classicNote: 'Script cổ điển cần <meta charset="utf-8"> trên trang; nó chạy sau khi trang được phân tích xong (defer).',
  cdnNote:
    'Script được tải từ cdn.jsdelivr.net: trang có thêm một kết nối, và jsDelivr thấy được địa chỉ IP của khách truy cập. Tự lưu trữ sẽ tránh được cả hai điều này.',
  selfHostedNote: 'Hãy tải lên toàn bộ thư mục dist/: các tệp ngôn ngữ trong locales/ phải nằm cạnh relief-widgets.js.',
  styleBlockNote:
    'CSS của tiện ích là một khối <style> trong mã: với Content-Security-Policy nghiêm ngặt, khối này cần mã băm (hash) ghi trong chính sách.',
  hashUnavailable:
    'Trình duyệt này không thể tính mã băm (hash) của khối style ở đây (cần https), nên chính sách bên dưới thiếu mã đó: hãy đặt CSS vào biểu định kiểu của bạn, hoặc mở trình tạo qua https.',
  overdue: (date: string) =>
    `Ngày xem xét tiếp theo (${date}) đã qua: khách truy cập sẽ thấy thông báo rằng thông tin có thể đã cũ.`,
  datesOrder: 'Ngày xem xét tiếp theo phải sau ngày cập nhật lần cuối.',
  dateInvalid: (label: string) => `“${label}” không phải là ngày mà tiện ích có thể hiển thị (năm 0100 đến 9999): tiện ích giữ ngày của trang gốc.`,
  fontNote: 'Phông chữ hệ thống dùng các phông đã có sẵn trên thiết bị của khách truy cập: không cần tải gì.',

  platforms: 'Dán mã ở đâu',
  platformNames: {
    html: 'HTML thông thường',
    wordpress: 'WordPress (khối HTML tùy chỉnh)',
    wix: 'Wix (phần tử Custom Element)',
    squarespace: 'Squarespace (khối Code)',
  },
  steps: {
    html: [
      'Dán mã nhúng vào chỗ nội dung cần hiển thị, bên trong <body>.',
      'Mỗi trang chỉ cần thẻ script một lần; tải hai lần cũng không sao. Mỗi tiện ích cần thẻ riêng.',
    ],
    wordpress: [
      'Thêm một khối “HTML tùy chỉnh” vào chỗ nội dung cần hiển thị.',
      'Dán mã nhúng.',
      'Các khối khác trên cùng trang chỉ cần thẻ của phần tử.',
      'WordPress đặt <html lang> trong Cài đặt → Tổng quan → Ngôn ngữ trang web; plugin đa ngôn ngữ (WPML, Polylang) đặt riêng cho từng trang, và tiện ích sẽ theo đó.',
      'WordPress chỉ giữ lại <script> trong khối đối với người dùng được phép đăng HTML không lọc (trên hầu hết trang web là quản trị viên).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      '“Add” → “Embed Code” → “Custom Element”.',
      `Chọn “Source: Server URL” và nhập ${url}`,
      `“Tag Name”: ${tag}. Thêm một Custom Element cho mỗi tiện ích; chúng dùng chung script.`,
      'Chỉnh chiều cao trong trình chỉnh sửa cho vừa nội dung.',
      `Nếu tiện ích vẫn trống, hãy dùng URL của script cổ điển thay thế: ${classicUrl}`,
    ],
    squarespace: [
      'Chỉnh sửa trang và thêm một khối Code (khối Code có script cần gói dịch vụ cho phép JavaScript).',
      'Dán mã nhúng; giữ “Display Source” ở trạng thái tắt.',
      'Để dùng tiện ích trên nhiều trang, hãy đặt dòng <script> một lần trong “Settings” → “Advanced” → “Code Injection” → “Header”, còn trong các khối Code chỉ đặt thẻ.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Custom Element của Wix chỉ nhận URL của script và tên thẻ: các lựa chọn khác của bạn (${attributes}) và khối <style> cần mã riêng của Wix (Velo), và không dùng được HTML kết xuất sẵn ở đó.`,
  wixNoHtml: 'Không dùng được HTML kết xuất sẵn trong Custom Element của Wix: nó không nhận HTML.',
  platformCss: {
    wordpress: 'Hoặc đặt CSS của tiện ích vào Giao diện → Tùy biến → CSS bổ sung.',
    squarespace: 'Hoặc đặt CSS của tiện ích vào “Design” → “Custom CSS”.',
  },
  platformLanguage: (language: string) =>
    `Để luôn hiển thị ${language} ở nơi bạn không sửa được <html>, hãy đặt ngôn ngữ của trang web thành ${language} trong phần cài đặt: tiện ích theo <html lang> của trang.`,
  platformPrerendered:
    'HTML kết xuất sẵn phải đến trình duyệt đúng như khi bạn dán: công cụ tạo trang chèn nó bằng script sẽ để script hiển thị tiện ích, như khi không kết xuất sẵn.',
  platformPolicy: 'Nếu bạn gửi header Content-Security-Policy, hãy thêm chính sách hiển thị bên cạnh mã.',

  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} byte` : `${decimal.format(bytes / 1024)} KB`),
} satisfies Strings;
