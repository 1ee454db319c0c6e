import type { Messages } from './catalogue';
import { WEEKDAY_NAMES_VI, toRoman } from '../calendar';

/** The date a resolution's evidence applies to, when there is one. */
const on = (date: string | undefined) => (date !== undefined ? ` vào ngày ${date}` : '');

export const VI: Messages = {
  showTimeline: 'Xem quá trình công tác',
  lens: (name, mentions, files) => `${name}: ${mentions} lần nhắc đến trong ${files} bài`,
  ruleNames: {
    'title-variant': 'cách viết chức danh',
    'title-conflict': 'chức danh không khớp',
    'name-variant': 'cách viết họ tên',
    'date-weekday': 'thứ và ngày không khớp',
    'date-invalid': 'ngày không có thật',
    'date-context': 'ngày so với ngày đăng bài',
    'document-code': 'số, ký hiệu văn bản',
    'document-conflict': 'trích dẫn văn bản không khớp',
    'term-numeral': 'cách ghi số đại hội, khóa',
    'term-years': 'nhiệm kỳ và số năm',
    'edition-year': 'lần trao giải và năm',
    'spelling-variant': 'vị trí dấu thanh',
    'text-artifact': 'lỗi văn bản',
    'file-encoding': 'bảng mã của tệp',
    'file-skipped': 'tệp bị bỏ qua',
    'decision-after-event': 'văn bản ghi ngày sau sự kiện công bố',
    'appointment-date': 'ngày nhận chức không khớp',
  },
  ruleDescriptions: {
    'title-variant': 'Một chức danh cùng các chữ nhưng được viết theo hai cách trong thư mục (chữ hoa, chữ thường, dấu phẩy thừa).',
    'title-conflict': 'Các chức danh của một người vào cùng một ngày mâu thuẫn nhau, hoặc mâu thuẫn với người đang giữ một chức vụ chỉ một người đảm nhiệm vào ngày đó.',
    'name-variant': 'Một họ tên chỉ khác họ tên của một cán bộ đã biết một hai dấu hoặc chữ cái.',
    'date-weekday': 'Thứ ghi kèm một ngày không khớp với ngày đó.',
    'date-invalid': 'Một ngày không có thật, chẳng hạn 31-2-2023 hay 30-13-2020.',
    'date-context': 'Một ngày không hợp với bài viết: đăng sau ngày cập nhật, một giai đoạn có số năm không khớp, một lễ kỷ niệm sớm hơn văn bản của nó.',
    'document-code': 'Một trích dẫn văn bản có số nhưng thiếu ký hiệu, hoặc có ký hiệu trái với loại văn bản.',
    'document-conflict': 'Một văn bản được trích dẫn với ngày ban hành hoặc cơ quan ban hành khác nhau.',
    'term-numeral': 'Số thứ tự đại hội hoặc khóa viết bằng số Ả Rập trong khi thư mục dùng số La Mã (hoặc ngược lại).',
    'term-years': 'Số thứ tự nhiệm kỳ, khóa và các năm ghi kèm không khớp nhau.',
    'edition-year': 'Lần trao giải và năm của giải không khớp với phần còn lại của thư mục.',
    'spelling-variant': 'Một từ được viết theo hai cách trong cùng thư mục (vị trí dấu thanh khoá/khóa, Uỷ/Ủy, hoà/hòa; i hay y trong kì/kỳ; tên tỉnh Đăk Lăk/Đắk Lắk), hoặc văn bản không ở dạng Unicode NFC.',
    'text-artifact': 'Lỗi do sao chép từ trang web: từ hoặc dấu phẩy dính vào từ sau, thiếu dấu cách sau câu, câu bị ngắt dòng giữa chừng, từ hoặc cụm từ bị lặp, chữ viết tắt bị tách bởi dấu cách, mã HTML, phần thừa của trang web; và từ viết sai, không phải âm tiết tiếng Việt nào, do gõ nhầm hoặc văn bản bị hỏng.',
    'decision-after-event': 'Một văn bản được công bố tại một sự kiện nhưng ghi ngày sau sự kiện đó.',
    'appointment-date': 'Cùng một lần bổ nhiệm một người vào một chức vụ được ghi ngày ở hai tháng khác nhau trong hai bài.',
  },
  fixAllInFile: (rule, count) => `Sửa tất cả lỗi “${rule}” trong tệp này (${count})`,
  suppress: (rule, file) => `Bỏ qua phát hiện “${rule}” này (ghi vào ${file})`,
  fixAllOnSave: 'Sửa tất cả lỗi Report Lens trong tệp này',
  also: (rule, message) => `Ngoài ra (${rule}): ${message}`,
  fixAllInFolder: (rule) => (rule === undefined ? 'Sửa tất cả lỗi trong thư mục' : `Sửa tất cả lỗi “${rule}” trong thư mục`),
  restricted:
    'Ở Chế độ hạn chế (Restricted Mode), Report Lens chỉ đọc: khung thông tin và phát hiện vẫn hoạt động, nhưng không ghi tệp nào (sửa tất cả, bỏ qua phát hiện, tệp tri thức, xuất chú giải) cho đến khi bạn tin cậy thư mục này.',
  exported: (format, where, refused, reason) =>
    `Report Lens đã xuất chú giải (${format}): ${where}.${refused > 0 ? ` ${refused} tệp không được ghi (${reason}${refused > 1 ? ', …' : ''}).` : ''}`,
  annFilesBeside: (count) => `${count} tệp .ann bên cạnh các bài`,
  progressTitle: 'Report Lens: đang lập chỉ mục',
  noFindings: 'Không có phát hiện nào.',
  findingsSummary: (count, errors) => `${count} phát hiện (${errors} ở mức lỗi)`,
  progressListing: 'đang liệt kê bài viết',
  progressArticles: (done, total) => `${done}/${total} bài`,
  hover: {
    official: 'cán bộ',
    title: 'chức danh',
    organisation: 'cơ quan, tổ chức',
    document: 'văn bản',
    congress: 'đại hội / nhiệm kỳ',
    award: 'giải thưởng',
    byline: (role) => `${role === 'photo' ? 'người chụp ảnh' : role === 'agency' ? 'nguồn tin' : 'tác giả'}, không phải cán bộ`,
    usage: (mentions, files) => `${mentions} lần nhắc đến trong ${files} tệp`,
    undated: 'không rõ ngày',
    heldInNarrative: (year, date) => `năm ${year}, theo bài ngày ${date}`,
    titlesInArticles: 'Chức danh trong các bài:',
    formerHere: 'Chức danh đã giữ, theo bài này:',
    leftHere: 'Chức danh đã thôi giữ, theo bài này:',
    titlesSummed: (files) => `Chức danh trong các bài (lần đầu và lần cuối, ${files} tệp):`,
    files: (count) => `${count} tệp`,
    heldHereBy: (name) => `Ở đây do ${name} đảm nhiệm.`,
    heldBy: (date, holders) => `Người giữ chức${date ? ` ngày ${date}` : ''}: ${holders}`,
    noHolder: 'Thư mục không nêu tên người giữ chức danh này.',
    fields: { type: 'Loại văn bản', number: 'Số', code: 'Số, ký hiệu', issuer: 'Cơ quan ban hành', date: 'Ngày ban hành', term: 'Khóa', subject: 'Trích yếu' },
    notWritten: '*không ghi*',
    citedIn: (files) => `Được trích dẫn trong: ${files}`,
    andMore: (files, more) => `${files} … và ${more} tệp khác`,
    time: (time) => `Giờ: ${time}`,
    publicationDateline: 'Ngày đăng bài (dòng ngày tháng).',
    updateDateline: 'Thời điểm cập nhật (dòng ngày tháng).',
    resolved: (how) => `Cách xác định: ${how}`,
    edition: (edition, year) => `Lần thứ ${edition}${year !== undefined ? `, năm ${year}` : ''}.`,
  },
  spellingVariant: {
    writtenHere: (word) => `Ở đây viết là ${word}`,
    styleUsedHere: (style) => `Ở đây đặt dấu thanh theo ${STYLE[style]}`,
    respellAll: (count, style) => `Sửa cả ${count} chỗ theo ${STYLE[style]}`,
    write: (word) => `Sửa thành ${word}`,
    throughout: (style, example, times, configured, preferred) =>
      `Bài này đặt dấu thanh theo ${STYLE[style]} từ đầu đến cuối, như ${example}${timesVi(times)}; ${usualVi(configured)} là ${STYLE[preferred]}.`,
    always: (word, times, style, configured, respelt) => `Bài này luôn viết ${word}${timesVi(times)}, theo ${STYLE[style]}; ${usualVi(configured)} là ${respelt}.`,
    both: (word, times, respelt, also, configured) => `Bài này viết ${word}${timesVi(times)} nhưng cũng viết ${respelt}${timesVi(also)}, ${usualVi(configured)}.`,
    placeOnly: (word, times, respelt) => `Bài này viết ${word}${timesVi(times)}; cách viết tên này thường dùng trong thư mục là ${respelt}.`,
    iyOnly: (word, times, respelt) => `Bài này viết ${word}${timesVi(times)}; cách viết thường dùng trong thư mục là ${respelt} (ở đây i và y là cùng một âm).`,
    writeAll: (word, count) => `Sửa cả ${count} chỗ thành ${word}`,
    decomposed: (word, more) =>
      `${word}${more > 0 ? ` và ${more} từ khác trong tệp` : ''} được viết bằng dấu tổ hợp (không theo chuẩn Unicode NFC), nên tìm kiếm sẽ không thấy.`,
    toNfc: 'Chuyển cả tệp sang chuẩn NFC',
  },
  titleConflict: {
    sameDate: (holder, title) => `Ở đây, cùng ngày, ${holder} là ${title}`,
    onePerson: (title, date, holder, others) => `Mỗi lúc chỉ một người giữ chức ${title}, nhưng ngày ${date} chức danh này được ghi cho ${holder} và cho ${others}.`,
    incomplete: (short, full, holder) => `${short} là cách ghi chưa đầy đủ của ${full}, chức danh của ${holder} trong cùng dãy chức danh ở chỗ khác của bài này.`,
    holds: (holder, full) => `Ở đây ${holder} là ${full}`,
    write: (full) => `Sửa thành ${full}`,
  },
  knowledge: {
    date: (b) =>
      b.term ? `${b.term.which === 'start' ? 'đầu' : 'cuối'} khóa ${toRoman(b.term.term)}`
      : b.range ? [b.range.notBefore && `không trước ${b.range.notBefore}`, b.range.notAfter && `không sau ${b.range.notAfter}`].filter(Boolean).join(', ')
      : b.precision === 'unknown' ? 'không rõ'
      : b.text,
    present: 'nay',
    attested: (dates) => ` (có ghi nhận ngày ${dates})`,
    notInKnowledge: 'Không có trong cơ sở tri thức.',
    ambiguous: (reason) => `Chưa xác định được: ${reason}`,
    candidates: (list) => `Những người có thể là: ${list}`,
    noPosts: 'chưa có chức vụ',
    resolved: (reason) => `Cách xác định: ${reason}`,
    notRecorded: (date, titles) => `Cơ sở tri thức chưa ghi nhận vào ngày ${date}: ${titles}`,
    knownPosts: (name) => (name === undefined ? 'Các chức vụ đã biết:' : `Các chức vụ đã biết của ${name}:`),
    possibly: ', có thể',
    heldOn: (date, holders) => `Theo cơ sở tri thức, ngày ${date}: ${holders}`,
    issuedBy: (issuer) => `do ${issuer} ban hành`,
    dated: (date) => `ngày ${date}`,
    document: (description) => `Theo cơ sở tri thức: ${description}`,
    subject: (subject) => `Trích yếu: ${subject}`,
    notSameAs: (reason, others) => `Cách xác định: ${reason} Không phải ${others}.`,
    reasons: {
      noSuchPerson: (r) => `Cơ sở tri thức không có ai tên ${r.name}.`,
      onlyNamesake: (r) => `${r.name} là người duy nhất mang tên này trong cơ sở tri thức.`,
      untold: (r) => `Cơ sở tri thức có ${r.people} người tên ${r.name}, và không chức danh nào đã biết phân biệt được họ${on(r.date)}.`,
      notKnownToHold: (r) => `Cơ sở tri thức chưa ghi nhận ${r.name} giữ chức ${r.titles}${on(r.date)}.`,
      noneHeld: (r) => `Cơ sở tri thức chưa ghi nhận ai trong ${r.people} người tên ${r.name} giữ chức ${r.titles}${on(r.date)}.`,
      several: (r) => `${r.count} trong ${r.people} người tên ${r.name} có thể đã giữ chức ${r.titles}${on(r.date)}.`,
      held: (r) => `${r.name} ${r.certain ? 'giữ' : 'có thể đã giữ'} chức ${r.titles}${on(r.date)}.`,
      onlyOne: (r) =>
        r.possibly > 0
          ? `Trong ${r.people} người tên ${r.name}, chỉ ${r.id} chắc chắn giữ chức ${r.titles}${on(r.date)}; ${r.possibly === 1 ? 'một người khác' : `${r.possibly} người khác`} chỉ có thể đã giữ.`
          : `Trong ${r.people} người tên ${r.name}, chỉ ${r.id} ${r.certain ? 'giữ' : 'có thể đã giữ'} chức ${r.titles}${on(r.date)}.`,
      apartByPlace: (r) => `${r.name} ở ${r.places} không phải ${r.name} ở ${r.others}: tại kỳ họp thứ nhất nhiệm kỳ ${r.term}, hai người cùng giữ chức ở hai tỉnh khác nhau.`,
      apartByBirth: (r) => `${r.name} sinh năm ${r.born} không phải ${r.name} sinh năm ${r.others}.`,
      apartBySex: (r) => `${r.sex === 'bà' ? 'Bà' : 'Ông'} ${r.name}${r.places && ` ở ${r.places}`} không phải ${r.sex === 'bà' ? 'ông' : 'bà'} ${r.name} trong thư mục này.`,
      apartByEra: (r) =>
        `${r.name}${r.places && ` ở ${r.places}`} giữ chức năm ${r.years} không phải ${r.name} giữ chức năm ${r.others}: không ai giữ chức trong ngần ấy năm.`,
      namesakeUntold: (r) =>
        `Thư mục này có ${r.officials.length} người tên ${r.name} (${r.officials.map((o) => [o.sex, o.places && `ở ${o.places}`, o.born !== undefined && `sinh năm ${o.born}`, o.years && `giữ chức năm ${o.years}`].filter(Boolean).join(', ')).join('; ')}), và bài viết không cho biết đây là người nào.`,
      linked: () => 'Trích dẫn này đã được gắn với văn bản trong tệp tri thức của thư mục.',
      noSuchDocument: (r) => `Cơ sở tri thức không có văn bản ${r.code}.`,
      onlyDocument: (r) => `Văn bản ${r.code} duy nhất trong cơ sở tri thức.`,
      sameNumber: (r) => `Có ${r.count} văn bản cùng số ${r.code}; ngày ban hành hoặc khóa sẽ phân biệt chúng.`,
      ofTerm: (r) => `Văn bản ${r.code} của khóa ${toRoman(r.term)}.`,
      noneOfTerm: (r) => `Cơ sở tri thức không có văn bản ${r.code} nào của khóa ${toRoman(r.term)}.`,
      severalOfTerm: (r) => `Có ${r.count} văn bản số ${r.code} thuộc khóa ${toRoman(r.term)}.`,
      issuedOn: (r) => `Văn bản ${r.code} ban hành ngày ${r.date}${r.term !== undefined ? ` (khóa ${toRoman(r.term)})` : ''}.`,
      noneIssuedBy: (r) => `Đến ngày ${r.date} chưa có văn bản ${r.code} nào được ban hành.`,
      latestBy: (r) =>
        `Ngày ${r.date}${r.term !== undefined ? ` (khóa ${toRoman(r.term)})` : ''}, văn bản ${r.code} mới nhất là văn bản${r.latestTerm !== undefined ? ` khóa ${toRoman(r.latestTerm)}` : ''} ban hành ${r.issued !== undefined ? `ngày ${r.issued}` : 'trong khóa đó'}.`,
    },
    edition: (edition, year, written, awarded) =>
      `Theo cơ sở tri thức: lần thứ ${edition} xét năm ${year}${written !== undefined ? ` (không phải ${written} như bài viết)` : ''}${awarded !== undefined ? `, trao ngày ${awarded}` : ''}`,
  },
  files: {
    reasons: {
      legacy: (r) =>
        `${r.asUtf8 ? `Tệp này là văn bản ${r.encoding} bị đọc như Latin-1 rồi lưu thành UTF-8, nên chữ bị lỗi.` : `Tệp này không phải UTF-8: các byte của tệp giống bảng mã tiếng Việt cũ ${r.encoding}.`} Report Lens không phân tích tệp này. ${
          r.encoding === 'Windows-1258'
            ? 'Trong VS Code: “Reopen with Encoding” (Mở lại với bảng mã) → Vietnamese (Windows 1258), rồi “Save with Encoding” (Lưu với bảng mã) → UTF-8.'
            : `Hãy chuyển sang Unicode (UTF-8) bằng công cụ chuyển mã ${r.encoding} (chẳng hạn công cụ chuyển mã của Unikey), rồi lưu thành UTF-8.`
        }`,
      binary: () => 'Tệp nhị phân (có byte NUL): không phải bài viết, bỏ qua.',
      utf16WithoutBom: (r) =>
        `Văn bản ${r.encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} không có dấu thứ tự byte (BOM): bỏ qua, vì không thể chắc chắn phân biệt với dữ liệu nhị phân. Hãy lưu thành UTF-8 (hoặc UTF-16 có BOM).`,
      notRegular: (r) => `Đây là ${NOT_REGULAR_VI[r.what]}, không phải tệp thông thường: bỏ qua${r.opened ? '' : ' mà không mở'}.`,
      tooLarge: (r) => `Tệp này có dung lượng ${megabytes(r.size)}, vượt giới hạn ${megabytes(r.limit)} của một bài viết: bỏ qua.`,
      unreadable: (r) => `Không đọc được tệp này (${systemErrorVi(r.error)}): bỏ qua.`,
      unlisted: (r) => `Không liệt kê được thư mục này (${systemErrorVi(r.error)}): các bài trong thư mục bị bỏ qua.`,
      vanished: () => 'Tệp này đã biến mất trước khi kịp đọc: bỏ qua.',
    },
    invalidUtf8: (line, column, count) =>
      `UTF-8 không hợp lệ tại ${line}:${column}${count > 1 ? ` (tổng cộng ${count} chuỗi byte không hợp lệ)` : ''}. Tệp đã được phân tích với ký tự thay thế (\uFFFD) ở mỗi chuỗi không hợp lệ; các bản sửa không được ghi vào tệp, nên không mất byte nào. Hãy sửa các byte đó, hoặc mở lại tệp với bảng mã đã dùng khi viết.`,
    notWritten: {
      notRegular: () => 'tệp đã có và không phải tệp thông thường',
      unreadable: (r) => `không đọc được tệp đang có (${r.error})`,
      notOurs: () => 'tệp đã có và không do Report Lens ghi ra',
      noFolder: () => 'thư mục chứa tệp không tồn tại',
      writeFailed: (r) => `không ghi được tệp (${r.error})`,
    },
  },
  export: {
    giveFormat: (formats) => `hãy chọn định dạng: ${formats}`,
    openFolder: 'hãy mở một thư mục trước',
    chooseFile: (format) => `hãy chọn tệp ${format} để ghi`,
    isArticle: (file) => `${file} là một bài viết trong thư mục: hãy chọn tệp khác`,
    outIsArticle: (file) => `${file} là một bài viết trong thư mục; hãy chọn --out khác`,
    outExists: (file) => `${file} đã có; thêm --force để ghi đè`,
    notWritten: (file, reason) => `${file}: không ghi: ${reason}`,
    wroteAnn: (count) => `đã ghi ${count} tệp .ann`,
  },
  cli: {
    help: (commands) =>
      [
        'cách dùng: report-lens <lệnh> [tùy chọn]',
        '',
        'Các lệnh:',
        commands,
        '',
        'Vị trí là vị trí LSP (dòng đếm từ 0, ký tự UTF-16); đường dẫn tính từ thư mục hiện hành.',
        'Mã thoát: 0 thành công; 1 có phát hiện ở mức lỗi (check) hoặc có tệp xuất không ghi được (export); 2 dùng sai lệnh;',
        '4 có tệp bị bỏ qua (cộng với 1: 5 là cả hai); 3 lỗi nội bộ, hoặc không ghi được ra đầu ra chuẩn.',
        'Thông báo bằng tiếng Anh hoặc tiếng Việt: --lang en|vi, nếu không thì theo ngôn ngữ của LC_ALL, LC_MESSAGES hoặc LANG.',
        'Chạy `report-lens <lệnh> --help` để xem các tùy chọn của một lệnh.',
        '',
      ].join('\n'),
    summaries: {
      check: 'rà soát các bài (cả các quy tắc đối chiếu toàn thư mục); --fix áp dụng các bản sửa an toàn',
      entities: 'liệt kê mọi thực thể và các lần nhắc đến',
      export: 'xuất chú giải cho xử lý ngôn ngữ tự nhiên (jsonl, tệp brat .ann bên cạnh mỗi .txt, CoNLL IOB)',
    },
    usage: {
      check: [
        'cách dùng: report-lens check <đường dẫn…> [--format text|json|sarif] [--fix [--dry-run]] [--config <tệp>]',
        '                             [--include <glob>]… [--exclude <glob>]… [--cache-dir D | --no-cache] [--jobs N] [--shard i/n] [--quiet]',
        '           report-lens check --merge D [--format text|json|sarif]',
        '',
        '  --fix         áp dụng các bản sửa an toàn cho đến khi không còn bản nào, và liệt kê những gì đã đổi',
        '  --dry-run     đi kèm --fix: không ghi gì, in các thay đổi dưới dạng unified diff',
        '  --config      tệp cấu hình quy tắc cần dùng (mặc định: <thư mục đầu tiên>/.report-lens/config.json)',
        '  --include     mẫu glob của các tệp bài viết, tính từ mỗi thư mục (mặc định **/*.txt và **/*.md; không phân biệt hoa thường)',
        '  --exclude     mẫu glob của các tệp không bao giờ phân tích (mặc định **/node_modules/**, **/.git/**)',
        '  --cache-dir D lưu kết quả phân tích từng tệp trong D (mặc định node_modules/.cache/report-lens, hoặc .report-lens/cache)',
        '  --no-cache    phân tích lại mọi tệp và không lưu gì',
        '  --jobs N      số luồng xử lý (mặc định: mỗi nhân một luồng với thư mục lớn; 0 là phân tích trong luồng chính)',
        '  --shard i/n   chỉ phân tích phần thứ i trong n phần của các tệp vào bộ nhớ đệm, không in phát hiện nào',
        '  --merge D     (thay cho đường dẫn) các phát hiện toàn thư mục của mọi phần đã phân tích vào D, không đọc bài nào',
        '  --quiet       không hiện thanh tiến độ (thanh này chỉ hiện trên terminal)',
        '',
        'Mã thoát: 0 không có lỗi; 1 có phát hiện ở mức lỗi (--dry-run: sẽ có thay đổi);',
        '4 có tệp bị bỏ qua (cộng với 1: 5 là cả hai); 2 dùng sai lệnh; 3 lỗi nội bộ.',
        '',
      ].join('\n'),
      entities: 'cách dùng: report-lens entities <đường dẫn…> [--format json|text] [--kind person,document,…]\n',
      export: 'cách dùng: report-lens export <đường dẫn…> --format jsonl|brat|conll [--out <tệp> [--force]]\n',
    },
    giveCommand: 'hãy cho biết lệnh cần chạy',
    unknownCommand: (name) => `không có lệnh ${name}`,
    langTakes: (value) => `--lang nhận vi hoặc en, không nhận "${value}"`,
    fixes: {
      inserted: (text) => `chèn ${text}`,
      deleted: (text) => `xóa ${text}`,
      replaced: (before, after) => `${before} → ${after}`,
      line: (place, rule, title, what, pass) => `đã sửa ${place}  ${rule}  ${title}: ${what}${pass > 1 ? ` (lượt ${pass})` : ''}`,
      total: (edits, files) => `${edits} chỗ sửa trong ${files} tệp`,
      none: 'Không có chỗ nào cần sửa.',
      unsettled: 'Sau lượt sửa cuối vẫn còn chỗ cần sửa; hãy chạy lại --fix và báo đây là lỗi của công cụ.',
    },
    entities: {
      none: 'Không có thực thể nào.',
      heading: (kind, name, mentions, files, id) => `${kind} ${name} (${mentions} lần nhắc đến trong ${files} tệp) [${id}]`,
      total: (count) => `${count} thực thể`,
    },
    shardWritten: (index, count, articles, fromCache, manifest) => `phân đoạn ${index}/${count}: ${articles} bài (${fromCache} bài lấy từ bộ nhớ đệm), ghi ở ${manifest}`,
    shardNeedsCache: '--shard cần một thư mục bộ nhớ đệm ghi được',
  },
  config: {
    notJson: (problem) => `Tệp cấu hình quy tắc không phải JSON hợp lệ (${problem}); dùng cấu hình mặc định.`,
    notObject: 'Tệp cấu hình quy tắc phải là một đối tượng JSON; dùng cấu hình mặc định.',
    rulesNotMap: '"rules" phải gán cho mỗi mã quy tắc một mức.',
    unknownRule: (id, known) => `Không có quy tắc "${id}"; các quy tắc hiện có: ${known}.`,
    level: (id, levels) => `Mức của "${id}" phải là một trong các giá trị ${levels}.`,
    preferredNotObject: '"preferred" phải là một đối tượng.',
    numerals: '"numerals" phải là "roman" (số La Mã) hoặc "arabic" (số Ả Rập).',
    spelling: '"spelling" phải là "new" (kiểu mới: khóa, Ủy) hoặc "old" (kiểu cũ: khoá, Uỷ).',
    suppressionsNotList: '"suppressions" phải là một danh sách.',
    suppressionMalformed: 'Mỗi mục bỏ qua phát hiện cần có các chuỗi "rule", "uri" và "text"; các mục sai dạng không được dùng.',
    unreadable: (why) =>
      `không đọc được (${why === 'notRegular' ? 'không phải tệp thông thường' : why === 'EISDIR' ? 'đây là thư mục' : why === 'ENOENT' ? 'tệp không tồn tại' : why === 'EACCES' ? 'không có quyền truy cập' : why}); dùng cấu hình mặc định`,
  },
  knowledgeFile: {
    tooDeep: (levels) => `Tệp tri thức lồng sâu quá ${levels} cấp tại đây; không mục nào cần nhiều cấp như vậy, nên tệp không được đọc.`,
    tagged: (parserMessage) => `${parserMessage}: tệp tri thức chỉ nhận giá trị thuần, không có thẻ (tag).`,
    unreadable: (error) => `Không đọc được tệp tri thức: ${error}`,
    unknownKey: (key, expected) => `trường "${key}" không hợp lệ (cần là một trong ${expected}).`,
    required: 'là bắt buộc.',
    nonEmptyText: 'phải là một chuỗi không rỗng.',
    positiveWhole: 'phải là một số nguyên dương.',
    listOfTexts: 'phải là một danh sách chuỗi.',
    list: 'phải là một danh sách.',
    confidence: 'phải là high, medium hoặc low.',
    range: 'hãy ghi notBefore, notAfter hoặc cả hai.',
    notADate: (value) => `"${value}" không phải là ngày: hãy viết YYYY-MM-DD, YYYY-MM, YYYY, "unknown" hoặc {notBefore, notAfter}.`,
    post: 'mỗi chức vụ phải là một ánh xạ có title (chức danh).',
    person: 'mỗi người phải là một ánh xạ có id và name (họ tên).',
    document: 'mỗi văn bản phải là một ánh xạ có id, type (loại văn bản) và code (số, ký hiệu).',
    notACode: (code) => `"${code}" không phải là số, ký hiệu văn bản (chẳng hạn 35-CT/TW).`,
    award: 'mỗi giải thưởng phải là một ánh xạ có edition (lần thứ) và year (năm).',
    organization: 'mỗi cơ quan, tổ chức phải là một ánh xạ có id và name (tên).',
    idsToNames: (kind) => `phải gán mỗi id ${kind === 'person' ? 'người' : 'văn bản'} với một danh sách tên gọi.`,
    notEntity: 'phải là một chuỗi, hoặc một ánh xạ có text và file.',
    idUsed: (id) => `id "${id}" đã được dùng trong tệp này.`,
    notMapping: 'Tệp tri thức phải là một ánh xạ gồm people, documents, organizations, awards, singlePosts hoặc aliases.',
    unknownPerson: (id) => `Không có người nào mang id "${id}", nên các tên gọi khác của id này không được dùng.`,
    unknownDocument: (id) => `Không có văn bản nào mang id "${id}", nên các cách trích dẫn của id này không được gắn.`,
  },
  fix: {
    invalidUtf8: 'tệp có byte UTF-8 không hợp lệ, sẽ bị thay thế nếu ghi: không sửa, để không mất byte nào',
    notOnDisk: 'không phải tệp trên đĩa',
    vanished: 'tệp đã biến mất trước khi kịp ghi bản sửa',
    outside: 'tệp nằm ngoài các thư mục đã cho: không ghi',
    changed: 'tệp đã thay đổi kể từ khi đọc: không sửa, và được phân tích lại theo nội dung hiện tại',
    cannotWriteBack: 'không thể ghi lại các byte của tệp mà không làm thay đổi chúng: không sửa',
    writeFailed: (error) => `không ghi được tệp (${error}); tệp vẫn giữ nguyên`,
    notFixed: (file, reason) => `${file}: không sửa: ${reason}`,
    usingConfiguration: (file) => `dùng cấu hình ${file}`,
  },
  textArtifact: {
    repeated: (kind, text) => `${kind === 'word' ? 'Từ' : 'Cụm từ'} ${text} bị viết lặp hai lần.`,
    deleteRepeated: (kind) => (kind === 'word' ? 'Xóa từ lặp' : 'Xóa cụm từ lặp'),
    glued: (text) => `Hai từ bị dính liền: ${text}; thiếu dấu cách.`,
    misspelt: (text) => `${text} không phải là âm tiết tiếng Việt nào: có thể do gõ nhầm hoặc văn bản bị hỏng.`,
    writeWritten: (text, times) => `Viết ${text}, như bài này viết ${times} lần`,
    numberGlued: (text) => `Số bị dính vào từ sau: ${text}; thiếu dấu cách.`,
    sentenceRunsOn: (text) => `Hai câu bị dính liền, thiếu dấu cách sau dấu chấm: ${text}.`,
    commaGlued: (text) => `Dấu phẩy dính vào từ sau: ${text}; thiếu dấu cách sau dấu phẩy.`,
    insertSpace: 'Thêm dấu cách',
    splitAbbreviation: (text, joined) => `${text} là chữ viết tắt ${joined} bị tách bởi dấu cách; chỗ khác trong bài viết liền.`,
    joinAbbreviation: (joined) => `Viết liền thành ${joined}`,
    brokenLine: (where) => `Câu bị ngắt dòng giữa chừng tại ${where}.`,
    brokenLines: (lines, where) => `Đoạn này có ${lines} chỗ ngắt dòng giữa câu, chỗ đầu tiên tại ${where}.`,
    joinLine: 'Nối lại dòng',
    joinLines: 'Nối lại các dòng bị ngắt',
    markup: (text, more) => `Còn sót mã HTML trong bài: ${text}${more > 0 ? ` và ${more} chỗ khác` : ''}.`,
    removeMarkup: 'Xóa mã HTML',
    residue: (link, text) => `${link ? 'Còn sót đường dẫn sang bài khác' : 'Còn sót phần thừa của trang web'} trong bài: ${text}.`,
    deleteResidue: 'Xóa phần thừa của trang web',
  },
  titleVariant: {
    writtenElsewhere: (written, usual, usualCount, houseStyle, times) =>
      `Chức danh ${written} ở các bài khác trong thư mục được viết là ${usual} (${usualCount} lần)` +
      (houseStyle ? `; bài này viết thống nhất một cách${times > 1 ? ` (${times} lần)` : ''}: đây là cách viết riêng của bài.` : ', còn bài này viết cả hai cách.'),
    writtenHere: (usual) => `Ở đây viết là ${usual}`,
    write: (usual, times) => `Sửa thành ${usual}${times > 1 ? ` (${times} chỗ)` : ''}`,
    strayComma: (written, canonical) => `Chức danh ${written} bị tách đôi bởi một dấu phẩy thừa; viết đúng là ${canonical}.`,
    removeComma: 'Xóa dấu phẩy',
  },
  termNumeral: {
    numbered: (text, numerals, preferred, configured, written) =>
      `${text} ghi số thứ tự bằng ${NUMERALS[numerals]}, nhưng ${configured ? 'cấu hình yêu cầu' : 'thư mục chủ yếu dùng'} ${NUMERALS[preferred]} (${written}).`,
    writtenHere: (preferred) => `Ở đây ghi bằng ${NUMERALS[preferred]}`,
    write: (text) => `Sửa thành ${text}`,
  },
  documentCode: {
    codeOfOtherType: (text, type, typeCode, code) => `${text}: ${type} có ký hiệu ${typeCode}, nhưng ký hiệu ${code} là của loại văn bản khác.`,
    provincialCode: (text, codeIssuer, issuer, central) =>
      `${text} mang ký hiệu của tỉnh ủy, thành ủy (/${codeIssuer}), nhưng do ${issuer} ban hành, có ký hiệu tận cùng là /${central}.`,
    withoutCode: (text, cited) => `${text} được trích dẫn thiếu ký hiệu; ở bài khác ghi là ${cited}.`,
    withoutCodeSuch: (text, example) => (example === undefined ? `${text} được trích dẫn thiếu ký hiệu.` : `${text} được trích dẫn thiếu ký hiệu (chẳng hạn ${example}).`),
    citedHere: (code) => `Ở đây trích dẫn đủ ký hiệu ${code}`,
    writeCode: (code) => `Thêm ký hiệu ${code}`,
    spacedDash: (written, dash, closed) =>
      `Số, ký hiệu ${written} ${dash === 'spaced' ? 'có dấu cách hoặc xuống dòng ở gạch nối' : 'dùng gạch dài'}; số và ký hiệu phải viết liền: ${closed}.`,
    closeUp: (closed) => `Viết liền thành ${closed}`,
  },
  dates: {
    weekday: (text, stated, date, actual) => `${text} ghi là ${WEEKDAY_NAMES_VI[stated]}, nhưng ngày ${date} là ${WEEKDAY_NAMES_VI[actual]}.`,
    invalid: (text, day, month, days) =>
      `${text} không phải là ngày có thật: ${days === undefined ? `không có tháng ${month}` : `tháng ${month} chỉ có ${days} ngày, không có ngày ${day}`}.`,
    invalidLunar: (text, day, month) =>
      `${text} không phải là ngày âm lịch có thật: ${month < 1 || month > 12 ? `âm lịch chỉ có tháng 1 đến tháng 12, không có tháng ${month}` : `tháng âm lịch chỉ có 29 hoặc 30 ngày, không có ngày ${day}`}.`,
    updatedEarlier: (date, updated) => `Bài đăng ngày ${date} nhưng lại ghi cập nhật ngày ${updated}, sớm hơn ngày đăng.`,
    periodSum: (text, from, to, length) => `${text} không khớp: từ ${from} đến ${to} là ${to - from + 1} năm, không phải ${length} năm.`,
    lawAfterArticle: (text, year, published) => `${text}: năm ${year} muộn hơn năm đăng bài (${published}); không thể có hiến pháp hay luật của năm đó.`,
    lawBeforeConstitution: (text, year, first) =>
      `${text}: năm ${year} sớm hơn bản Hiến pháp đầu tiên của Việt Nam (${first}); không thể có hiến pháp hay luật của năm đó.`,
    anniversary: (text, origin, began, years, year, since) =>
      `${text}: ${origin.kind === 'document' ? `văn bản ngày ${origin.date}` : `${origin.kind === 'congress' ? 'Đại hội' : 'khóa'} ${toRoman(origin.ordinal)}`} bắt đầu từ năm ${began}, ` +
      `nên tính ngược ${years} năm từ ${year} (tức năm ${since}) là trước khi văn bản ra đời.`,
  },
  termYears: {
    runs: (text, body, ordinal, expected, years) =>
      `${text}: nhiệm kỳ ${body === 'assembly' ? 'Quốc hội' : 'Ban Chấp hành Trung ương Đảng'} khóa ${ordinal} là ${expected[0]}–${expected[1]}, không phải ${years[0]}–${years[1]}.`,
    congressAhead: (text, date, next, written) => `${text}: vào ngày ${date}, đại hội sắp tới của Đảng là Đại hội ${next}, nên không thể là Đại hội ${written}.`,
    committeeTerm: (text, round, roundEnd, from, to) =>
      `${text}: cấp ủy đảng được bầu cho nhiệm kỳ 5 năm giữa hai kỳ đại hội (${round}–${roundEnd}), không phải ${from}–${to}.`,
    outOfOrder: (text, odd) => `${text}: các khóa được kể theo thứ tự, nhưng ${odd} làm lệch thứ tự; một số thứ tự khóa bị ghi sai.`,
  },
  editionYear: {
    disagrees: (text, edition, award, expected, year) => `${text}: theo các bài khác trong thư mục, ${award} lần thứ ${edition} là năm ${expected}, không phải năm ${year}.`,
    agrees: 'Lần trao giải và năm khớp với các bài khác trong thư mục',
  },
  documentConflict: {
    conflict: (text, what, value, others) => `${text} ở đây ${CITED[what]} ${value}, nhưng ở bài khác trong thư mục ${CITED[what]} ${others}.`,
    citedHere: (what, value) => `Ở đây ${CITED[what]} ${value}`,
  },
  nameVariant: {
    nearFrequent: (name, best, count) => `${name} có thể là viết sai của ${best} (tên này được nhắc ${count} lần trong thư mục).`,
    namedHere: (name) => `Ở đây viết là ${name}`,
    wellKnown: (written, name) => `${written} có thể là viết sai của ${name}, một tên quen thuộc có cùng các chữ cái.`,
    changeTo: (name) => `Sửa thành ${name}`,
  },
  knowledgeChecks: {
    tenure: (start, end) => `${VI.knowledge.date(start)} – ${end ? VI.knowledge.date(end) : VI.knowledge.present}`,
    noSource: 'không rõ nguồn',
    heldByOthers: (holder, title, date, held, own) =>
      `Ở đây ${holder} được ghi là ${title}, nhưng theo cơ sở tri thức, ngày ${date} người giữ chức vụ này là ${held}${own !== undefined ? `; ${holder} giữ chức vụ này trong thời gian ${own}` : ''}.`,
    dated: (text, date, document, known, source) => `${text} ghi ngày ${date}, nhưng theo cơ sở tri thức, ${document} có ngày ban hành ${known} (${source}).`,
    issuer: (text, issuer, document, known, source) => `${text} ghi cơ quan ban hành là ${issuer}, nhưng theo cơ sở tri thức, ${document} do ${known} ban hành (${source}).`,
    subject: (text, subject, document, dated, known, source) =>
      `${text} được trích dẫn với trích yếu ${subject}, nhưng theo cơ sở tri thức, ${document}${dated !== undefined ? ` ngày ${dated}` : ''} có trích yếu ${known} (${source}).`,
  },
  decisionAfterEvent: {
    afterEvent: (text, signed, event, eventDate) => `${text} ghi ngày ${signed}, muộn hơn sự kiện công bố văn bản này (${event}, ngày ${eventDate}): một trong hai ngày bị ghi sai.`,
    eventDated: (date) => `Ở đây sự kiện diễn ra ngày ${date}`,
  },
  appointmentDate: {
    differs: (name, post, date, others) => `Ngày ${name} nhận chức ${post} ở đây ghi là ${date}, nhưng một bài khác trong thư mục ghi là ${others}.`,
    sameAppointment: (date) => `Ở đây cùng việc nhận chức này ghi ngày ${date}`,
  },
};

