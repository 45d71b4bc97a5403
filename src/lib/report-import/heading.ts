/**
 * The heading of an administrative report (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body in capitals
 * under its superior ("UBND TỈNH BẮC GIANG / SỞ NỘI VỤ"), "Số: …/BC-…", the national motto, and the place and
 * date line ("Bắc Giang, ngày   tháng 5 năm 2021"). Each reader returns undefined when the line is not there.
 */
import { slugify } from '../format/slug.ts';
import { allProvinceNames } from '../places/provinces-on.ts';

const MOTTO = /^(cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc|dang cong san viet nam)$/;
const PLACE_DATE = /^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu;

export const fold = (text: string) => slugify(text).replace(/-/g, ' ');

export function isMotto(line: string): boolean {
  return MOTTO.test(fold(line));
}

export function isUpperCase(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toUpperCase();
}

/** "Số: /BC-SNV" → "/BC-SNV"; "Số:  12 /BC-UBND" → "12/BC-UBND". */
export function symbolOf(line: string): string | undefined {
  const m = /^Số\s*:?\s*(\S.*)$/u.exec(line.trim());
  return m ? m[1].replace(/\s*\/\s*/g, '/').trim() : undefined;
}

/** "Bắc Giang, ngày   tháng 5 năm 2021" → place "Bắc Giang", date "2021-05" (as precise as the line is). */
export function placeAndDate(line: string): { place: string; date: string } | undefined {
  const m = PLACE_DATE.exec(line.trim());
  if (!m) return undefined;
  const [, place, day, month, year] = m;
  const pad = (n: string) => n.padStart(2, '0');
  const date = month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : year;
  return { place: place.trim(), date };
}

const PROVINCE_NAMES = allProvinceNames();

/** The province a heading line names after "tỉnh" or "thành phố" ("UBND TỈNH BẮC GIANG" → "Bắc Giang"). */
export function provinceIn(line: string): string | undefined {
  const m = /\b(?:tinh|thanh pho|tp)\s+(.+)$/.exec(fold(line));
  return m ? PROVINCE_NAMES.find((p) => fold(p) === m[1]) : undefined;
}

/** The district a heading line names after "huyện", "thị xã" or "quận", in title case. */
export function districtIn(line: string): string | undefined {
  const m = /(?:^|\s)(?:huyện|thị xã|quận)\s+(.+)$/iu.exec(line.trim());
  return m ? m[1].toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase('vi')) : undefined;
}

/** Abbreviations that stay in capitals: "UBND", "TM.", "KT." … */
const ACRONYM = /^(UBND|HĐND|MTTQ|TM\.|KT\.|TL\.|TUQ\.|Q\.)$/u;
/** After these words, the next word is a name and takes a capital: "Sở Nội vụ", "Phó Giám đốc". */
const NAMED_AFTER = new Set(['sở', 'ban', 'phòng', 'phó', 'bộ', 'cục', 'văn phòng']);
/** After these, every word is a place name: "huyện Bình Sơn", "tỉnh Quảng Ngãi". */
const PLACE_AFTER = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'thị xã', 'thành phố']);

const capital = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/**
 * A heading line in capitals as it is written in running text: "SỞ NỘI VỤ" → "Sở Nội vụ", "UBND HUYỆN BÌNH
 * SƠN" → "UBND huyện Bình Sơn", "KT. GIÁM ĐỐC" → "KT. Giám đốc". A line not in capitals is kept as it is.
 */
export function sentenceCase(line: string): string {
  if (!isUpperCase(line)) return line.trim();
  const words = line.trim().split(/\s+/);
  let capitalNext = true;
  let place = false;
  return words
    .map((word, i) => {
      if (ACRONYM.test(word)) {
        // "KT. Giám đốc": a title follows; "UBND huyện …": a common noun does.
        capitalNext = word.endsWith('.');
        return word;
      }
      const lower = word.toLocaleLowerCase('vi');
      const pair = i > 0 ? `${words[i - 1].toLocaleLowerCase('vi')} ${lower}` : '';
      const out = capitalNext || place ? capital(lower) : lower;
      // "Ban Tuyên giáo", but "Ủy ban nhân dân".
      capitalNext = (NAMED_AFTER.has(lower) && fold(pair) !== 'uy ban') || NAMED_AFTER.has(pair);
      place = place || PLACE_AFTER.has(lower) || PLACE_AFTER.has(pair);
      return out;
    })
    .join(' ');
}
