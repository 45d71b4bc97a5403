/**
 * Short forms: a type word with a bare number ("Kế hoạch số 92", "Chỉ thị số 12", "Quy chế 272", "Nghị định
 * 80/2020"). Defined in the text by "(sau đây gọi tắt là …)" they are back-references (seed 001); otherwise
 * they may be a catalogue alias ("Nghị quyết 36") or a short form that matches nothing ("Kế hoạch 12", seed
 * 001, where only Kế hoạch 92 was defined).
 */
import { phraseKey } from '../read/phrase-trie.ts';
import { typeBefore } from './before.ts';
import { GAP, OPT_GAP, typeWord, typeWordSource, type TypeWord } from '../read/type-words.ts';

/**
 * Not a short form when the number goes on as a symbol or a date ("92/KH-UBND", "12/2021"), as a decimal
 * ("115.000"), or is a count or a period ("Báo cáo 6 tháng" is excluded by the type list; "Kế hoạch 2 năm").
 */
const UNITS =
  'thang|tuan|quy|lan|luot|nguoi|doan|trieu|ty|dong|nghin|van\\s+ban|diem|dieu|khoan|muc|chuong|cuoc|' +
  // "2 năm", "10 ngày", "3 ban" are counts; "năm 2013", "ngày 19/5/2015", "ban hành" go on with the citation.
  'nam(?!\\s+(?:19|20)\\d\\d)|ngay(?!\\s+\\d{1,2}\\s*(?:[/.-]|thang))|ban(?!\\s+hanh)';
const BARE = new RegExp(
  // The number comes first (a cheap test at each position); the type word is checked behind it.
  `(?=\\d)(?<=(?<![a-z0-9])(?:${typeWordSource((w) => w.shortForm)})${GAP}(?:so${OPT_GAP}:?${OPT_GAP})?)(\\d{1,5})` +
    `(?:\\s?/\\s?((?:19|20)\\d\\d))?(?![0-9a-z]|[.,]\\d|\\s{0,2}[-/]\\s{0,2}[0-9a-z]|\\s+(?:${UNITS})(?![a-z]))`,
  'g',
);

export interface BareCandidate {
  fs: number;
  fe: number;
  word: TypeWord;
  /** Folded end of the type word (it may span a line break). */
  typeEnd: number;
  number: string;
  year?: string;
  key: string;
}

/** Type word + bare number; `typedAt` reads the type word ending at an offset (it may refuse an abbreviation). */
export function findBare(folded: string, typedAt: (at: number) => ReturnType<typeof typeBefore> = (at) => typeBefore(folded, at)): BareCandidate[] {
  const found: BareCandidate[] = [];
  BARE.lastIndex = 0;
  for (let m = BARE.exec(folded); m; m = BARE.exec(folded)) {
    const typed = typedAt(m.index);
    if (!typed?.word.shortForm) continue;
    const fe = m.index + m[0].length;
    found.push({
      fs: typed.fs,
      fe,
      word: typed.word,
      typeEnd: typed.fe,
      number: String(Number(m[1])),
      year: m[2],
      key: labelKey(folded.slice(typed.fs, fe)),
    });
  }
  return found;
}

/** Comparable key of a label: "Kế hoạch số 92" and "Kế hoạch 92" → "ke hoach 92"; "Nghị định 80/2020" → "nghi dinh 80 2020". */
export function labelKey(label: string): string {
  return phraseKey(label)
    .split(' ')
    .map((w) => (/^\d+$/.test(w) && w.length < 4 ? String(Number(w)) : w))
    .join(' ');
}

/** The type word a label starts with, if any (to suggest "Kế hoạch số 92" for "Kế hoạch 12"). */
export function labelType(key: string): TypeWord | undefined {
  const words = key.split(' ');
  for (let n = Math.min(4, words.length); n > 0; n--) {
    const word = typeWord(words.slice(0, n).join(' '));
    if (word) return word;
  }
  return undefined;
}

/** "ke hoach 92", "nghi dinh 80 2020": a type word and a number, which findBare already finds without help. */
export function isBareLabel(key: string): boolean {
  const type = labelType(key);
  return !!type?.shortForm && /^\d{1,5}(?: \d{4})?$/.test(key.slice(type.folded.length + 1));
}
