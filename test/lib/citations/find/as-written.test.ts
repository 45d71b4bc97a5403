/**
 * Citations as people really write them (issue 11): number-only short forms followed by their date, issuer or
 * year; abbreviated types; lower-case type words; laws by name with year and qualifier, known to the catalogue
 * or not; dates and issuers that belong to the clause, not to the citation next to them.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../../src/lib/citations/find/find.ts';
import { buildCatalogueIndex } from '../../../../src/lib/citations/resolve/catalogue-index.ts';
import { catalogue } from '../fixtures.ts';

const names = buildCatalogueIndex(catalogue).names;

function cites(text: string) {
  return findCitations(text, { names }).map((c) => ({
    kind: c.kind,
    text: c.text,
    ...('typeWord' in c && c.typeWord && { type: c.typeWord.label }),
    ...(c.date && { date: c.date.iso }),
    ...(c.issuer && { issuer: c.issuer.body }),
    ...(c.year && { year: c.year }),
    ...(c.kind === 'law-name' && c.revised && { revised: true }),
    ...(c.kind === 'law-name' && c.amends && { amends: c.amends }),
  }));
}

describe('a type word with a bare number, and what follows it', () => {
  it.each([
    // "ngày" followed by a date goes on with the citation (not a count of days)
    ['Chỉ thị 45 ngày 19/5/2015 của Bộ Chính trị về', [{ kind: 'number', text: 'Chỉ thị 45 ngày 19/5/2015 của Bộ Chính trị', date: '2015-05-19', issuer: 'bo-chinh-tri' }]],
    // "ban hành năm" gives a year, not a date
    ['Nghị quyết 22 ban hành năm 2013 về hội nhập', [{ kind: 'number', text: 'Nghị quyết 22 ban hành năm 2013', year: '2013' }]],
    // "năm" with a year right after the number
    ['theo Nghị quyết 22 năm 2013,', [{ kind: 'number', text: 'Nghị quyết 22 năm 2013', year: '2013' }]],
    // "của" and the issuer
    ['Kết luận 57 của Bộ Chính trị đã', [{ kind: 'number', text: 'Kết luận 57 của Bộ Chính trị', issuer: 'bo-chinh-tri' }]],
    // a date in words
    ['Chỉ thị 45 ngày 19 tháng 5 năm 2015', [{ kind: 'number', date: '2015-05-19' }]],
    // lower-case type words are citations too
    ['theo công văn 1353 và kế hoạch 92', [{ kind: 'number', text: 'công văn 1353', type: 'Công văn' }, { kind: 'number', text: 'kế hoạch 92', type: 'Kế hoạch' }]],
    // a new type of the wider catalogue
    ['Đề án 06 và Pháp lệnh 02', [{ kind: 'number', type: 'Đề án' }, { kind: 'number', type: 'Pháp lệnh' }]],
  ])('%s', (text, expected) => expect(cites(text)).toMatchObject(expected));

  it.each([
    // counts stay counts: "2 năm", "10 ngày", "3 ban"
    ['Kế hoạch 2 năm; Chương trình 10 ngày; Kế hoạch 3 ban chỉ đạo'],
    // "năm" followed by something else than a year
    ['Kế hoạch 5 năm tới'],
  ])('%s is not a citation', (text) => expect(cites(text)).toEqual([]));
});

describe('abbreviated types', () => {
  it.each([
    // NĐ + number/year
    ['theo NĐ 80/2020 của Chính phủ', [{ kind: 'number', text: 'NĐ 80/2020 của Chính phủ', type: 'Nghị định' }]],
    // QĐ before a full symbol
    ['QĐ 06/2020/QĐ-TTg', [{ kind: 'full', type: 'Quyết định' }]],
    // NQ, CT, KL with a bare number
    ['NQ 59, CT 12 và KL 57', [{ kind: 'number', type: 'Nghị quyết' }, { kind: 'number', type: 'Chỉ thị' }, { kind: 'number', type: 'Kết luận' }]],
    // TT with number and year, and the full Thông tư symbol
    ['TT 09/2025 và Thông tư 09/2025/TT-BNG', [{ kind: 'number', type: 'Thông tư' }, { kind: 'full', type: 'Thông tư' }]],
    // ASCII "ND" typed without the bar
    ['ND 80/2020', [{ kind: 'number', type: 'Nghị định' }]],
  ])('%s', (text, expected) => expect(cites(text)).toMatchObject(expected));

  it.each([
    // lower-case letters are words, not abbreviations
    ['ct 12 và nq 59'],
    // "HĐ" (hợp đồng) is not "HD" (Hướng dẫn)
    ['HĐ 05/2020'],
  ])('%s is not a citation', (text) => expect(cites(text)).toEqual([]));
});

describe('laws by name', () => {
  it.each([
    // the year belongs to the name
    ['Luật Quốc tịch Việt Nam năm 1998 quy định', [{ kind: 'law-name', text: 'Luật Quốc tịch Việt Nam năm 1998', year: '1998' }]],
    // "(sửa đổi)" is a qualifier of the name
    ['Luật Cư trú (sửa đổi) có hiệu lực', [{ kind: 'law-name', text: 'Luật Cư trú (sửa đổi)', revised: true }]],
    // the amending law is one citation, not the law it amends
    ['Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam được thông qua', [{ kind: 'law-name', amends: 'luat quoc tich viet nam' }]],
    // …also when the catalogue has no such amending law
    ['Luật sửa đổi, bổ sung một số điều của Luật Cư trú', [{ kind: 'law-name', text: 'Luật sửa đổi, bổ sung một số điều của Luật Cư trú', amends: 'luat cu tru' }]],
    // a longer name is never cut down to a shorter known one
    ['Luật Tương trợ tư pháp về dân sự.', [{ kind: 'law-name', text: 'Luật Tương trợ tư pháp về dân sự' }]],
    // names the catalogue lacks are still found
    ['Luật Biên giới quốc gia và Luật Đầu tư;', [{ kind: 'law-name', text: 'Luật Biên giới quốc gia' }, { kind: 'law-name', text: 'Luật Đầu tư' }]],
    // "phòng, chống" is the one comma inside a name
    ['Luật Phòng, chống tham nhũng quy định', [{ kind: 'law-name', text: 'Luật Phòng, chống tham nhũng' }]],
    // "về việc …" after a name is a clause, not part of it
    ['Luật Cư trú về việc đăng ký thường trú', [{ kind: 'law-name', text: 'Luật Cư trú' }]],
  ])('%s', (text, expected) => expect(cites(text)).toMatchObject(expected));

  it.each([
    // "pháp luật" and a lower-case "luật" are not names
    ['tuyên truyền pháp luật về luật đất đai'],
  ])('%s is not a citation', (text) => expect(cites(text)).toEqual([]));
});

describe('dates and issuers belong to their clause', () => {
  it.each([
    // the date opens the next clause: not this citation's
    [
      'Thực hiện Kết luận số 57-KL/TW, ngày 20/9/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 149-KH/TU',
      [{ kind: 'full', text: 'Kết luận số 57-KL/TW' }, { kind: 'full', text: 'Kế hoạch số 149-KH/TU', date: '2023-09-20', issuer: 'tinh-uy' }],
    ],
    // the date and issuer written before the citation, in the clause that introduces it
    ['Ngày 19/5/2015, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW về', [{ kind: 'full', text: 'Chỉ thị số 45-CT/TW', date: '2015-05-19', issuer: 'bo-chinh-tri' }]],
    // a year instead of a date
    ['Năm 2013, Bộ Chính trị đã ban hành Nghị quyết 22 về hội nhập', [{ kind: 'number', text: 'Nghị quyết 22', year: '2013', issuer: 'bo-chinh-tri' }]],
    // a citation's own date wins over the clause's
    ['Ngày 01/6/2015, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW ngày 19/5/2015', [{ date: '2015-05-19' }]],
    // a comma before "ngày" and "của" after the date: still the citation's own (seed 002)
    ['Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy', [{ date: '2024-01-29', issuer: 'tinh-uy' }]],
  ])('%s', (text, expected) => expect(cites(text)).toMatchObject(expected));

  it('marks the clause\'s date and issuer as outside the span', () => {
    const [c] = findCitations('Ngày 12/6/2015, Bộ Chính trị ban hành Chỉ thị 45-CT/TW');
    expect(c.inherited).toEqual(['date', 'issuer']);
  });
});
