import type { DocumentType } from '../schema/vocabulary.ts';

/**
 * What each type of document is and whom it binds, in general terms (the guide's table). A Record over the
 * vocabulary, so a type added to DOCUMENT_TYPES cannot be left without its line.
 */
export const DOCUMENT_TYPE_NOTES: Record<DocumentType, string> = {
  'Nghị quyết': 'Quyết định về chủ trương, chính sách lớn. Của Đảng (Ban Chấp hành Trung ương, Bộ Chính trị, cấp ủy) thì ràng buộc tổ chức đảng và đảng viên; của Quốc hội, Chính phủ, HĐND thì có hiệu lực theo thẩm quyền của cơ quan ban hành.',
  'Chỉ thị': 'Chỉ đạo, đôn đốc thực hiện một chủ trương hay nhiệm vụ; của cơ quan Đảng hoặc của người đứng đầu cơ quan nhà nước (Thủ tướng, Chủ tịch UBND). Ràng buộc các cơ quan, tổ chức cấp dưới được giao việc.',
  'Kết luận': 'Văn bản của Đảng ghi ý kiến chỉ đạo sau khi sơ kết, tổng kết hoặc bàn một vấn đề, thường để tiếp tục thực hiện một nghị quyết, chỉ thị trước đó.',
  'Quyết định': 'Quyết định một việc cụ thể (thành lập, phê duyệt, giao nhiệm vụ) hoặc ban hành kèm theo một quy chế, đề án. Quyết định của Thủ tướng, của UBND có thể là văn bản quy phạm pháp luật (khi đó số ký hiệu có năm).',
  'Quy định': 'Văn bản của Đảng đặt ra nguyên tắc, thẩm quyền, trách nhiệm trong hệ thống chính trị về một lĩnh vực; ràng buộc tổ chức đảng và đảng viên.',
  'Nghị định': 'Văn bản quy phạm pháp luật của Chính phủ, quy định chi tiết luật hoặc các vấn đề quản lý nhà nước; có hiệu lực bắt buộc chung.',
  'Luật': 'Văn bản quy phạm pháp luật của Quốc hội, có hiệu lực cao nhất sau Hiến pháp.',
  'Kế hoạch': 'Văn bản hành chính giao việc, tiến độ và trách nhiệm để thực hiện một văn bản cấp trên hoặc một nhiệm vụ; ràng buộc các đơn vị được giao.',
  'Chương trình': 'Tập hợp nhiệm vụ, dự án theo một mục tiêu trong một giai đoạn; của cấp ủy hoặc cơ quan nhà nước.',
  'Chương trình hành động': 'Cách Chính phủ, cấp ủy hoặc chính quyền địa phương cụ thể hóa một nghị quyết của cấp trên thành nhiệm vụ, giải pháp và phân công.',
  'Công văn': 'Văn bản hành chính để trao đổi, đề nghị, hướng dẫn hoặc đôn đốc; không đặt ra quy phạm. Số ký hiệu không có tên loại.',
  'Thông báo': 'Truyền đạt một quyết định, ý kiến kết luận của cuộc họp hoặc một thông tin cho các nơi liên quan.',
  'Hướng dẫn': 'Hướng dẫn cách thực hiện một văn bản hay nhiệm vụ; của các ban, văn phòng của Đảng hoặc của cơ quan nhà nước.',
  'Thông tư': 'Văn bản quy phạm pháp luật của Bộ trưởng, Thủ trưởng cơ quan ngang bộ, quy định chi tiết luật, nghị định trong lĩnh vực của bộ; có hiệu lực bắt buộc chung.',
  'Thông tư liên tịch': 'Thông tư do nhiều cơ quan cùng ban hành. Hình thức này nay chỉ còn trong phạm vi hẹp, nhưng các thông tư liên tịch cũ vẫn còn được dẫn.',
  'Pháp lệnh': 'Văn bản quy phạm pháp luật của Ủy ban Thường vụ Quốc hội về những vấn đề được Quốc hội giao.',
  'Đề án': 'Bản trình bày mục tiêu, nhiệm vụ, giải pháp, nguồn lực cho một việc lớn; có giá trị thi hành qua quyết định phê duyệt nó.',
};
