/**
 * Cơ quan ban hành: read after "của" in a citation ("của Ban Thường vụ Tỉnh ủy", "của UBND tỉnh Quảng Ngãi",
 * "của Bộ Chính trị khóa IX") and in the catalogue's `issuer` field, reduced to a comparable body. Seed 000
 * writes "Bộ chính trị" (case) and "Tỉnh ủy" for a plan of its Ban Thường vụ: both are the same body, while
 * Ban Bí thư vs Bộ Chính trị is a real error.
 */
import { provinceAt } from './provinces.ts';
import { termAt } from './term.ts';
import { foldPhrase } from '../../text/fold.ts';

export interface IssuerInfo {
  /** Comparable body: "bo-chinh-tri", "ubnd", "tinh-uy", "so:ngoai vu" … */
  body: string;
  /** Administrative level named: "tinh", "huyen", "xa". */
  level?: string;
  province?: string;
  /** Folded district name after "huyện" (UBND huyện Bình Sơn). */
  district?: string;
  /** Khóa, Roman numerals upper-case. */
  term?: string;
}

/** Ordered: longer bodies first ("Ủy ban Thường vụ Quốc hội" before "Quốc hội"). Folded, `\s+` between words. */
const BODIES: [RegExp, string][] = [
  [/ban\s+chap\s+hanh\s+trung\s+uong(?:\s+dang(?:\s+cong\s+san\s+viet\s+nam)?)?/y, 'bch-tw'],
  [/bo\s+chinh\s+tri/y, 'bo-chinh-tri'],
  [/ban\s+bi\s+thu/y, 'ban-bi-thu'],
  [/(?:ban\s+thuong\s+(?:vu|truc)\s+)?(?:tinh|thanh)\s+uy/y, 'tinh-uy'],
  [/(?:ban\s+thuong\s+(?:vu|truc)\s+)?(?:huyen|quan|thi|thanh)\s+uy/y, 'huyen-uy'],
  [/thu\s+tuong(?:\s+chinh\s+phu)?/y, 'thu-tuong'],
  [/chinh\s+phu/y, 'chinh-phu'],
  [/uy\s+ban\s+thuong\s+vu\s+quoc\s+hoi/y, 'ubtvqh'],
  [/quoc\s+hoi/y, 'quoc-hoi'],
  [/chu\s+tich\s+nuoc/y, 'chu-tich-nuoc'],
  // "của Chủ tịch UBND tỉnh" (seed 003): individual decisions carry QĐ-UBND either way.
  [/(?:chu\s+tich\s+|thuong\s+truc\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)/y, 'ubnd'],
  [/(?:thuong\s+truc\s+)?(?:hdnd|hoi\s+dong\s+nhan\s+dan)/y, 'hdnd'],
  // The head of State until 1992, issuer of the Pháp lệnh of that time (44B-LCT/HĐNN8).
  [/hoi\s+dong\s+nha\s+nuoc/y, 'hdnn'],
  [/van\s+phong\s+trung\s+uong(?:\s+dang)?/y, 'vptw'],
  [/trung\s+uong(?:\s+dang)?/y, 'trung-uong'],
];

/** Named bodies with a free name: Sở Ngoại vụ, Bộ Ngoại giao, Ban Chỉ đạo Thông tin đối ngoại … */
const NAMED = /(so|bo|ban\s+chi\s+dao|ban|cuc|vu)\s+([a-z]+(?:\s+[a-z]+){0,4}?)(?=\s*(?:$|[,;.()]|\s(?:tinh|thanh\s+pho|ve|ngay|khoa|ban\s+hanh|phe\s+duyet|quy\s+dinh|huong\s+dan|trien\s+khai|thuc\s+hien|co|da|nam|tai|cua|so|dong)\b))/y;
const LEVEL = /\s+(tinh|thanh\s+pho|tp\.?|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran)(?![a-z])/y;
const LEVELS: Record<string, string> = {
  tinh: 'tinh', 'thanh pho': 'tinh', tp: 'tinh',
  huyen: 'huyen', quan: 'huyen', 'thi xa': 'huyen',
  xa: 'xa', phuong: 'xa', 'thi tran': 'xa',
};
const NAME_WORD = /\s+([a-z]+)/y;
const SPACE = /\s+/y;
/** Words that end a district name: the title, a date, the khóa, a verb. */
const DISTRICT_STOP = /^(ve|ngay|khoa|ban|phe|tai|trong|nam|va|thuc|trien|cua|so|da|co|quy|huong)$/;

