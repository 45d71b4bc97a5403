/**
 * A small in-memory catalogue for the unit tests of find/resolve/check, independent of content/ (which other
 * helpers are still filling). Built by a factory: each row states only what the test depends on.
 */
import { documentId } from '../../../src/lib/format/slug.ts';
import type { CitableDocument } from '../../../src/lib/citations/model.ts';

type Fields = Partial<CitableDocument> & Pick<CitableDocument, 'symbol' | 'issuedOn'>;

export function doc(fields: Fields): CitableDocument {
  const level = fields.level ?? 'trung-uong';
  const base = { type: 'Nghị quyết', issuer: 'Chính phủ', level, status: { code: 'con-hieu-luc' }, ...fields } as CitableDocument;
  return { ...base, id: fields.id ?? documentId(base) };
}

const ref = (id: string) => [{ id }];

export const catalogue: CitableDocument[] = [
  doc({ symbol: '36-NQ/TW', issuer: 'Bộ Chính trị', term: 'IX', issuedOn: '2004-03-26', title: 'Về công tác đối với người Việt Nam ở nước ngoài', aliases: ['Nghị quyết 36', 'NQ 36'] }),
  doc({ symbol: '27/NQ-CP', issuedOn: '2016-04-05' }),
  doc({ symbol: '01/NQ-CP', issuedOn: '2021-01-01' }),
  doc({ symbol: '02/NQ-CP', issuedOn: '2021-01-01' }),
  doc({
    symbol: '80/2020/NĐ-CP',
    type: 'Nghị định',
    issuedOn: '2020-07-08',
    effectiveFrom: '2020-07-08',
    title: 'Quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam',
    aliases: ['Nghị định 80', 'Nghị định 80/2020'],
  }),
  doc({ symbol: '313/2025/NĐ-CP', type: 'Nghị định', issuedOn: '2025-12-08', effectiveFrom: '2025-12-08', replaces: ref('80-2020-nd-cp') }),
  doc({ symbol: '16-KL/TW', type: 'Kết luận', issuer: 'Bộ Chính trị', term: 'XI', issuedOn: '2012-02-14', title: 'Về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2020' }),
  doc({ symbol: '12-CT/TW', type: 'Chỉ thị', issuer: 'Ban Bí thư', term: 'XIII', issuedOn: '2022-01-05' }),
  doc({ symbol: '272-QĐ/TW', type: 'Quyết định', issuer: 'Bộ Chính trị', term: 'XI', issuedOn: '2015-01-21', aliases: ['Quy chế 272'] }),
  doc({ symbol: '68/2020/QH14', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2020-11-13', effectiveFrom: '2021-07-01', title: 'Luật Cư trú' }),
  doc({ symbol: '66/2011/QH12', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2011-03-29', effectiveFrom: '2012-01-01', title: 'Luật Phòng, chống mua bán người' }),
  doc({ symbol: '53/2024/QH15', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2024-11-28', effectiveFrom: '2025-07-01', title: 'Luật Phòng, chống mua bán người', replaces: ref('66-2011-qh12') }),
  doc({ symbol: '92/KH-UBND', type: 'Kế hoạch', level: 'tinh', province: 'Quảng Ngãi', issuer: 'UBND tỉnh Quảng Ngãi', issuedOn: '2022-06-03', status: { code: 'chua-xac-dinh' } }),
  doc({ symbol: '92/KH-UBND', type: 'Kế hoạch', level: 'tinh', province: 'Bắc Giang', issuer: 'UBND tỉnh Bắc Giang', issuedOn: '2023-02-01', status: { code: 'chua-xac-dinh' } }),
  doc({ symbol: '149-KH/TU', type: 'Kế hoạch', level: 'tinh', province: 'Lạng Sơn', issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn', issuedOn: '2024-01-29' }),
  doc({ symbol: '35/2014/QĐ-UBND', type: 'Quyết định', level: 'tinh', province: 'Quảng Ngãi', issuer: 'UBND tỉnh Quảng Ngãi', issuedOn: '2014-07-15' }),
  doc({ symbol: '06/2021/QĐ-UBND', type: 'Quyết định', level: 'tinh', province: 'Quảng Ngãi', issuer: 'UBND tỉnh Quảng Ngãi', issuedOn: '2021-03-18', repeals: ref('quang-ngai-35-2014-qd-ubnd-2014') }),
  doc({ symbol: '1353/SNgV-ĐN', type: 'Công văn', level: 'tinh', province: 'Quảng Ngãi', issuer: 'Sở Ngoại vụ tỉnh Quảng Ngãi', issuedOn: '2023-11-09' }),
  // Documents for the patterns of issue 11: numbers without a symbol, laws by name, year and qualifier.
  doc({ symbol: '45-CT/TW', type: 'Chỉ thị', issuer: 'Bộ Chính trị', term: 'XI', issuedOn: '2015-05-19' }),
  doc({ symbol: '22-NQ/TW', issuer: 'Bộ Chính trị', term: 'XI', issuedOn: '2013-04-10', title: 'Về hội nhập quốc tế' }),
  doc({ symbol: '57-KL/TW', type: 'Kết luận', issuer: 'Bộ Chính trị', term: 'XIII', issuedOn: '2023-06-15' }),
  doc({ symbol: '24/2008/QH12', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2008-11-13', effectiveFrom: '2009-07-01', title: 'Luật Quốc tịch Việt Nam' }),
  doc({ symbol: '79/2025/QH15', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2025-06-24', effectiveFrom: '2025-07-01', title: 'Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam', amends: ref('24-2008-qh12') }),
  doc({ symbol: '08/2007/QH12', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2007-11-21', effectiveFrom: '2008-07-01', title: 'Luật Tương trợ tư pháp' }),
  doc({ symbol: '100/2025/QH15', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2025-11-26', effectiveFrom: '2026-07-01', title: 'Luật Dẫn độ', replaces: ref('08-2007-qh12') }),
  doc({ symbol: '103/2025/QH15', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2025-11-26', effectiveFrom: '2026-07-01', title: 'Luật Tương trợ tư pháp về hình sự', replaces: ref('08-2007-qh12') }),
  doc({ symbol: '49/2019/QH14', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2019-11-22', title: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam' }),
  doc({ symbol: '23/2023/QH15', type: 'Luật', issuer: 'Quốc hội', issuedOn: '2023-06-24', title: 'Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam', amends: ref('49-2019-qh14') }),
  // The wider catalogue's new types.
  doc({ symbol: '09/2025/TT-BNG', type: 'Thông tư', issuer: 'Bộ Ngoại giao', issuedOn: '2025-06-30' }),
  doc({ symbol: '16/2003/PL-UBTVQH11', type: 'Pháp lệnh', issuer: 'Ủy ban Thường vụ Quốc hội', issuedOn: '2003-06-07' }),
  // A letter after the number (symbols before 2001), as in content/documents/44b-lct-hdnn8.md.
  doc({ symbol: '44B-LCT/HĐNN8', type: 'Pháp lệnh', issuer: 'Hội đồng Nhà nước', issuedOn: '1990-11-13', title: 'Pháp lệnh Lãnh sự' }),
  doc({ symbol: '308/KH-UBND', type: 'Kế hoạch', level: 'huyen', province: 'Lạng Sơn', district: 'Văn Quan', issuer: 'UBND huyện Văn Quan', issuedOn: '2023-12-29' }),
];
