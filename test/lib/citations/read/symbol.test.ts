import { describe, expect, it } from 'vitest';
import { parseSymbol } from '../../../../src/lib/citations/read/symbol.ts';

describe('parseSymbol: the shapes of số ký hiệu', () => {
  it.each([
    // Party resolution: hyphen after the number, issuer after the slash
    ['36-NQ/TW', { key: '36-NQ/TW', typeCode: 'NQ', party: true, wellFormed: true, canonical: '36-NQ/TW' }],
    // Government resolution: slash after the number
    ['27/NQ-CP', { key: '27/NQ-CP', typeCode: 'NQ', party: false, wellFormed: true, canonical: '27/NQ-CP' }],
    // decree with its year inside
    ['80/2020/NĐ-CP', { key: '80/2020/ND-CP', year: '2020', typeCode: 'ND', canonical: '80/2020/NĐ-CP' }],
    // Party decision (QĐ may be Quyết định or Quy định: both types allowed)
    ['272-QĐ/TW', { key: '272-QD/TW', types: ['Quyết định', 'Quy định'], canonical: '272-QĐ/TW' }],
    // provincial plan
    ['92/KH-UBND', { key: '92/KH-UBND', typeCode: 'KH', party: false }],
    // provincial Party committee plan (seed 002)
    ['149-KH/TU', { key: '149-KH/TU', party: true, wellFormed: true }],
    // official letter: no type code, so a Công văn; SNgV keeps its small g (seed 001)
    ['1353/SNgV-ĐN', { key: '1353/SNGV-DN', typeCode: undefined, types: ['Công văn'], canonical: '1353/SNgV-ĐN' }],
    // action programme of a Party committee (seed 003): CTr with a small r
    ['45-CTr/TU', { key: '45-CTR/TU', typeCode: 'CTR', canonical: '45-CTr/TU' }],
    // law of the National Assembly, term inside the code
    ['68/2020/QH14', { key: '68/2020/QH14', typeCode: 'QH', types: ['Luật', 'Nghị quyết', 'Pháp lệnh'] }],
    // Prime Minister's decision: TTg keeps its small g
    ['1797/QĐ-TTg', { key: '1797/QD-TTG', canonical: '1797/QĐ-TTg' }],
    // leading zeros do not change the key (01/NQ-CP = 1/NQ-CP) but stay in the canonical form
    ['01/NQ-CP', { key: '1/NQ-CP', number: '1', canonical: '01/NQ-CP' }],
  ])('%s', (text, expected) => expect(parseSymbol(text)).toMatchObject(expected));

  it.each([
    // ASCII D typed for Đ
    ['80/2020/ND-CP', '80/2020/NĐ-CP'],
    // Đ typed as Icelandic eth
    ['80/2020/N\u00d0-CP', '80/2020/NĐ-CP'],
    // Đ typed as African D
    ['1797/Q\u0189-TTg', '1797/QĐ-TTg'],
    // spaces around the separators
    ['80 / 2020 / NĐ - CP', '80/2020/NĐ-CP'],
    // lower case
    ['36-nq/tw', '36-NQ/TW'],
    // decomposed Unicode
    ['80/2020/NĐ-CP'.normalize('NFD'), '80/2020/NĐ-CP'],
    // a line break inside (PDF)
    ['80/2020/NĐ-\nCP', '80/2020/NĐ-CP'],
  ])('%j has the key of %s', (typed, real) => expect(parseSymbol(typed)?.key).toBe(parseSymbol(real)?.key));

  it.each([
    // seed 000: the State shape with a Party issuer
    ['16/KL-TW', '16-KL/TW'],
    // the Party shape with a State issuer
    ['27-NQ/CP', '27/NQ-CP'],
    // a slash between the code and the issuer of a decree
    ['80/2020/NĐ/CP', '80/2020/NĐ-CP'],
  ])('%s is malformed; the convention writes %s', (typed, canonical) => {
    const parsed = parseSymbol(typed)!;
    expect(parsed.wellFormed).toBe(false);
    expect(parsed.canonical).toBe(canonical);
    expect(parsed.looseKey).toBe(parseSymbol(canonical)!.looseKey);
  });

  it('keeps the year out of the year-blind key, so a wrong year can be recognised', () => {
    expect(parseSymbol('80/2022/NĐ-CP')!.yearlessKey).toBe(parseSymbol('80/2020/NĐ-CP')!.yearlessKey);
  });

  it.each([
    // a date
    ['15/6/2023'],
    // a range of years
    ['2016-2020'],
    // money
    ['115.000.000'],
    // a number with no code
    ['22'],
    // the blank number of a report's own symbol
    ['/BC-SNV'],
  ])('%s is not a symbol', (text) => expect(parseSymbol(text)).toBeNull());
});
