import { describe, expect, it } from 'vitest';
import { dateAt, endOfPeriod } from '../../../../src/lib/citations/read/date.ts';
import { foldPhrase } from '../../../../src/lib/text/fold.ts';

/** The date a whole phrase writes (after an optional "ngày"), as the finder reads it; null when not a full date. */
function parseDate(text: string): string | null {
  const folded = foldPhrase(text).replace(/^ngay /, '');
  const match = dateAt(folded, 0);
  return match && match.end === folded.length ? match.iso : null;
}

describe('dateAt', () => {
  it.each([
    // dd/mm/yyyy as the seeds write it
    ['05/4/2016', '2016-04-05'],
    // d/m/yyyy
    ['8/7/2020', '2020-07-08'],
    // with "ngày"
    ['ngày 14/02/2012', '2012-02-14'],
    // dashes and dots
    ['05-4-2016', '2016-04-05'],
    ['05.4.2016', '2016-04-05'],
    // words (seed 002: "ngày 08 tháng 5 năm 2024")
    ['ngày 08 tháng 5 năm 2024', '2024-05-08'],
    ['15 tháng 6 năm 2023', '2023-06-15'],
    // upper case, decomposed
    ['NGÀY 15 THÁNG 6 NĂM 2023'.normalize('NFD'), '2023-06-15'],
  ])('%j → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([
    // no such day
    ['31/02/2021'],
    // the blank heading date of the seeds
    ['ngày tháng 5 năm 2021'],
    // month and year only
    ['5/2021'],
    // mixed separators
    ['05/4-2016'],
  ])('%j is not a full date', (text) => expect(parseDate(text)).toBeNull());
});

describe('endOfPeriod', () => {
  it.each([
    // a report dated only by year is checked as of its last day
    ['2023', '2023-12-31'],
    // by month
    ['2021-05', '2021-05-31'],
    ['2024-02', '2024-02-29'],
    // a full date is itself
    ['2019-11-25', '2019-11-25'],
  ])('%s → %s', (partial, iso) => expect(endOfPeriod(partial)).toBe(iso));
});
