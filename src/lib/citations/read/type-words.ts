/**
 * The words and codes of Vietnamese document citations: loại văn bản as written in prose ("Nghị quyết"), and
 * the type codes inside số ký hiệu ("NQ"). Folded forms (lower-case ASCII) are what the finder matches.
 */

import { foldPhrase } from '../../text/fold.ts';

export interface TypeWord {
  /** Folded, as matched: "nghi quyet". */
  folded: string;
  /** How it is written correctly: "Nghị quyết". */
  label: string;
  /** May stand with a bare number as a short form ("Kế hoạch 92", "Quy chế 272"). */
  shortForm: boolean;
  /** An abbreviation ("NĐ", "QĐ"): a type word only when written in capitals ("CT 12", not "ct 12"). */
  abbreviation?: boolean;
  /** An abbreviation as it must be written: "NĐ". */
  written?: string;
}

const words: [string, boolean][] = [
  ['Chương trình hành động', true],
  ['Nghị quyết liên tịch', true],
  ['Thông tư liên tịch', true],
  ['Nghị quyết', true],
  ['Chỉ thị', true],
  ['Kết luận', true],
  ['Quyết định', true],
  ['Quy định', true],
  ['Nghị định', true],
  ['Luật', true],
  ['Kế hoạch', true],
  ['Chương trình', true],
  ['Công văn', true],
  ['Thông báo', true],
  ['Hướng dẫn', true],
  ['Thông tư', true],
  ['Quy chế', true],
  ['Đề án', true],
  ['Pháp lệnh', true],
  ['Công điện', true],
  ['Tờ trình', false],
  // "báo cáo 6 tháng", "Báo cáo Sơ kết 05 năm" (seed 000): never a short form, only with a số ký hiệu.
  ['Báo cáo', false],
];

/**
 * Abbreviations staff write for the type in running text ("NĐ 80/2020", "QĐ 06/2020/QĐ-TTg", "NQ 59", "CT 12",
 * "KL 57", "TT 09/2025"): the type codes of Nghị định 30/2020/NĐ-CP Phụ lục III used as words.
 */
const abbreviations: [string, string][] = [
  ['NQLT', 'Nghị quyết liên tịch'],
  ['TTLT', 'Thông tư liên tịch'],
  ['CTr', 'Chương trình'],
  ['NQ', 'Nghị quyết'],
  ['NĐ', 'Nghị định'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['KL', 'Kết luận'],
  ['TT', 'Thông tư'],
  ['KH', 'Kế hoạch'],
  ['CV', 'Công văn'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['PL', 'Pháp lệnh'],
  ['ĐA', 'Đề án'],
];

/** Longest first, so "chuong trinh hanh dong" wins over "chuong trinh" and "ttlt" over "tt". */
export const TYPE_WORDS: TypeWord[] = [
  ...words.map(([label, shortForm]) => ({ folded: foldPhrase(label), label, shortForm })),
  ...abbreviations.map(([written, label]) => ({ folded: foldPhrase(written), label, shortForm: true, abbreviation: true, written })),
].sort((a, b) => b.folded.length - a.folded.length);

const byFolded = new Map(TYPE_WORDS.map((w) => [w.folded, w]));

/** A folded type phrase (any whitespace inside) → its type word. */
export function typeWord(folded: string): TypeWord | undefined {
  return byFolded.get(folded.replace(/\s+/g, ' '));
}

/**
 * Whitespace inside a citation: spaces, or one line break (text extracted from PDF breaks lines anywhere) —
 * never a blank line, which ends a paragraph ("…KẾ HOẠCH\n\n1. Việc xây dựng", seed 000).
 */
export const GAP = '(?:[ ]{1,3}|[ ]{0,2}\\n[ ]{0,2})';
/** Optional whitespace of the same kind. */
export const OPT_GAP = '(?:[ ]{0,2}\\n?[ ]{0,2})';

/** Regex source matching any type word in folded text. */
export function typeWordSource(filter: (w: TypeWord) => boolean = () => true): string {
  return TYPE_WORDS.filter(filter)
    .map((w) => w.folded.replace(/ /g, GAP))
    .join('|');
}

export interface TypeCode {
  /** As written in a canonical số ký hiệu: "QĐ". */
  display: string;
  /** Loại văn bản this code may stand for. "QĐ/TW may be a Quyết định or a Quy định" (facts README). */
  types: string[];
}

/** Upper-case ASCII code → display and types. Codes of Nghị định 30/2020/NĐ-CP Phụ lục III and Hướng dẫn 36-HD/VPTW. */
export const TYPE_CODES: Record<string, TypeCode> = {
  NQ: { display: 'NQ', types: ['Nghị quyết', 'Nghị quyết liên tịch'] },
  NQLT: { display: 'NQLT', types: ['Nghị quyết liên tịch'] },
  CT: { display: 'CT', types: ['Chỉ thị'] },
  KL: { display: 'KL', types: ['Kết luận'] },
  QD: { display: 'QĐ', types: ['Quyết định', 'Quy định'] },
  QDI: { display: 'QĐi', types: ['Quy định'] },
  ND: { display: 'NĐ', types: ['Nghị định'] },
  KH: { display: 'KH', types: ['Kế hoạch'] },
  CTR: { display: 'CTr', types: ['Chương trình', 'Chương trình hành động'] },
  TB: { display: 'TB', types: ['Thông báo'] },
  HD: { display: 'HD', types: ['Hướng dẫn'] },
  TT: { display: 'TT', types: ['Thông tư', 'Thông tư liên tịch'] },
  TTLT: { display: 'TTLT', types: ['Thông tư liên tịch'] },
  CV: { display: 'CV', types: ['Công văn'] },
  CD: { display: 'CĐ', types: ['Công điện'] },
  BC: { display: 'BC', types: ['Báo cáo'] },
  TTR: { display: 'TTr', types: ['Tờ trình'] },
  QC: { display: 'QC', types: ['Quy chế'] },
  DA: { display: 'ĐA', types: ['Đề án'] },
};

/** Laws and resolutions of the National Assembly carry "QH" + term: 68/2020/QH14. */
export const ASSEMBLY_CODE = /^QH\d{1,2}$/;
export const ASSEMBLY_TYPES = ['Luật', 'Nghị quyết', 'Pháp lệnh'];

/** Mixed-case segments written that way by convention; everything else in a số ký hiệu is upper-case. */
export const SEGMENT_DISPLAY: Record<string, string> = {
  TTG: 'TTg',
  SNGV: 'SNgV',
  HDND: 'HĐND',
  BCD: 'BCĐ',
  DN: 'ĐN',
  DU: 'ĐU',
  BDNTW: 'BĐNTW',
};

/**
 * Party bodies put a hyphen after the number (36-NQ/TW): Trung ương (…TW), Tỉnh ủy (TU), Huyện ủy (HU),
 * Đảng ủy (ĐU), Thành ủy (TU), Quận ủy (QU), Thị ủy (TXU).
 */
export function isPartyIssuer(segment: string): boolean {
  return /TW$/.test(segment) || /^(TU|HU|DU|QU|TXU|TPU|DUK|BCSD)$/.test(segment);
}

/** "Nghị quyết" and "Nghị quyết liên tịch", "Chương trình" and "Chương trình hành động": one family. */
export function sameFamily(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
