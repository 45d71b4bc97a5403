import { describe, expect, it } from 'vitest';
import { documentId, slugify } from '../../../src/lib/format/slug.ts';

describe('documentId', () => {
  it.each([
    // Party symbol: hyphen after the number
    [{ symbol: '36-NQ/TW', level: 'trung-uong', issuedOn: '2004-03-26' }, '36-nq-tw'],
    // State symbol with year; đ folds to d
    [{ symbol: '80/2020/NĐ-CP', level: 'trung-uong', issuedOn: '2020-07-08' }, '80-2020-nd-cp'],
    // Law symbol
    [{ symbol: '24/2008/QH12', level: 'trung-uong', issuedOn: '2008-11-13' }, '24-2008-qh12'],
    // Prime Minister's decision
    [{ symbol: '1797/QĐ-TTg', level: 'trung-uong', issuedOn: '2019-12-12' }, '1797-qd-ttg'],
    // Local: province prefix, year suffix (every province has a 92/KH-UBND)
    [{ symbol: '92/KH-UBND', level: 'tinh', province: 'Quảng Ngãi', issuedOn: '2022-06-03' }, 'quang-ngai-92-kh-ubnd-2022'],
  ])('%o → %s', (doc, id) => expect(documentId(doc)).toBe(id));

  it('slugifies decomposed (NFD) text like composed text', () => {
    expect(slugify('Quảng Ngãi'.normalize('NFD'))).toBe('quang-ngai');
  });
});
