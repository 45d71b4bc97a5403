import type { CatalogueDocument } from '../catalogue/model.ts';
import { parseSymbol } from '../citations/read/symbol.ts';
import { TYPE_CODES } from '../citations/read/type-words.ts';

/** One part of a số ký hiệu and what it says, for the guide's "how to read" table. */
export interface SymbolPart {
  text: string;
  meaning: string;
}

/**
 * Abbreviations of issuers and drafting units that the guide's examples use. Only general conventions: the
 * guide throws when an example uses one not listed, so no part is ever left unexplained.
 */
const ISSUER_CODES: Record<string, string> = {
  TW: 'Trung ương — cơ quan Trung ương Đảng (Ban Chấp hành, Bộ Chính trị, Ban Bí thư)',
  TU: 'Tỉnh ủy (hoặc Thành ủy)',
  HU: 'Huyện ủy',
  CP: 'Chính phủ',
  TTG: 'Thủ tướng Chính phủ',
  UBND: 'Ủy ban nhân dân',
  HDND: 'Hội đồng nhân dân',
  BNG: 'Bộ Ngoại giao',
  SNGV: 'Sở Ngoại vụ',
};

/** Splits a catalogue document's symbol into its parts, each explained from the symbol and the catalogue. */
export function symbolParts(doc: CatalogueDocument): SymbolPart[] {
  const info = parseSymbol(doc.symbol);
  if (!info) throw new Error(`Hướng dẫn: không đọc được số ký hiệu "${doc.symbol}" (${doc.id})`);
  const shown = displaySegments(doc.symbol);
  const parts: SymbolPart[] = [
    { text: shown.number, meaning: info.party ? 'Số thứ tự của loại văn bản này, đánh liên tục trong nhiệm kỳ của cấp ủy.' : 'Số thứ tự văn bản của cơ quan ban hành.' },
  ];
  if (info.year) parts.push({ text: info.year, meaning: 'Năm ban hành: văn bản quy phạm pháp luật ghi năm ngay trong số ký hiệu.' });
  shown.segments.forEach((text, i) => parts.push({ text, meaning: segmentMeaning(doc, info.segments[i], i, info.typeCode) }));
  return parts;
}

function segmentMeaning(doc: CatalogueDocument, segment: string, index: number, typeCode: string | undefined): string {
  if (index === 0 && typeCode === 'QH') return `Quốc hội khóa ${doc.term ?? segment.slice(2)}: luật, nghị quyết của Quốc hội ghi khóa thay cho tên loại.`;
  if (index === 0 && typeCode) {
    if (!TYPE_CODES[typeCode].types.includes(doc.type)) throw new Error(`Hướng dẫn: "${segment}" không phải ký hiệu của ${doc.type} (${doc.id})`);
    return `Tên loại văn bản: ${doc.type}.`;
  }
  const issuer = ISSUER_CODES[segment];
  if (issuer) return `Cơ quan ban hành: ${issuer}.`;
  if (!typeCode && index > 0) return `Đơn vị soạn thảo trong ${doc.issuer} (công văn ghi thêm ký hiệu của đơn vị này).`;
  throw new Error(`Hướng dẫn: chưa giải thích được "${segment}" trong ${doc.symbol}; thêm vào ISSUER_CODES (src/lib/guide/symbol-parts.ts)`);
}

/** The number and the letter segments as written in the symbol (with their diacritics: "NĐ", "SNgV"). */
function displaySegments(symbol: string): { number: string; segments: string[] } {
  const [number, ...rest] = symbol.split(/[-/]/);
  return { number, segments: rest.filter((s) => !/^\d{4}$/.test(s)) };
}
