/**
 * Số ký hiệu: parse, key, canonical form. Two conventions (facts README):
 *   State (Nghị định 30/2020/NĐ-CP): number "/" [year "/"] CODE "-" ISSUER   → 27/NQ-CP, 80/2020/NĐ-CP, 68/2020/QH14
 *   Party (Hướng dẫn 36-HD/VPTW):    number "-" CODE "/" ISSUER              → 36-NQ/TW, 149-KH/TU, 45-CTr/TU
 * A Công văn has no type code: 1353/SNgV-ĐN. Seed 000 writes "16/KL-TW" for 16-KL/TW: the State shape with a
 * Party issuer, which `wellFormed` catches. A number may carry one letter right after it, before a separator:
 * Pháp lệnh 44B-LCT/HĐNN8 (symbols before 2001), Công văn 1353A/BNG-LS, Quyết định 12a/2005/QĐ-UBND — a document
 * of its own, not number 44. The separator is what makes it a symbol: "khoản 2a", "Điều 5a" have none.
 */
import { fold } from '../../text/fold.ts';
import { memo } from './memo.ts';
import { endOf } from './sticky.ts';
import { ASSEMBLY_CODE, ASSEMBLY_TYPES, OPT_GAP, SEGMENT_DISPLAY, TYPE_CODES, isPartyIssuer } from './type-words.ts';

/**
 * Candidate số ký hiệu in folded text. Bounded everywhere ({0,2} spaces, ≤ 4 letter segments of ≤ 12 chars) so
 * "1/1/1/…" or long digit runs fail in constant time per position; the lookbehind skips the middle of "115.000"
 * and of digit/slash runs.
 */
const SEP = `${OPT_GAP}[-/]${OPT_GAP}`;
const SEG = '[a-z][a-z0-9]{0,11}';
/** The number, with its letter if it has one (a separator must follow either way). */
const NUMBER = '\\d{1,5}[a-z]?';
export const SYMBOL_CANDIDATE = new RegExp(
  `(?<![0-9a-z/.-])${NUMBER}(?:${SEP}(?:19|20)\\d\\d)?${SEP}${SEG}(?:${SEP}${SEG}){0,3}(?![a-z0-9])`,
  'g',
);

export interface SymbolToken {
  /** Folded span. */
  start: number;
  end: number;
  /** Folded: "80", "01", "44b". */
  number: string;
  year?: string;
  /** Upper-case ASCII letter segments: ["ND", "CP"]. */
  segments: string[];
  /** Separators in order, "-" or "/": one after the number, one after the year, one between segments. */
  separators: string[];
  /** Folded start of each letter segment (for the upper-case test on spaced separators). */
  segmentStarts: number[];
  /** Whether whitespace surrounds the separator before each letter segment ("80 / 2020 / NĐ - CP"). */
  spaced: boolean[];
}

const STEP = new RegExp(SEP, 'y');
const NUMBER_AT = new RegExp(NUMBER, 'y');
const YEAR = /(?:19|20)\d\d(?![0-9a-z])/y;
const LETTERS = /[a-z][a-z0-9]{0,11}(?![a-z0-9])/y;

/** The separator ("-" or "/") in a step from `at` to `end`: the one character that is not whitespace. */
function separatorIn(folded: string, at: number, end: number): string {
  let i = at;
  while (i < end && folded[i] !== '-' && folded[i] !== '/') i++;
  return folded[i];
}

/** Tokenizes a candidate found by SYMBOL_CANDIDATE (or any folded text starting with a number). */
export function tokenize(folded: string, start: number, end = folded.length): SymbolToken | null {
  const numberEnd = endOf(NUMBER_AT, folded, start);
  if (numberEnd < 0) return null;
  const token: SymbolToken = {
    start,
    end: numberEnd,
    number: folded.slice(start, numberEnd),
    segments: [],
    separators: [],
    segmentStarts: [],
    spaced: [],
  };
  let at = numberEnd;
  while (at < end && token.segments.length < 4) {
    const next = endOf(STEP, folded, at);
    if (next < 0 || next > end) break;
    if (!token.segments.length && token.year === undefined) {
      const yearEnd = endOf(YEAR, folded, next);
      if (yearEnd >= 0) {
        token.separators.push(separatorIn(folded, at, next));
        token.year = folded.slice(next, yearEnd);
        at = token.end = yearEnd;
        continue;
      }
    }
    const lettersEnd = endOf(LETTERS, folded, next);
    if (lettersEnd < 0 || lettersEnd > end) break;
    token.separators.push(separatorIn(folded, at, next));
    token.segments.push(folded.slice(next, lettersEnd).toUpperCase());
    token.segmentStarts.push(next);
    token.spaced.push(next - at > 1);
    at = token.end = lettersEnd;
  }
  // A year with no letters after it is a date fragment, not part of a symbol.
  return token.segments.length ? token : null;
}

