import type { Topic } from '../schema/vocabulary.ts';

/**
 * The glossary (/thuat-ngu/). A typed module rather than a content collection: the Markdown pipeline links
 * terms while it renders document and topic bodies (rehype, configured in astro.config.mjs), before any
 * collection can be read, and each term carries the exact forms to look for — data the compiler checks.
 */
export interface GlossaryTerm {
  /** Anchor on /thuat-ngu/ (ASCII slug). */
  id: string;
  /** The headword as shown. */
  term: string;
  /** What it stands for, when the headword is an abbreviation. */
  expansion?: string;
  /**
   * The forms linked in texts, in addition to the headword and the expansion. A form written all in capitals
   * (an abbreviation) is matched as written; any other form ignores case ("Đoàn ra" at a sentence start).
   */
  forms?: string[];
  definition: string;
  topics?: Topic[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'nvnonn', term: 'NVNONN', expansion: 'người Việt Nam ở nước ngoài', forms: ['kiều bào'], topics: ['nguoi-viet-nam-o-nuoc-ngoai'],
    definition: 'Công dân Việt Nam và người gốc Việt Nam đang cư trú, sinh sống lâu dài ở nước ngoài. Trong văn bản và báo cáo thường gọi thân mật là “kiều bào”.' },
  { id: 'pcpnn', term: 'PCPNN', expansion: 'phi chính phủ nước ngoài', forms: ['viện trợ phi chính phủ nước ngoài', 'tổ chức phi chính phủ nước ngoài'], topics: ['vien-tro-nuoc-ngoai'],
    definition: 'Dùng để chỉ các tổ chức phi chính phủ nước ngoài (tổ chức phi lợi nhuận thành lập ở nước ngoài, hoạt động ở Việt Nam vì mục đích phát triển, nhân đạo) và khoản viện trợ không hoàn lại của họ, tách biệt với ODA.' },
  { id: 'oda', term: 'ODA', expansion: 'hỗ trợ phát triển chính thức', topics: ['vien-tro-nuoc-ngoai', 'hoi-nhap-quoc-te'],
    definition: 'Vốn của nhà tài trợ nước ngoài (chính phủ các nước, tổ chức liên chính phủ, tổ chức tài chính quốc tế) dành cho Nhà nước Việt Nam, gồm viện trợ không hoàn lại và vốn vay ưu đãi. Viện trợ không thuộc ODA được quản lý theo quy định riêng.' },
  { id: 'vien-tro-khong-hoan-lai', term: 'viện trợ không hoàn lại', topics: ['vien-tro-nuoc-ngoai'],
    definition: 'Khoản hỗ trợ bằng tiền, hàng hóa, dịch vụ hoặc chuyên gia mà bên nhận không phải trả lại. Khi đến từ cơ quan, tổ chức, cá nhân nước ngoài, việc tiếp nhận phải được cấp có thẩm quyền phê duyệt.' },
  { id: 'abtc', term: 'ABTC', expansion: 'thẻ đi lại của doanh nhân APEC', forms: ['thẻ ABTC'], topics: ['lanh-su-xuat-nhap-canh', 'hoi-nhap-quoc-te'],
    definition: 'Thẻ cấp cho doanh nhân của các nền kinh tế tham gia chương trình, cho phép nhập cảnh nhiều lần, không cần thị thực, vào những nền kinh tế thành viên đã chấp thuận, trong thời hạn của thẻ.' },
  { id: 'apec', term: 'APEC', expansion: 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương', topics: ['hoi-nhap-quoc-te'],
    definition: 'Diễn đàn hợp tác kinh tế khu vực mà Việt Nam là thành viên từ năm 1998.' },
  { id: 'doan-ra', term: 'đoàn ra', topics: ['doan-ra-doan-vao', 'quan-ly-doi-ngoai'],
    definition: 'Đoàn cán bộ của một cơ quan, địa phương đi công tác ở nước ngoài. Việc cử đoàn phải theo kế hoạch đối ngoại đã được duyệt và được cấp có thẩm quyền cho phép.' },
  { id: 'doan-vao', term: 'đoàn vào', topics: ['doan-ra-doan-vao', 'quan-ly-doi-ngoai'],
    definition: 'Đoàn khách nước ngoài (chính quyền, tổ chức, doanh nghiệp) đến làm việc với một cơ quan, địa phương của Việt Nam; việc mời và đón đoàn cũng theo kế hoạch và thẩm quyền như đoàn ra.' },
  { id: 'hoi-nghi-hoi-thao-quoc-te', term: 'hội nghị, hội thảo quốc tế', forms: ['hội nghị hội thảo quốc tế', 'hội thảo quốc tế'], topics: ['doan-ra-doan-vao'],
    definition: 'Hội nghị, hội thảo do cơ quan, tổ chức Việt Nam hoặc nước ngoài tổ chức ở Việt Nam (kể cả trực tuyến) có người nước ngoài tham dự hoặc có tài trợ nước ngoài. Phải được cấp có thẩm quyền cho phép trước khi tổ chức.' },
  { id: 'ttdn', term: 'TTĐN', expansion: 'thông tin đối ngoại', topics: ['thong-tin-doi-ngoai'],
    definition: 'Hoạt động cung cấp thông tin chính thức về Việt Nam ra thế giới và thông tin về thế giới vào Việt Nam, nhằm giới thiệu đất nước, con người, đường lối và tạo sự hiểu biết, ủng hộ của bạn bè quốc tế.' },
  { id: 'dnnd', term: 'ĐNND', expansion: 'đối ngoại nhân dân', topics: ['doi-ngoai-nhan-dan'],
    definition: 'Hoạt động đối ngoại do Mặt trận Tổ quốc, các đoàn thể, tổ chức hữu nghị và nhân dân thực hiện; cùng đối ngoại Đảng và ngoại giao Nhà nước tạo thành ba trụ cột của nền đối ngoại Việt Nam.' },
  { id: 'doi-ngoai-dang', term: 'đối ngoại Đảng', topics: ['quan-ly-doi-ngoai'],
    definition: 'Quan hệ của Đảng Cộng sản Việt Nam với các đảng, tổ chức chính trị nước ngoài; một trong ba trụ cột đối ngoại.' },
  { id: 'ngoai-giao-nha-nuoc', term: 'ngoại giao Nhà nước', topics: ['quan-ly-doi-ngoai'],
    definition: 'Hoạt động đối ngoại của Nhà nước (Chủ tịch nước, Quốc hội, Chính phủ, các bộ, chính quyền địa phương) với nhà nước và tổ chức quốc tế; một trong ba trụ cột đối ngoại.' },
  { id: 'ngoai-giao-kinh-te', term: 'ngoại giao kinh tế', topics: ['hoi-nhap-quoc-te'],
    definition: 'Dùng các hoạt động đối ngoại để phục vụ phát triển kinh tế: thu hút đầu tư, mở rộng thị trường, xúc tiến thương mại, du lịch.' },
  { id: 'dieu-uoc-quoc-te', term: 'điều ước quốc tế', topics: ['dieu-uoc-thoa-thuan'],
    definition: 'Thỏa thuận bằng văn bản được ký nhân danh Nhà nước hoặc Chính phủ Việt Nam với bên ký kết nước ngoài, làm phát sinh quyền và nghĩa vụ theo pháp luật quốc tế (hiệp định, công ước, nghị định thư…). Khác với thỏa thuận quốc tế.' },
  { id: 'thoa-thuan-quoc-te', term: 'thỏa thuận quốc tế', forms: ['thoả thuận quốc tế'], topics: ['dieu-uoc-thoa-thuan'],
    definition: 'Cam kết bằng văn bản về hợp tác do một cơ quan, tổ chức trong nước (bộ, ngành, UBND tỉnh, cơ quan của Đảng, đoàn thể…) ký với bên nước ngoài nhân danh chính mình. Không phải điều ước quốc tế, nên không ràng buộc Nhà nước theo pháp luật quốc tế.' },
  { id: 'fta', term: 'FTA', expansion: 'hiệp định thương mại tự do', topics: ['hoi-nhap-quoc-te'],
    definition: 'Điều ước quốc tế giữa hai hay nhiều nước nhằm giảm, xóa bỏ thuế quan và rào cản thương mại giữa các bên.' },
  { id: 'hoi-nhap-quoc-te', term: 'hội nhập quốc tế', topics: ['hoi-nhap-quoc-te'],
    definition: 'Quá trình gắn kết với thế giới bằng cách tham gia các cơ chế, tổ chức và luật chơi quốc tế, trên mọi lĩnh vực: kinh tế, chính trị, quốc phòng, an ninh, văn hóa, xã hội.' },
  { id: 'quan-ly-thong-nhat', term: 'quản lý thống nhất hoạt động đối ngoại', forms: ['quản lý thống nhất các hoạt động đối ngoại'], topics: ['quan-ly-doi-ngoai'],
    definition: 'Nguyên tắc mọi hoạt động đối ngoại của các cơ quan, địa phương đều đặt dưới sự lãnh đạo thống nhất của Đảng và sự quản lý tập trung của Nhà nước: có kế hoạch, đúng thẩm quyền cho phép, có phối hợp và có báo cáo.' },
  { id: 'ke-hoach-doi-ngoai', term: 'kế hoạch đối ngoại', forms: ['chương trình đối ngoại'], topics: ['quan-ly-doi-ngoai'],
    definition: 'Chương trình, kế hoạch các hoạt động đối ngoại (đoàn ra, đoàn vào, hội nghị, ký kết…) trong một năm của cơ quan, địa phương, được cấp có thẩm quyền phê duyệt trước khi thực hiện.' },
  { id: 'co-quan-dai-dien', term: 'cơ quan đại diện', forms: ['cơ quan đại diện Việt Nam ở nước ngoài'], topics: ['lanh-su-xuat-nhap-canh'],
    definition: 'Đại sứ quán, tổng lãnh sự quán, phái đoàn thường trực bên cạnh tổ chức quốc tế… đại diện cho Nhà nước Việt Nam ở nước ngoài.' },
  { id: 'bao-ho-cong-dan', term: 'bảo hộ công dân', topics: ['lanh-su-xuat-nhap-canh'],
    definition: 'Việc Nhà nước, qua cơ quan đại diện ở nước ngoài và các cơ quan trong nước, bảo vệ quyền và lợi ích hợp pháp của công dân Việt Nam ở nước ngoài, nhất là khi họ gặp nạn, bị bắt giữ hoặc cần hỗ trợ.' },
  { id: 'lanh-su', term: 'công tác lãnh sự', forms: ['lãnh sự'], topics: ['lanh-su-xuat-nhap-canh'],
    definition: 'Các việc Nhà nước làm cho công dân và tổ chức liên quan đến nước ngoài: giấy tờ xuất nhập cảnh, thị thực, hộ tịch, chứng nhận và hợp pháp hóa giấy tờ, bảo hộ công dân.' },
  { id: 'hop-phap-hoa-lanh-su', term: 'hợp pháp hóa lãnh sự', forms: ['hợp pháp hoá lãnh sự'], topics: ['lanh-su-xuat-nhap-canh'],
    definition: 'Cơ quan có thẩm quyền của Việt Nam chứng nhận con dấu, chữ ký, chức danh trên giấy tờ của nước ngoài để giấy tờ đó được công nhận và sử dụng ở Việt Nam.' },
  { id: 'chung-nhan-lanh-su', term: 'chứng nhận lãnh sự', topics: ['lanh-su-xuat-nhap-canh'],
    definition: 'Chiều ngược lại của hợp pháp hóa: chứng nhận con dấu, chữ ký, chức danh trên giấy tờ của Việt Nam để giấy tờ đó được dùng ở nước ngoài.' },
  { id: 'xuat-nhap-canh', term: 'xuất cảnh, nhập cảnh', forms: ['xuất nhập cảnh', 'xuất cảnh', 'nhập cảnh'], topics: ['lanh-su-xuat-nhap-canh'],
    definition: 'Xuất cảnh là rời lãnh thổ Việt Nam qua cửa khẩu; nhập cảnh là vào lãnh thổ Việt Nam qua cửa khẩu.' },
  { id: 'thi-thuc', term: 'thị thực', forms: ['visa'], topics: ['lanh-su-xuat-nhap-canh'],
    definition: 'Giấy tờ do cơ quan có thẩm quyền cấp cho người nước ngoài, cho phép người đó nhập cảnh Việt Nam (thường gọi là visa).' },
  { id: 'ho-chieu-ngoai-giao', term: 'hộ chiếu ngoại giao, hộ chiếu công vụ', forms: ['hộ chiếu ngoại giao', 'hộ chiếu công vụ'], topics: ['lanh-su-xuat-nhap-canh', 'doan-ra-doan-vao'],
    definition: 'Hộ chiếu cấp cho cán bộ, công chức đi công tác nước ngoài tùy chức vụ và tính chất chuyến đi, khác với hộ chiếu phổ thông của mọi công dân.' },
  { id: 'bien-gioi-quoc-gia', term: 'biên giới quốc gia', forms: ['đường biên giới'], topics: ['bien-gioi'],
    definition: 'Đường và mặt thẳng đứng theo đường đó, xác định giới hạn lãnh thổ đất liền, hải đảo, vùng biển, lòng đất và vùng trời của Việt Nam.' },
  { id: 'cot-moc', term: 'cột mốc biên giới', forms: ['mốc quốc giới', 'cột mốc'], topics: ['bien-gioi'],
    definition: 'Mốc đánh dấu đường biên giới trên thực địa, do hai nước cùng cắm và cùng quản lý theo điều ước về biên giới.' },
  { id: 'cua-khau', term: 'cửa khẩu', forms: ['lối mở'], topics: ['bien-gioi', 'lanh-su-xuat-nhap-canh'],
    definition: 'Nơi người, phương tiện, hàng hóa được phép qua lại biên giới: cửa khẩu quốc tế, cửa khẩu chính (song phương), cửa khẩu phụ và lối mở biên giới.' },
  { id: 'tuong-tro-tu-phap', term: 'tương trợ tư pháp', topics: ['tu-phap-quoc-te'],
    definition: 'Hợp tác giữa Việt Nam và nước ngoài trong các việc tư pháp: tống đạt giấy tờ, thu thập chứng cứ, dẫn độ, chuyển giao người đang chấp hành án phạt tù.' },
  { id: 'uy-thac-tu-phap', term: 'ủy thác tư pháp', forms: ['uỷ thác tư pháp'], topics: ['tu-phap-quoc-te'],
    definition: 'Yêu cầu bằng văn bản của cơ quan có thẩm quyền nước này gửi nước kia để thực hiện một hoặc một số hoạt động tương trợ tư pháp.' },
  { id: 'dan-do', term: 'dẫn độ', topics: ['tu-phap-quoc-te'],
    definition: 'Việc một nước chuyển giao cho nước khác người có hành vi phạm tội hoặc bị kết án, để truy cứu trách nhiệm hình sự hoặc thi hành án.' },
  { id: 'so-ky-hieu', term: 'số ký hiệu', forms: ['số, ký hiệu'], topics: ['hanh-chinh'],
    definition: 'Dòng định danh của văn bản: số thứ tự, năm ban hành (với văn bản quy phạm pháp luật của Nhà nước), chữ viết tắt tên loại và chữ viết tắt cơ quan ban hành. Xem cách đọc trong Hướng dẫn.' },
  { id: 'trich-yeu', term: 'trích yếu', topics: ['hanh-chinh'],
    definition: 'Dòng tóm tắt ngắn nội dung chính của văn bản, in dưới tên loại (hoặc sau “V/v” với công văn).' },
  { id: 'van-ban-qppl', term: 'văn bản quy phạm pháp luật', topics: ['hanh-chinh'],
    definition: 'Văn bản chứa quy tắc xử sự chung, có hiệu lực bắt buộc, do cơ quan nhà nước có thẩm quyền ban hành đúng hình thức và trình tự luật định: luật, pháp lệnh, nghị định, thông tư, quyết định quy phạm của Thủ tướng, của UBND…' },
  { id: 'van-ban-hanh-chinh', term: 'văn bản hành chính', topics: ['hanh-chinh'],
    definition: 'Văn bản dùng để điều hành công việc, không đặt ra quy phạm chung: quyết định cá biệt, kế hoạch, chương trình, công văn, thông báo, báo cáo, tờ trình…' },
  { id: 'hieu-luc', term: 'hiệu lực', forms: ['tình trạng hiệu lực', 'hết hiệu lực', 'còn hiệu lực'], topics: ['hanh-chinh'],
    definition: 'Khoảng thời gian một văn bản có giá trị thi hành: bắt đầu từ ngày có hiệu lực và chấm dứt khi hết thời hạn, bị thay thế hoặc bị bãi bỏ. Văn bản của Đảng không có “hiệu lực pháp lý” theo nghĩa này; trang ghi “đang được thực hiện”.' },
  { id: 'can-cu', term: 'căn cứ ban hành', forms: ['căn cứ pháp lý'], topics: ['hanh-chinh'],
    definition: 'Những văn bản nêu ở phần mở đầu làm cơ sở thẩm quyền và nội dung cho văn bản đang ban hành.' },
  { id: 'thay-the-sua-doi', term: 'thay thế, sửa đổi, bãi bỏ', forms: ['bị thay thế', 'sửa đổi, bổ sung', 'bãi bỏ'], topics: ['hanh-chinh'],
    definition: 'Ba cách một văn bản mới tác động tới văn bản cũ: thay thế toàn bộ, sửa đổi hoặc bổ sung một phần, hoặc chấm dứt hiệu lực (bãi bỏ) mà không ban hành quy định mới.' },
  { id: 'so-ngoai-vu', term: 'Sở Ngoại vụ', topics: ['to-chuc-bo-may'],
    definition: 'Cơ quan chuyên môn thuộc UBND cấp tỉnh, tham mưu và giúp UBND tỉnh quản lý nhà nước về công tác đối ngoại ở địa phương (ở nơi không có sở riêng, nhiệm vụ này giao cho cơ quan chuyên môn khác).' },
  { id: 'ban-chi-dao', term: 'Ban Chỉ đạo', topics: ['to-chuc-bo-may'],
    definition: 'Tổ chức phối hợp liên ngành do cấp có thẩm quyền lập để chỉ đạo một lĩnh vực (ví dụ thông tin đối ngoại); có quy chế và kế hoạch hoạt động riêng.' },
];

