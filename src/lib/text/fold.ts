/**
 * Folding Vietnamese text to ASCII, in one place for the citation engine, search keys and slugs.
 *
 * The matching copy of a text. Every stage matches on one folded copy — lower-case, ASCII letters, look-alikes
 * folded — and maps spans back to the original UTF-16 offsets, so `input.slice(start, end) === text` holds even
 * for decomposed (NFD) input, where "Nghị" may be 7 code units instead of 5.
 *
 * Folding is one code unit in, at most one code unit out: a combining mark (NFD) or a zero-width character is
 * deleted and counted, never expanded. That keeps the offset map a short list of "deletions so far" instead of
 * one integer per character (100 MB of text would otherwise need 400 MB of map).
 */

export interface Folded {
  /** The folded copy: lower-case ASCII where the text is Latin; whitespace except `\n` becomes a space. */
  text: string;
  /** Original UTF-16 offset of folded index `i` (0 ≤ i ≤ text.length); `toOriginal(text.length)` = input length. */
  toOriginal(i: number): number;
}

/** Code unit → folded code unit; UNKNOWN until first seen (classified lazily), DROP for deleted units. */
const UNKNOWN = -2;
const DROP = -1;
const SURROGATE = -3;
const TABLE = new Int32Array(65536).fill(UNKNOWN);
TABLE.fill(SURROGATE, 0xd800, 0xe000);

/**
 * Characters officials (or their PDF converters) put where a Latin letter or separator belongs.
 * Đ is typed as Ð (U+00D0, Icelandic eth) or Ɖ (U+0189, African D) — both look identical in most fonts; Cyrillic
 * letters arrive from copy-paste ("СР" for "CP").
 */
const LOOK_ALIKES: Record<string, string> = {
  'ð': 'd', 'ɖ': 'd', 'đ': 'd', 'ȡ': 'd',
  'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'н': 'h', 'к': 'k', 'м': 'm', 'о': 'o', 'р': 'p', 'т': 't', 'х': 'x', 'у': 'y',
  'і': 'i', 'ј': 'j', 'ѕ': 's',
};
/** Dashes and slashes that Word and PDF exports substitute for `-` and `/` inside số ký hiệu. */
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
const SLASHES = '\u2044\u2215\u29f8\uff0f';
/** Curly quotes around short-form labels: (sau đây gọi tắt là “Kế hoạch 92”). */
const QUOTES = '\u201c\u201d\u201e\u201f\u00ab\u00bb';
const APOSTROPHES = '\u2018\u2019\u201a\u201b';
/** Invisible characters dropped outright (soft hyphen from PDF line breaks, zero-width joiners, BOM). */
const INVISIBLE = '\u00ad\u200b\u200c\u200d\u2060\ufeff';

function classify(code: number): void {
  const ch = String.fromCharCode(code);
  if (INVISIBLE.includes(ch)) return void (TABLE[code] = DROP);
  if (DASHES.includes(ch)) return map(code, '-');
  if (SLASHES.includes(ch)) return map(code, '/');
  if (QUOTES.includes(ch)) return map(code, '"');
  if (APOSTROPHES.includes(ch)) return map(code, "'");
  if (ch === '\n' || ch === '\u2028' || ch === '\u2029') return map(code, '\n');
  if (/\s/.test(ch)) return map(code, ' ');
  if (/\p{M}/u.test(ch)) return void (TABLE[code] = DROP);
  const lower = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const folded = lower.length === 1 ? (LOOK_ALIKES[lower] ?? lower) : lower;
  // Multi-unit results (Hangul syllables decompose into jamo) keep the original character: nothing to match there.
  map(code, folded.length === 1 ? folded : ch);
}

function map(code: number, to: string): void {
  TABLE[code] = to.charCodeAt(0);
}

for (let c = 0; c < 128; c++) classify(c);

/** Output is built in chunks through one reused buffer: no typed array the size of a 100 MB input. */
const CHUNK = 1 << 16;
const chunk = new Uint16Array(CHUNK);

