/**
 * What stands right before a citation: its type word ("Nghị quyết số "), a pinpoint ("khoản 2 Điều 8 của"), a
 * verb that says the text itself changes the document ("bãi bỏ"). Each pattern ends where the citation starts,
 * so it is matched as a sticky lookbehind at the end of a bounded window: V8 runs a lookbehind backwards from
 * that one position instead of trying every start in the window.
 */
import type { Span } from './after.ts';
import { dateAt } from '../read/date.ts';
import { issuerAt, type IssuerInfo } from '../read/issuer.ts';
import { GAP, OPT_GAP, typeWord, typeWordSource, type TypeWord } from '../read/type-words.ts';

const TYPE_WINDOW = 48;
const PINPOINT_WINDOW = 96;
const CHANGE_WINDOW = 40;

const TYPE_BEFORE = new RegExp(`(?<=(?<![a-z0-9])(${typeWordSource()})${OPT_GAP}(?:so${OPT_GAP}:?${OPT_GAP})?)`, 'yd');
/** "khoản 2 Điều 8 của Nghị định số 80/2020/NĐ-CP" (seed 001): the pinpoint stays part of the citation. */
const PINPOINT_BEFORE = new RegExp(
  '(?<=(?<![a-z0-9])((?:(?:diem\\s+[a-z]|khoan\\s+\\d{1,3}|dieu\\s+\\d{1,4}[a-z]?|muc\\s+\\d{1,3}|chuong\\s+[ivxl\\d]{1,6}|' +
    'phu\\s+luc(?:\\s+[ivx\\d]{1,5})?)[\\s,]+(?:va\\s+)?)+)(?:cua\\s+|tai\\s+|theo\\s+)?)',
  'yd',
);
/**
 * "Quyết định số 06/2021/QĐ-UBND … bãi bỏ Quyết định số 35/2014/QĐ-UBND" (seed 003): the text itself reports
 * the repeal, so the repealed document is mentioned, not relied on.
 */
const CHANGE_BEFORE = new RegExp(
  `(?<=(?<![a-z0-9])(bai${GAP}bo|thay${GAP}the(?:${GAP}cho)?|het${GAP}hieu${GAP}luc${GAP}cua)${OPT_GAP}(?:cac${GAP})?)`,
  'y',
);

/** Runs a sticky lookbehind at the end of the `size` characters before `at`. */
function behind(pattern: RegExp, folded: string, at: number, size: number): { from: number; match: RegExpExecArray } | null {
  const from = Math.max(0, at - size);
  const window = folded.slice(from, at);
  pattern.lastIndex = window.length;
  const match = pattern.exec(window);
  return match ? { from, match } : null;
}

/** The type word ending (with an optional "số") at folded offset `at`. */
export function typeBefore(folded: string, at: number): (Span & { word: TypeWord }) | undefined {
  const found = behind(TYPE_BEFORE, folded, at, TYPE_WINDOW);
  const span = found?.match.indices?.[1];
  if (!found || !span) return undefined;
  return { fs: found.from + span[0], fe: found.from + span[1], word: typeWord(found.match[1])! };
}

/** A pinpoint ending (with an optional "của") at folded offset `at`. */
export function pinpointBefore(folded: string, at: number): Span | null {
  const found = behind(PINPOINT_BEFORE, folded, at, PINPOINT_WINDOW);
  const span = found?.match.indices?.[1];
  if (!found || !span) return null;
  const trimmed = found.match[1].replace(/[\s,]+(?:va\s+)?$/, '');
  return { fs: found.from + span[0], fe: found.from + span[0] + trimmed.length };
}

export function changeBefore(folded: string, at: number): 'repeal' | 'replace' | undefined {
  const found = behind(CHANGE_BEFORE, folded, at, CHANGE_WINDOW);
  if (!found) return undefined;
  return found.match[1].startsWith('thay') ? 'replace' : 'repeal';
}

const CLAUSE_WINDOW = 160;
/**
 * "Ngày 19/5/2015, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW": the clause that introduces a citation gives its
 * date (or year) and issuer. Anchored at the end of the window (the type word's start); the issuer between is
 * read by issuerAt and must end where the verb begins.
 */
const CLAUSE_BEFORE =
  /(?:^|[^a-z0-9])(?:ngay\s+(\d[\d\s/.-]{5,14}\d|\d{1,2}\s+thang\s+\d{1,2}\s*,?\s*nam\s+\d{4})|nam\s+((?:19|20)\d\d))\s{0,2},?\s{0,2}([a-z][a-z ,\n]{1,100}?)\s+(?:(?:da|vua)\s+)?(?:ky\s+)?ban\s+hanh\s+$/;

export interface ClauseBefore {
  date?: Span & { iso: string };
  year?: string;
  issuer: Span & { info: IssuerInfo };
}

export function clauseBefore(folded: string, at: number): ClauseBefore | null {
  const from = Math.max(0, at - CLAUSE_WINDOW);
  const match = CLAUSE_BEFORE.exec(folded.slice(from, at));
  if (!match) return null;
  const issuerStart = from + match.index + match[0].lastIndexOf(match[3]);
  const issuer = issuerAt(folded, issuerStart);
  if (!issuer || issuer.end !== issuerStart + match[3].length) return null;
  const result: ClauseBefore = { issuer: { fs: issuerStart, fe: issuer.end, info: issuer.info } };
  if (match[2]) return { ...result, year: match[2] };
  const dateStart = from + match.index + match[0].indexOf(match[1]);
  const date = dateAt(folded, dateStart);
  if (!date || date.end !== dateStart + match[1].length) return null;
  return { ...result, date: { fs: date.start, fe: date.end, iso: date.iso } };
}
