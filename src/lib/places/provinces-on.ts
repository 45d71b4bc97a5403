/**
 * The provinces as of a date. Nghị quyết 202/2025/QH15 (12/6/2025) rearranged the 63 provincial units into 34
 * (28 provinces, 6 centrally-run cities) from 01/7/2025: 11 kept as they were, 52 merged into 23, each merged
 * province taking the name of one of its parts. Sources: Vietnam+ / TTXVN, "Thông tin chi tiết về 34 tỉnh,
 * thành phố trên cả nước từ ngày 1/7" (34 units under Nghị quyết 202/2025/QH15, from 01/7/2025); the list of
 * mergers and names annexed to Nghị quyết 60-NQ/TW (12/4/2025) as published by Báo Thanh Hóa and bnews.vn.
 * The old names stay valid for documents issued before the merger, so the engine keeps accepting all 63
 * (citations/read/provinces.ts); this module only says which list a text of a given date offers.
 */
import { PROVINCES } from '../citations/read/provinces.ts';

export const MERGER_DATE = '2025-07-01';

/** Each province that merged into another on 01/7/2025 → the province it became part of. */
export const MERGED_INTO: Readonly<Record<string, string>> = {
  'Hà Giang': 'Tuyên Quang',
  'Yên Bái': 'Lào Cai',
  'Bắc Kạn': 'Thái Nguyên',
  'Vĩnh Phúc': 'Phú Thọ',
  'Hòa Bình': 'Phú Thọ',
  'Bắc Giang': 'Bắc Ninh',
  'Thái Bình': 'Hưng Yên',
  'Hải Dương': 'Hải Phòng',
  'Hà Nam': 'Ninh Bình',
  'Nam Định': 'Ninh Bình',
  'Quảng Bình': 'Quảng Trị',
  'Quảng Nam': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi',
  'Bình Định': 'Gia Lai',
  'Ninh Thuận': 'Khánh Hòa',
  'Đắk Nông': 'Lâm Đồng',
  'Bình Thuận': 'Lâm Đồng',
  'Phú Yên': 'Đắk Lắk',
  'Bà Rịa - Vũng Tàu': 'Hồ Chí Minh',
  'Bình Dương': 'Hồ Chí Minh',
  'Bình Phước': 'Đồng Nai',
  'Long An': 'Tây Ninh',
  'Sóc Trăng': 'Cần Thơ',
  'Hậu Giang': 'Cần Thơ',
  'Bến Tre': 'Vĩnh Long',
  'Trà Vinh': 'Vĩnh Long',
  'Tiền Giang': 'Đồng Tháp',
  'Bạc Liêu': 'Cà Mau',
  'Kiên Giang': 'An Giang',
};

/** Names as the 34-unit list writes them ("Thừa Thiên Huế" has been the city of Huế since 01/01/2025). */
const RENAMED: Readonly<Record<string, string>> = { 'Thừa Thiên Huế': 'Huế' };

/** The provinces a text dated `iso` (YYYY-MM-DD, or a year) can name: 63 before 01/7/2025, 34 from then on. */
export function provincesOn(iso: string): string[] {
  if (iso < MERGER_DATE) return [...PROVINCES];
  return PROVINCES.filter((p) => !(p in MERGED_INTO)).map((p) => RENAMED[p] ?? p);
}

/** The names that a text dated `iso` may still use for documents issued before the merger. */
export function formerProvincesOn(iso: string): string[] {
  return iso < MERGER_DATE ? [] : Object.keys(MERGED_INTO).sort((a, b) => a.localeCompare(b, 'vi'));
}

/** Every name a province has had in these lists: the 63, "Huế" and the merged ones (a heading may use any). */
export function allProvinceNames(): string[] {
  return [...new Set([...provincesOn('2000-01-01'), ...provincesOn(MERGER_DATE)])];
}
