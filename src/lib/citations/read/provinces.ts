/**
 * Provinces, to read "UBND tỉnh Bắc Giang" and to decide whether a local document is the one cited: every
 * province issues its own "92/KH-UBND". The 63 provinces before the merger of 01/7/2025 (Nghị quyết
 * 202/2025/QH15; the merged provinces kept names from this list), plus spelling variants.
 */
import { buildTrie, matchAt, phraseKey, type PhraseTrie } from './phrase-trie.ts';
import { memo } from './memo.ts';

export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
  'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hồ Chí Minh', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang',
  'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Other spellings → the name above. */
const VARIANTS: [string, string][] = [
  ['Bắc Cạn', 'Bắc Kạn'],
  ['Kontum', 'Kon Tum'],
  ['Huế', 'Thừa Thiên Huế'],
  ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
  ['Sài Gòn', 'Hồ Chí Minh'],
  ['Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
];

const trie: PhraseTrie<string> = buildTrie([
  ...PROVINCES.map((p): [string, string] => [p, p]),
  ...VARIANTS,
]);

/** The province named at folded offset `at`, with its folded end. */
export function provinceAt(folded: string, at: number): { name: string; end: number } | null {
  const match = matchAt(trie, folded, at);
  return match ? { name: match.values[0], end: match.end } : null;
}

const keys = memo<string>(1000);

/**
 * Comparable key of a province name ("Quảng Ngãi", "quang ngai", "QUẢNG NGÃI" → "quang ngai"). Memoised: a
 * local citation compares its province with every entry of its symbol, and a report has thousands of them.
 */
export function provinceKey(name: string): string {
  return keys(name, () => {
    const key = phraseKey(name).replace(/^(tinh|thanh pho|tp) /, '');
    const known = matchAt(trie, key, 0);
    return known && known.end === key.length ? phraseKey(known.values[0]) : key;
  });
}

const known = new Set(PROVINCES.map(provinceKey));

/** Whether a name (any case, with or without diacritics or "tỉnh") is a province. */
export function isProvince(name: string): boolean {
  return known.has(provinceKey(name));
}
