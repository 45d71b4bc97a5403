/**
 * Controlled vocabularies of the catalogue. Values are ASCII slugs (stable in URLs, filters and JSON);
 * the Vietnamese labels shown to people live beside them.
 */
export const SYSTEMS = { dang: 'Đảng', 'nha-nuoc': 'Nhà nước' } as const;
export type System = keyof typeof SYSTEMS;

export const LEVELS = { 'trung-uong': 'Trung ương', tinh: 'Tỉnh', huyen: 'Huyện' } as const;
export type Level = keyof typeof LEVELS;

/** Tình trạng hiệu lực as of today; "as of another date" is computed (see catalogue/status.ts). */
export const STATUSES = {
  'con-hieu-luc': 'Còn hiệu lực',
  /** A Party document still being carried out (Party documents have no legal force to lose). */
  'dang-thuc-hien': 'Đang được thực hiện',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-xac-dinh': 'Chưa xác định',
} as const;
/** The stored code; what holds on a date is catalogue/status.ts's StatusCode. */
export type StoredStatus = keyof typeof STATUSES;

/** Loại văn bản, as written in số ký hiệu conventions (Nghị định 30/2020/NĐ-CP; Hướng dẫn 36-HD/VPTW). */
export const DOCUMENT_TYPES = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quyết định',
  'Quy định',
  'Nghị định',
  'Luật',
  'Kế hoạch',
  'Chương trình',
  'Chương trình hành động',
  'Công văn',
  'Thông báo',
  'Hướng dẫn',
  'Thông tư',
  'Thông tư liên tịch',
  'Pháp lệnh',
  'Đề án',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const TOPICS = {
  'nguoi-viet-nam-o-nuoc-ngoai': 'Người Việt Nam ở nước ngoài',
  'thong-tin-doi-ngoai': 'Thông tin đối ngoại',
  'doi-ngoai-nhan-dan': 'Đối ngoại nhân dân',
  'hoi-nhap-quoc-te': 'Hội nhập quốc tế',
  'vien-tro-nuoc-ngoai': 'Viện trợ nước ngoài',
  'quan-ly-doi-ngoai': 'Quản lý thống nhất hoạt động đối ngoại',
  'doan-ra-doan-vao': 'Đoàn ra, đoàn vào, hội nghị hội thảo quốc tế',
  'dieu-uoc-thoa-thuan': 'Điều ước quốc tế, thỏa thuận quốc tế',
  'bien-gioi': 'Biên giới, cửa khẩu',
  'to-chuc-bo-may': 'Tổ chức bộ máy đối ngoại địa phương',
  'lanh-su-xuat-nhap-canh': 'Xuất nhập cảnh, lãnh sự, bảo hộ công dân',
  'tu-phap-quoc-te': 'Tư pháp quốc tế',
  'kinh-te-xa-hoi': 'Kinh tế – xã hội',
  'hanh-chinh': 'Hành chính, văn thư',
} as const;
export type Topic = keyof typeof TOPICS;

/** The facts a `confirmed` map may speak of (mirrors ../shared/facts). */
export const FACT_FIELDS = [
  'symbol',
  'type',
  'issuer',
  'issuedOn',
  'title',
  'effectiveFrom',
  'status',
  'signer',
  'implements',
  'basedOn',
  'replaces',
  'amends',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
export const systemValues = keys(SYSTEMS);
export const levelValues = keys(LEVELS);
export const statusValues = keys(STATUSES);
export const topicValues = keys(TOPICS);
