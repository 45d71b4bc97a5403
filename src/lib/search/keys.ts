import { foldWords } from '../text/fold.ts';

/*
 * Search keys: one spelling for the many ways staff type a symbol or a name. "80/2020/NĐ-CP",
 * "80/2020/ND-CP", "80 2020 nd cp" and "Nghị định số 80/2020/NĐ-CP" all reduce to word lists that compare
 * equal. The words are folded as the citation engine folds them (text/fold.ts).
 */

/**
 * Lower-case ASCII words of a text: marks dropped, đ→d, every run of other characters a break, numbers
 * without leading zeros ("01/NQ-CP" → 1 nq cp), and the filler "số" before a number dropped.
 */
export function keyWords(text: string): string[] {
  return foldWords(text).map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));
}

/** The key a text is looked up by: its key words joined by single spaces. */
export function searchKey(text: string): string {
  return keyWords(text).join(' ');
}

export interface SymbolParts {
  /** Số, without leading zeros: "1" for 01/NQ-CP. */
  number: string;
  /** Year when the symbol carries one (80/2020/NĐ-CP). */
  year?: string;
  /** The ký hiệu words after number and year: ["nd", "cp"], ["nq", "tw"], ["qh14"]. */
  code: string[];
  /** The first code word without trailing digits, as staff abbreviate the type: "nd", "qd", "qh". */
  abbr?: string;
}

const YEAR = /^(19|20)\d\d$/;

/** Splits a số ký hiệu into its parts; undefined unless it starts with a number. */
export function symbolParts(symbol: string): SymbolParts | undefined {
  const [number, ...rest] = keyWords(symbol);
  if (!number || !/^\d+$/.test(number)) return undefined;
  const year = rest[0] && YEAR.test(rest[0]) && /[/-]\s*(19|20)\d\d\b/.test(symbol) ? rest.shift() : undefined;
  const abbr = rest[0]?.replace(/\d+$/, '') || undefined;
  return { number, ...(year ? { year } : {}), code: rest, ...(abbr ? { abbr } : {}) };
}

/**
 * A whole số ký hiệu inside free text: a number, an optional year, then a ký hiệu that starts with a
 * letter ("80/2020/NĐ-CP", "36-NQ/TW", "12-nq/tw", "68/2020/QH14"). Dates ("08/7/2020") and ranges
 * ("2011-2020") do not match.
 */
export const SYMBOL_IN_TEXT = /(?<![\p{L}\d])\d+[A-Za-z]?(?:\/(?:19|20)\d\d)?\s?[/-]\s?\p{L}[\p{L}\d]*(?:\s?[-/]\s?[\p{L}\d]+)*/u;

/** A number with its year and nothing else: "80/2020", "80-2020", "80 / 2020"; not a period ("2011-2020"). */
export const NUMBER_YEAR = /^\s*(?:số\s+)?(?!(?:19|20)\d\d\s*[/-])(\d+)\s*[/-]\s*((?:19|20)\d\d)\s*$/iu;
