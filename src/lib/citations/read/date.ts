/**
 * Dates in citations: "05/4/2016", "5/4/2016", "05-4-2016", "08 tháng 5 năm 2024" (seed 002: "ngày 08 tháng 5
 * năm 2024"), on folded text. Only full calendar dates count; "ngày   tháng 5 năm 2021" (a blank heading date) does not.
 */
import { isoDate } from '../../format/date.ts';

/** Sticky: a date starting exactly at lastIndex of folded text. */
const NUMERIC = /(\d{1,2})\s{0,2}([/.-])\s{0,2}(\d{1,2})\s{0,2}\2\s{0,2}(\d{4})(?![\d/])/y;
const WORDS = /(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})(?!\d)/y;

export interface DateMatch {
  /** Folded span. */
  start: number;
  end: number;
  /** ISO YYYY-MM-DD. */
  iso: string;
}

/** The date written at folded offset `at`, or null. */
export function dateAt(folded: string, at: number): DateMatch | null {
  NUMERIC.lastIndex = at;
  const numeric = NUMERIC.exec(folded);
  if (numeric) {
    const iso = isoDate(numeric[4], numeric[3], numeric[1]);
    return iso ? { start: at, end: NUMERIC.lastIndex, iso } : null;
  }
  WORDS.lastIndex = at;
  const words = WORDS.exec(folded);
  if (words) {
    const iso = isoDate(words[3], words[2], words[1]);
    return iso ? { start: at, end: WORDS.lastIndex, iso } : null;
  }
  return null;
}

/**
 * The date a text is checked as of, from a partial report date: a report dated "2023" or "2021-05" (the seeds
 * leave the day blank) is read as of the last day of that period.
 */
export function endOfPeriod(partial: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(partial)) return partial;
  if (/^\d{4}$/.test(partial)) return `${partial}-12-31`;
  const [y, m] = partial.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${partial}-${String(last).padStart(2, '0')}`;
}
