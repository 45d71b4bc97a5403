/**
 * Dates in citations: "05/4/2016", "5/4/2016", "05-4-2016", "08 tháng 5 năm 2024" (seed 002: "ngày 08 tháng 5
 * năm 2024"), on folded text. Only full calendar dates count; "ngày   tháng 5 năm 2021" (a blank heading date) does not.
 */

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

/** Parses a date as people write it ("8/7/2020", "ngày 15 tháng 6 năm 2023"); null when it is not a full date. */
export function parseDate(text: string): string | null {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*ngay\s+/, '')
    .trim();
  const match = dateAt(folded, 0);
  return match && match.end === folded.length ? match.iso : null;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO date from its parts, or null when there is no such calendar day (31/02). */
export function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DAYS[m - 1])) return null;
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
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
