/**
 * Laws named in prose, whether the catalogue knows them or not: "Luật Cư trú", "Luật Quốc tịch Việt Nam năm
 * 1998", "Luật Cư trú (sửa đổi)", "Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam", "Luật Biên
 * giới quốc gia". The name, its year and its qualifier decide which law is meant, so the finder reads all three
 * and never shortens a name to one the catalogue happens to have ("Luật Tương trợ tư pháp về hình sự" is not
 * "Luật Tương trợ tư pháp").
 */
import { matchAt, phraseKey, type PhraseTrie } from '../read/phrase-trie.ts';
import { upperAt, type Source } from '../read/source.ts';
import type { Span } from './after.ts';

export interface LawName extends Span {
  /** Key of the name as written in full: "luat quoc tich viet nam". */
  key: string;
  /** Folded end of the name itself (before its year or qualifier). */
  nameEnd: number;
  year?: string;
  revised?: boolean;
  /** The amending law's target: "luat quoc tich viet nam". */
  amends?: string;
}

const LUAT = /(?<![a-z0-9])luat(?=[ ]{1,2}[a-z])/g;
const AMENDING = /luat\s{1,2}sua\s{1,2}doi\s{0,2},?\s{0,2}bo\s{1,2}sung\s{1,2}(?:mot\s{1,2}so\s{1,2}dieu\s{1,2}cua\s{1,2})?(?=luat\s)/y;
const YEAR_AFTER = /\s{0,2},?\s{0,2}(?:nam\s+)?((?:19|20)\d\d)(?![\d/-])/y;
const REVISED = /\s{0,2}\(\s{0,2}sua\s+doi(?:\s*,\s*bo\s+sung)?\s{0,2}\)|\s{1,2}sua\s+doi(?![a-z\s]*[a-z])/y;
const WORD = /[ ]{1,2}([a-z]+)(?![a-z0-9])/y;
/** "phòng, chống": the one comma inside law names ("Luật Phòng, chống tham nhũng"). */
const COMMA_CHONG = /\s{0,2},\s{0,2}(chong)(?![a-z])/y;

/**
 * Words that end a law's name in running text: function words and the verbs that follow a name ("Luật Cư trú
 * quy định", "Luật Đầu tư và …", "Luật Đất đai có hiệu lực").
 */
const STOP = new Set(
  ('va hoac cua so nam ngay da duoc co la theo trong voi nham nay cac tren den ap khoan muc chuong sau truoc cung ' +
    'phai khong chua nen rang luat viec').split(' '),
);
/**
 * Verbs that follow a name ("Luật Cư trú quy định", "… hướng dẫn"), stopped on as pairs: their first word alone
 * also starts names ("quy phạm", "môi trường" folds like "mới"; "tham nhũng" like "những").
 */
const STOP_PAIRS: Record<string, string> = { quy: 'dinh', thuc: 'hien', trien: 'khai', huong: 'dan', yeu: 'cau', sua: 'doi' };
const MAX_WORDS = 10;
/** "về" belongs to a name when a short phrase follows it ("… về hình sự"), not a clause ("… về việc đăng ký …"). */
const MAX_AFTER_VE = 3;

/** End of a name the text writes after "Luật" (first word capitalised), or null. */
function writtenNameEnd(src: Source, at: number): number | null {
  const { folded } = src;
  WORD.lastIndex = at + 4;
  const first = WORD.exec(folded);
  if (!first || STOP.has(first[1]) || !upperAt(src, WORD.lastIndex - first[1].length)) return null;
  let end = WORD.lastIndex;
  let beforeVe = -1;
  let afterVe = 0;
  for (let count = 1; count < MAX_WORDS; count++) {
    COMMA_CHONG.lastIndex = end;
    if (COMMA_CHONG.exec(folded)) {
      end = COMMA_CHONG.lastIndex;
      continue;
    }
    WORD.lastIndex = end;
    const word = WORD.exec(folded);
    const wordEnd = WORD.lastIndex;
    if (!word || STOP.has(word[1]) || pairStops(folded, word[1], wordEnd)) break;
    if (word[1] === 've') {
      if (beforeVe >= 0) break;
      beforeVe = end;
    } else if (beforeVe >= 0 && ++afterVe > MAX_AFTER_VE) return beforeVe;
    end = wordEnd;
  }
  return beforeVe >= 0 && afterVe === 0 ? beforeVe : end;
}

function pairStops(folded: string, word: string, at: number): boolean {
  const second = STOP_PAIRS[word];
  if (!second) return false;
  WORD.lastIndex = at;
  const next = WORD.exec(folded);
  return next?.[1] === second;
}

export function findLawNames(src: Source, trie: PhraseTrie<string> | undefined): LawName[] {
  const { folded } = src;
  const found: LawName[] = [];
  LUAT.lastIndex = 0;
  for (let m = LUAT.exec(folded); m; m = LUAT.exec(folded)) {
    if (!upperAt(src, m.index)) continue;
    const name = lawNameAt(src, m.index, trie);
    if (!name) continue;
    found.push(name);
    LUAT.lastIndex = name.fe;
  }
  return found;
}

function lawNameAt(src: Source, at: number, trie: PhraseTrie<string> | undefined): LawName | null {
  const { folded } = src;
  AMENDING.lastIndex = at;
  const amending = AMENDING.exec(folded);
  const target = amending ? lawNameAt(src, AMENDING.lastIndex, trie) : null;
  if (amending && target) {
    const key = phraseKey(folded.slice(at, target.nameEnd));
    return { ...target, fs: at, key, amends: target.key, revised: undefined };
  }
  const known = trie ? matchAt(trie, folded, at) : null;
  const knownEnd = known?.values[0].startsWith('luat ') ? known.end : -1;
  const written = writtenNameEnd(src, at) ?? -1;
  const nameEnd = Math.max(knownEnd, written);
  if (nameEnd < 0) return null;
  const key = nameEnd === knownEnd && known ? known.values[0] : phraseKey(folded.slice(at, nameEnd));
  const name: LawName = { fs: at, fe: nameEnd, nameEnd, key };
  REVISED.lastIndex = nameEnd;
  if (REVISED.exec(folded)) [name.revised, name.fe] = [true, REVISED.lastIndex];
  YEAR_AFTER.lastIndex = name.fe;
  const year = YEAR_AFTER.exec(folded);
  if (year) [name.year, name.fe] = [year[1], YEAR_AFTER.lastIndex];
  return name;
}
