/**
 * Numbers with a letter after them (issue 11): Pháp lệnh 44B-LCT/HĐNN8, Quyết định 12a/2005/QĐ-UBND, Công văn
 * 1353A/BNG-LS. The letter belongs to the number when a separator follows it; the document is then another
 * document than number 44, resolved only by its own symbol. "khoản 2a", "Điều 5a", a bare "12a" cite nothing.
 */
import { describe, expect, it } from 'vitest';
import { citeText } from '../../../../src/lib/citations/index.ts';
import { parseSymbol } from '../../../../src/lib/citations/read/symbol.ts';
import { catalogue } from '../fixtures.ts';

/** Each citation as its text, its symbol's key, the catalogue id (or the outcome) and its problems. */
function cite(text: string) {
  return citeText(text, catalogue, { asOf: '2026-01-01', province: 'Quảng Ngãi' }).map((c) => ({
    text: c.text,
    ...('symbol' in c && { key: c.symbol.key }),
    ...(c.pinpoint && { pinpoint: c.pinpoint }),
    resolved: c.resolution.outcome === 'resolved' ? c.resolution.id : `– ${c.resolution.outcome}`,
    problems: c.problems.map((p) => `${p.code}: ${p.suggestion}`),
  }));
}

describe('symbols with a letter after the number', () => {
  it.each([
    // the Pháp lệnh of 1990 as officially written: resolved by its exact symbol, nothing to correct
    [
      'Pháp lệnh số 44B-LCT/HĐNN8 ngày 13/11/1990 của Hội đồng Nhà nước',
      [{ text: 'Pháp lệnh số 44B-LCT/HĐNN8 ngày 13/11/1990 của Hội đồng Nhà nước', key: '44B-LCT/HDNN8', resolved: '44b-lct-hdnn8', problems: [] }],
    ],
    // a small letter is the same symbol (12a = 12A); the check asks for the capital the catalogue writes
    ['Pháp lệnh 44b-LCT/HĐNN8', [{ key: '44B-LCT/HDNN8', resolved: '44b-lct-hdnn8', problems: ['malformed-symbol: Pháp lệnh 44B-LCT/HĐNN8'] }]],
    // a symbol with two segments stands alone, without a type word
    ['theo 44B-LCT/HĐNN8, cơ quan lãnh sự', [{ text: '44B-LCT/HĐNN8', resolved: '44b-lct-hdnn8' }]],
    // "Điều 5a" in front is a pinpoint, not a symbol
    ['Điều 5a của Pháp lệnh số 44B-LCT/HĐNN8', [{ pinpoint: 'Điều 5a', resolved: '44b-lct-hdnn8' }]],
    // a letter after a number with a year: found with the whole symbol; the catalogue lacks it, so unknown
    ['Quyết định số 12a/2005/QĐ-UBND của UBND tỉnh', [{ text: 'Quyết định số 12a/2005/QĐ-UBND của UBND tỉnh', key: '12A/2005/QD-UBND', resolved: '– unknown' }]],
    // a Công văn (no type code) with a letter: found, unknown, never 1353/SNgV-ĐN of the catalogue
    ['Công văn 1353A/BNG-LS', [{ text: 'Công văn 1353A/BNG-LS', key: '1353A/BNG-LS', resolved: '– unknown' }]],
    // 35a is not 35: not linked to Quyết định 35/2014/QĐ-UBND of the same province
    ['Quyết định số 35a/2014/QĐ-UBND ngày 15/7/2014', [{ key: '35A/2014/QD-UBND', resolved: '– unknown' }]],
    // …nor 44 to 44B: the letter is part of the identity
    ['Pháp lệnh số 44-LCT/HĐNN8', [{ key: '44-LCT/HDNN8', resolved: '– unknown' }]],
    // a point of an article numbered with a letter: no separator after "2a", no citation
    ['theo khoản 2a Điều 5 và Điều 5a', []],
    // a bare number with a letter is not a short form ("Kế hoạch 92" is; "Kế hoạch số 12a" names nothing)
    ['Kế hoạch số 12a và số 12a', []],
    // two letters after a number are not a suffix: nothing is read as a symbol
    ['Quyết định số 12ab/QĐ-UBND', []],
    // an address with a letter: what follows the slash is a number, not a code
    ['trụ sở tại số 12A/3 đường Lê Lợi', []],
  ])('%s', (text, expected) => expect(cite(text)).toMatchObject(expected));

  it.each([
    // the letter is kept in the number, in capitals
    ['44B-LCT/HĐNN8', { number: '44B', key: '44B-LCT/HDNN8' }],
    // leading zeros go from the key as for any number, and stay in the canonical form
    ['012a/2005/QĐ-UBND', { number: '12A', key: '12A/2005/QD-UBND', canonical: '012A/2005/QĐ-UBND' }],
  ])('parseSymbol(%s)', (text, expected) => expect(parseSymbol(text)).toMatchObject(expected));
});