const CITED = { date: 'ghi ngày ban hành', issuer: 'ghi cơ quan ban hành là' } as const;
const NUMERALS = { roman: 'số La Mã', arabic: 'số Ả Rập' } as const;
const STYLE = { new: 'kiểu mới (khóa, Ủy, hòa)', old: 'kiểu cũ (khoá, Uỷ, hoà)' } as const;
const timesVi = (n: number) => (n > 1 ? ` (${n} lần)` : '');
const usualVi = (configured: boolean) => (configured ? 'cách viết theo cấu hình' : 'cách viết thường dùng trong thư mục');
const NOT_REGULAR_VI = { link: 'liên kết tượng trưng', fifo: 'FIFO (đường ống có tên)', device: 'thiết bị', socket: 'socket', folder: 'thư mục', other: 'mục đặc biệt' } as const;
/** Megabytes with a decimal comma, as Vietnamese writes numbers. */
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
/** A system error in words where its code has a plain meaning, else the code. */
const systemErrorVi = (error: string) =>
  error === 'EACCES' || error === 'EPERM' ? 'không có quyền truy cập'
  : error === 'ENAMETOOLONG' ? 'đường dẫn dài quá mức hệ thống cho phép'
  : error === 'ELOOP' ? 'quá nhiều liên kết tượng trưng'
  : error;
