/**
 * Khóa (the term of a Party or National Assembly body) after an issuer or a plenum: "khóa IX", "(khóa XI)",
 * "khóa 12", "khóa XII, nhiệm kỳ 2016 - 2021". The catalogue writes it in Roman numerals (schema `term`), so
 * Arabic numbers are converted; "nhiệm kỳ" with its years only restates the khóa and is read past.
 */
import { endOf } from './sticky.ts';

const OPEN = /\s*,?\s*(\(\s*)?khoa\s+([ivxl]{1,6}|[1-9]\d?)(?![a-z0-9])/y;
const PERIOD = /\s*,?\s*nhiem\s+ky\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d(?!\d)/y;
const CLOSE = /\s*\)/y;

const ROMAN: [number, string][] = [[40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 12 → "XII" (terms run below 50). */
function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/** The khóa written at folded offset `at` (after optional spaces and a comma), in Roman numerals, or null. */
export function termAt(folded: string, at: number): { term: string; end: number } | null {
  OPEN.lastIndex = at;
  const open = OPEN.exec(folded);
  if (!open) return null;
  let end = OPEN.lastIndex;
  const period = endOf(PERIOD, folded, end);
  if (period >= 0) end = period;
  // "(khóa XI)": the parenthesis closes, or the khóa is not read at all.
  if (open[1]) {
    end = endOf(CLOSE, folded, end);
    if (end < 0) return null;
  }
  const term = /^\d/.test(open[2]) ? roman(Number(open[2])) : open[2].toUpperCase();
  return { term, end };
}
