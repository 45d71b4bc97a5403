import { describe, expect, it } from 'vitest';
import { keyWords, NUMBER_YEAR, searchKey, SYMBOL_IN_TEXT, symbolParts } from '../../../src/lib/search/keys.ts';

describe('search keys', () => {
  it('fold marks and đ, lower-case, and break on every separator', () => {
    expect(searchKey('80/2020/NĐ-CP')).toBe('80 2020 nd cp');
    expect(searchKey('80/2020/ND-CP')).toBe('80 2020 nd cp');
    expect(searchKey('  80 - 2020 — nđ cp ')).toBe('80 2020 nd cp');
    expect(searchKey('Đảng ủy')).toBe('dang uy');
    expect(searchKey('Quy chế 272')).toBe('quy che 272');
  });

  it('drop leading zeros and the filler “số” before a number', () => {
    expect(keyWords('01/NQ-CP')).toEqual(['1', 'nq', 'cp']);
    expect(searchKey('Nghị định số 80')).toBe('nghi dinh 80');
    expect(searchKey('Số hiệu')).toBe('so hieu');
  });

  it('treat decomposed (NFD) input like composed input', () => {
    expect(searchKey('Nghị quyết 36'.normalize('NFD'))).toBe('nghi quyet 36');
  });
});

describe('symbolParts', () => {
  it.each([
    ['80/2020/NĐ-CP', { number: '80', year: '2020', code: ['nd', 'cp'], abbr: 'nd' }],
    ['36-NQ/TW', { number: '36', code: ['nq', 'tw'], abbr: 'nq' }],
    ['272-QĐ/TW', { number: '272', code: ['qd', 'tw'], abbr: 'qd' }],
    ['68/2020/QH14', { number: '68', year: '2020', code: ['qh14'], abbr: 'qh' }],
    ['01/NQ-CP', { number: '1', code: ['nq', 'cp'], abbr: 'nq' }],
    ['1353/SNgV-ĐN', { number: '1353', code: ['sngv', 'dn'], abbr: 'sngv' }],
  ])('%s', (symbol, parts) => expect(symbolParts(symbol)).toEqual(parts));

  it('is undefined for text that does not start with a number', () => {
    expect(symbolParts('NĐ-CP')).toBeUndefined();
  });
});

describe('symbols inside text', () => {
  const find = (text: string) => SYMBOL_IN_TEXT.exec(text)?.[0];
  it('finds a whole symbol in a pasted citation', () => {
    expect(find('Nghị định số 80/2022/NĐ-CP ngày 17/9/2020')).toBe('80/2022/NĐ-CP');
    expect(find('theo 12-nq/tw')).toBe('12-nq/tw');
    expect(find('Luật 68/2020/QH14')).toBe('68/2020/QH14');
  });
  it('ignores dates, ranges and bare numbers', () => {
    expect(find('ngày 08/7/2020')).toBeUndefined();
    expect(find('giai đoạn 2011-2020')).toBeUndefined();
    expect(find('Nghị quyết 36')).toBeUndefined();
  });
  it('tells a number with its year', () => {
    expect(NUMBER_YEAR.exec('80/2020')?.slice(1)).toEqual(['80', '2020']);
    expect(NUMBER_YEAR.exec('số 80 - 2020')?.slice(1)).toEqual(['80', '2020']);
    expect(NUMBER_YEAR.exec('2011-2020')).toBeNull();
  });
});