export function fold(input: string): Folded {
  const n = input.length;
  const parts: string[] = [];
  // (folded index, deletions before it) pairs, written only when something is deleted: the hot loop below
  // does one table lookup and one store per code unit.
  let marks: Int32Array = new Int32Array(64);
  let markCount = 0;
  let flushed = 0;
  let c = 0;
  let deleted = 0;
  const drop = () => {
    deleted++;
    const k = flushed + c;
    if (markCount && marks[2 * markCount - 2] === k) marks[2 * markCount - 1] = deleted;
    else [marks, markCount] = record(marks, markCount, k, deleted);
  };
  for (let i = 0; i < n; i++) {
    let to = TABLE[input.charCodeAt(i)];
    if (to < 0) {
      const code = input.charCodeAt(i);
      if (to === UNKNOWN) {
        classify(code);
        to = TABLE[code];
      }
      if (to === DROP) {
        drop();
        continue;
      }
      if (to === SURROGATE) {
        // A surrogate pair is one character: one placeholder unit, the second unit counted as deleted.
        to = 0xfffd;
        if (code <= 0xdbff && i + 1 < n && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          chunk[c++] = to;
          if (c === CHUNK) (parts.push(decode(chunk)), (flushed += CHUNK), (c = 0));
          i++;
          drop();
          continue;
        }
      }
    }
    chunk[c++] = to;
    if (c === CHUNK) (parts.push(decode(chunk)), (flushed += CHUNK), (c = 0));
  }
  if (c) parts.push(decode(chunk.subarray(0, c)));
  const text = parts.length === 1 ? parts[0] : parts.join('');
  const positions = marks;
  const count = markCount;
  return {
    text,
    toOriginal(i: number): number {
      // Largest recorded folded index ≤ i: the deletions before it apply to i.
      let lo = 0;
      let hi = count - 1;
      let shift = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (positions[2 * mid] <= i) {
          shift = positions[2 * mid + 1];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return i + shift;
    },
  };
}

function record(marks: Int32Array, count: number, at: number, deleted: number): [Int32Array, number] {
  if (2 * count + 2 > marks.length) {
    const grown = new Int32Array(marks.length * 2);
    grown.set(marks);
    marks = grown;
  }
  marks[2 * count] = at;
  marks[2 * count + 1] = deleted;
  return [marks, count + 1];
}

const decoder = new TextDecoder('utf-16le');
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decode(units: Uint16Array): string {
  // TextDecoder has a fixed cost that dominates for the many short phrases folded per citation.
  if (units.length < 1024) return String.fromCharCode.apply(null, units as unknown as number[]);
  if (littleEndian) return decoder.decode(units);
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.subarray(i, i + 8192));
  return s;
}

const scratch = new Uint16Array(1024);

/**
 * Folded form of a short phrase (a type word, an alias, a title), for keys and comparisons. Called once or
 * more per citation, so it skips the offset map and the typed-array allocation of `fold`.
 */
export function foldPhrase(text: string): string {
  if (text.length > scratch.length) return fold(text).text.replace(/\s+/g, ' ').trim();
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    let to = TABLE[text.charCodeAt(i)];
    if (to === UNKNOWN) {
      classify(text.charCodeAt(i));
      to = TABLE[text.charCodeAt(i)];
    }
    if (to === DROP) continue;
    scratch[k++] = to === SURROGATE ? 0xfffd : to;
  }
  return String.fromCharCode.apply(null, scratch.subarray(0, k) as unknown as number[])
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters that NFC leaves alone: ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional (Vietnamese). */
const SURELY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff]*$/;
const MESSY_SPACE = /[^\S ]| {2}|^ | $|[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** What a person wrote, tidied for display and comparison: NFC, whitespace runs (PDF line breaks) as one space. */
export function tidy(original: string): string {
  const nfc = SURELY_NFC.test(original) ? original : original.normalize('NFC');
  return MESSY_SPACE.test(nfc) ? nfc.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, ' ').trim() : nfc;
}

/**
 * Words of a phrase as keys compare them: folded, punctuation dropped, the filler "số" before a number dropped
 * ("Nghị định số 80/2020/NĐ-CP" → nghi dinh 80 2020 nd cp). Phrase tries and search keys both use it.
 */
export function foldWords(text: string): string[] {
  const words = foldPhrase(text).split(/[^a-z0-9]+/).filter(Boolean);
  return words.filter((w, i) => !(w === 'so' && /^\d/.test(words[i + 1] ?? '')));
}

/**
 * Diacritics off, case kept ("Nghị định" → "Nghi dinh"): for slugs and for the unaccented copy of a search
 * record, where the reader's capitals still matter.
 */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}