export interface SymbolInfo {
  /** Without leading zeros, letter in capitals: "80", "1" (for 01), "44B". */
  number: string;
  year?: string;
  segments: string[];
  separators: string[];
  /** The document family the issuer segment implies. */
  party: boolean;
  /** Type code (upper-case ASCII) when the symbol carries one; undefined for a Công văn. */
  typeCode?: string;
  /** Loại văn bản the code allows ("Công văn" when there is no code). */
  types: string[];
  /** Exact lookup key: separators kept, ASCII upper-case, number without leading zeros: "80/2020/ND-CP". */
  key: string;
  /** Separator-blind key: "16|KL|TW" matches both 16-KL/TW and 16/KL-TW. */
  looseKey: string;
  /** Year-blind key, to recognise 80/2022/NĐ-CP as 80/2020/NĐ-CP written with a wrong year. */
  yearlessKey: string;
  /** Separators follow the convention of the issuer's family. */
  wellFormed: boolean;
  /** The conventional shape, with display casing: "16-KL/TW", "80/2020/NĐ-CP". */
  canonical: string;
}

const described = memo<SymbolInfo>(10000);

/** Parse of a token; memoised, as a text cites the same few symbols again and again. */
export function describe(token: Pick<SymbolToken, 'number' | 'year' | 'segments' | 'separators'>): SymbolInfo {
  const key = `${token.number}|${token.year ?? ''}|${token.segments.join(' ')}|${token.separators.join('')}`;
  return described(key, () => describeUncached(token));
}

function describeUncached(token: Pick<SymbolToken, 'number' | 'year' | 'segments' | 'separators'>): SymbolInfo {
  const { year, segments, separators } = token;
  // A letter after the number is written in capitals (the catalogue's schema asks for 44B-…); 12a = 12A.
  const number = token.number.toUpperCase();
  const n = number.replace(/^0+(?=\d)/, '');
  const last = segments[segments.length - 1];
  const party = isPartyIssuer(last) && !ASSEMBLY_CODE.test(segments[0]);
  const first = segments[0];
  const code = ASSEMBLY_CODE.test(first)
    ? 'QH'
    : (segments.length > 1 || party) && TYPE_CODES[first]
      ? first
      : undefined;
  const types = code === 'QH' ? ASSEMBLY_TYPES : code ? TYPE_CODES[code].types : ['Công văn'];
  const parts = [n, ...(year ? [year] : []), ...segments];
  const key = parts.map((p, i) => (i ? separators[i - 1] : '') + p).join('');
  const expected = expectedSeparators(party, year !== undefined, segments.length);
  const display = segments.map((s, i) => (i === 0 && code && code !== 'QH' ? TYPE_CODES[code].display : SEGMENT_DISPLAY[s] ?? s));
  const canonicalParts = [number, ...(year ? [year] : []), ...display];
  return {
    number: n,
    year,
    segments,
    separators,
    party,
    typeCode: code,
    types,
    key,
    looseKey: parts.join('|'),
    yearlessKey: [n, ...segments].join('|'),
    wellFormed: expected.join('') === separators.join(''),
    canonical: canonicalParts.map((p, i) => (i ? expected[i - 1] : '') + p).join(''),
  };
}

function expectedSeparators(party: boolean, hasYear: boolean, segmentCount: number): string[] {
  if (party) return ['-', '/', ...Array(Math.max(0, segmentCount - 2)).fill('-')];
  return [...(hasYear ? ['/'] : []), '/', ...Array(Math.max(0, segmentCount - 1)).fill('-')];
}

/** Parses a whole số ký hiệu string ("80/2020/NĐ-CP", "36-NQ/TW"); null when it is not one. */
export function parseSymbol(text: string): SymbolInfo | null {
  const folded = fold(text).text.trim();
  const token = tokenize(folded, 0);
  if (!token || token.end !== folded.length) return null;
  return describe(token);
}