/** Reads an issuer at folded offset `at` (just after "của"); returns its folded end. */
export function issuerAt(folded: string, at: number): { end: number; info: IssuerInfo } | null {
  let body: string | undefined;
  let end = at;
  for (const [pattern, name] of BODIES) {
    pattern.lastIndex = at;
    if (pattern.test(folded)) {
      body = name;
      end = pattern.lastIndex;
      break;
    }
  }
  if (!body) {
    NAMED.lastIndex = at;
    const named = NAMED.exec(folded);
    if (!named) return null;
    body = `${named[1].replace(/\s+/g, ' ')}:${named[2].trim().replace(/\s+/g, ' ')}`;
    end = NAMED.lastIndex;
  }
  if (/[a-z0-9]/.test(folded[end] ?? '')) return null;
  const info: IssuerInfo = { body };
  LEVEL.lastIndex = end;
  const level = LEVEL.exec(folded);
  let placeAt = end;
  if (level) {
    info.level = LEVELS[level[1].replace(/\s+/g, ' ').replace('.', '')];
    end = placeAt = LEVEL.lastIndex;
  }
  SPACE.lastIndex = placeAt;
  const province = SPACE.test(folded) ? provinceAt(folded, SPACE.lastIndex) : null;
  if (province && info.level !== 'huyen' && info.level !== 'xa') {
    info.province = province.name;
    end = province.end;
  } else if (info.level === 'huyen') {
    ({ end, name: info.district } = districtAt(folded, end));
  }
  const term = termAt(folded, end);
  if (term) [info.term, end] = [term.term, term.end];
  return { end, info };
}

/**
 * A district name after "huyện": up to three words, stopping at words that begin the title ("về"). Case is gone
 * in folded text, so this is a bounded guess used only to compare with the catalogue's `district`.
 */
function districtAt(folded: string, at: number): { end: number; name?: string } {
  const words: string[] = [];
  let end = at;
  NAME_WORD.lastIndex = at;
  for (let word = NAME_WORD.exec(folded); word && words.length < 3 && !DISTRICT_STOP.test(word[1]); word = NAME_WORD.exec(folded)) {
    words.push(word[1]);
    end = NAME_WORD.lastIndex;
  }
  return words.length ? { end, name: words.join(' ') } : { end: at };
}

/** Parses an issuer string as the catalogue writes it ("UBND tỉnh Quảng Ngãi", "Ban Thường vụ Tỉnh ủy Lạng Sơn"). */
export function parseIssuer(text: string): IssuerInfo | null {
  const folded = foldPhrase(text);
  return issuerAt(folded, 0)?.info ?? null;
}

/** "Trung ương" in prose may mean any central Party body; the others must match exactly. */
export function sameBody(written: string, actual: string): boolean {
  if (written === actual) return true;
  const party = ['bch-tw', 'bo-chinh-tri', 'ban-bi-thu', 'trung-uong'];
  if (written === 'trung-uong' && party.includes(actual)) return true;
  // "Sở Ngoại vụ" vs "Sở Ngoại vụ tỉnh Lạng Sơn": compare the names' common start.
  const [kindA, nameA] = written.split(':');
  const [kindB, nameB] = actual.split(':');
  return kindA === kindB && nameA !== undefined && nameB !== undefined && (nameA.startsWith(nameB) || nameB.startsWith(nameA));
}
