/**
 * A plenum (hội nghị) of the Party Central Committee, as texts name the resolutions it adopted, read on folded
 * text right after "Nghị quyết": "Trung ương 4 khóa XII", "Hội nghị Trung ương 6 khóa X", "Hội nghị lần thứ
 * tám Ban Chấp hành Trung ương Đảng khóa XI", "Trung ương 8 (khóa XI)", "TW 4". The number is read from digits
 * or ordinal words (lần thứ tám → 8), the khóa by termAt (in Roman numerals, as the catalogue's `term`).
 */
import { foldPhrase } from '../../text/fold.ts';
import { endOf } from './sticky.ts';
import { termAt } from './term.ts';
import { GAP, OPT_GAP } from './type-words.ts';

export interface Plenum {
  number: number;
  term?: string;
  /** Folded end of what was read. */
  end: number;
}

const MEETING = new RegExp(`hoi${GAP}nghi${GAP}`, 'y');
const CENTRAL = new RegExp(`(?:trung${GAP}uong|tw)(?![a-z])${OPT_GAP}`, 'y');
/**
 * Ban Chấp hành Trung ương (Đảng), not that of a mass organisation, which numbers its plenums too: "Ban Chấp
 * hành Trung ương Đoàn", "… Hội Nông dân", "… Mặt trận", "… Công đoàn".
 */
const COMMITTEE = new RegExp(
  `(?:ban${GAP}chap${GAP}hanh|bch)${OPT_GAP}(?:trung${GAP}uong|tw)` +
    `(?:${GAP}dang(?:${GAP}cong${GAP}san${GAP}viet${GAP}nam)?)?(?![a-z])(?!${GAP}(?:doan|hoi|mat|cong)(?![a-z]))`,
  'y',
);
const SPACE = new RegExp(GAP, 'y');
const ORDINAL_LEAD = new RegExp(`lan${GAP}thu${GAP}`, 'y');
/** 1 to 99, not the start of a date or a decimal ("4/2016", "4.5"). */
const DIGITS = /[1-9]\d?(?!\d|[/.-]\d|[a-z])/y;
const WORD = new RegExp(`${OPT_GAP}([a-z]+)(?![a-z])`, 'y');

/** Ordinal words, folded: "thứ nhất" 1, "thứ tư" 4 … "thứ chín" 9; "mười" 10 and "hai mươi" 20 take a unit after. */
const FIRST: Record<string, number> = { nhat: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
/** Units after "mười": "mười một", "mười lăm", "mười tư" ("mười năm" is ten years, not fifteen). */
const AFTER_TENS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };

function wordAt(folded: string, at: number): { word: string; end: number } | null {
  WORD.lastIndex = at;
  const word = WORD.exec(folded);
  return word ? { word: word[1], end: WORD.lastIndex } : null;
}

/** "tám" → 8, "mười hai" → 12, "hai mươi mốt" → 21. */
function ordinalWordsAt(folded: string, at: number): { value: number; end: number } | null {
  const first = wordAt(folded, at);
  const unit = first && FIRST[first.word];
  if (!first || (first.word !== 'muoi' && !unit)) return null;
  const tens = first.word === 'muoi' ? first : unit === 2 ? wordAt(folded, first.end) : null;
  if (tens?.word !== 'muoi') return { value: unit!, end: first.end };
  const value = tens === first ? 10 : 20;
  const next = wordAt(folded, tens.end);
  const more = next ? AFTER_TENS[next.word] : undefined;
  return more ? { value: value + more, end: next!.end } : { value, end: tens.end };
}

/** The plenum's number at `at`: digits, or "lần thứ" and digits or words. */
function numberAt(folded: string, at: number): { value: number; end: number } | null {
  const lead = endOf(ORDINAL_LEAD, folded, at);
  const from = lead >= 0 ? lead : at;
  const digits = endOf(DIGITS, folded, from);
  if (digits >= 0) return { value: Number(folded.slice(from, digits)), end: digits };
  return lead >= 0 ? ordinalWordsAt(folded, from) : null;
}

/** End of "Ban Chấp hành Trung ương Đảng" after a space at `at`, or -1. */
function committeeAfter(folded: string, at: number): number {
  const space = endOf(SPACE, folded, at);
  return space < 0 ? -1 : endOf(COMMITTEE, folded, space);
}

/**
 * The number, in the three orders texts use: "[Hội nghị] Trung ương 8 [Ban Chấp hành …]", "Hội nghị lần thứ 8
 * Ban Chấp hành Trung ương", "Hội nghị Ban Chấp hành Trung ương lần thứ 8". A "Hội nghị lần thứ 8" without the
 * Central Committee may be any body's meeting.
 */
function plenumNumberAt(folded: string, at: number): { value: number; end: number } | null {
  const meeting = endOf(MEETING, folded, at);
  const from = meeting >= 0 ? meeting : at;
  const central = endOf(CENTRAL, folded, from);
  if (central >= 0) {
    const number = numberAt(folded, central);
    const committee = number ? committeeAfter(folded, number.end) : -1;
    return number && committee >= 0 ? { ...number, end: committee } : number;
  }
  if (meeting < 0) return null;
  const committee = endOf(COMMITTEE, folded, from);
  if (committee >= 0) {
    const space = endOf(SPACE, folded, committee);
    return space >= 0 && endOf(ORDINAL_LEAD, folded, space) >= 0 ? numberAt(folded, space) : null;
  }
  const number = endOf(ORDINAL_LEAD, folded, from) >= 0 ? numberAt(folded, from) : null;
  const end = number ? committeeAfter(folded, number.end) : -1;
  return number && end >= 0 ? { ...number, end } : null;
}

/** The plenum named at folded offset `at` (right after "Nghị quyết "), or null. */
export function plenumAt(folded: string, at: number): Plenum | null {
  const number = plenumNumberAt(folded, at);
  if (!number) return null;
  const term = termAt(folded, number.end);
  return term ? { number: number.value, term: term.term, end: term.end } : { number: number.value, end: number.end };
}

const NAMED = /^nghi\s+quyet\s+(?:cua\s+)?/;

/**
 * A catalogue name that states its plenum ("Nghị quyết Trung ương 4 khóa XII về hội nhập kinh tế quốc tế"): the
 * plenum, and what the name says after it (folded), or null.
 */
export function parsePlenumName(name: string): (Omit<Plenum, 'end'> & { rest: string }) | null {
  const folded = foldPhrase(name);
  const lead = NAMED.exec(folded);
  const plenum = lead && plenumAt(folded, lead[0].length);
  return plenum ? { number: plenum.number, term: plenum.term, rest: folded.slice(plenum.end) } : null;
}
