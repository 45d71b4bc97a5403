import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../../src/lib/citations/find/find.ts';
import { buildCatalogueIndex } from '../../../../src/lib/citations/resolve/catalogue-index.ts';
import { catalogue } from '../fixtures.ts';

const names = buildCatalogueIndex(catalogue).names;

/** The fields a row checks, in a compact form. */
function cites(text: string) {
  return findCitations(text, { names }).map((c) => ({
    kind: c.kind,
    text: c.text,
    ...('typeWord' in c && c.typeWord && { type: c.typeWord.label }),
    ...('symbol' in c && { symbol: c.symbol.written }),
    ...(c.date && { date: c.date.iso }),
    ...(c.issuer && { issuer: c.issuer.body }),
    ...(c.issuer?.province && { province: c.issuer.province }),
    ...(c.issuer?.term && { term: c.issuer.term }),
    ...(c.pinpoint && { pinpoint: c.pinpoint }),
    ...('label' in c && { label: c.label.written }),
  }));
}

describe('findCitations: full citations', () => {
  it.each([
    // the conventional first mention (seed 000)
    ['Nghị quyết số 27/NQ-CP ngày 05/4/2016 của Chính phủ tiếp tục', [{ kind: 'full', text: 'Nghị quyết số 27/NQ-CP ngày 05/4/2016 của Chính phủ', type: 'Nghị quyết', symbol: '27/NQ-CP', date: '2016-04-05', issuer: 'chinh-phu' }]],
    // without "số"
    ['Nghị quyết 36-NQ/TW của Bộ Chính trị', [{ kind: 'full', text: 'Nghị quyết 36-NQ/TW của Bộ Chính trị', symbol: '36-NQ/TW', issuer: 'bo-chinh-tri' }]],
    // khóa after the issuer (seed 000)
    ['Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa IX về công tác', [{ kind: 'full', text: 'Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa IX', term: 'IX' }]],
    // …in parentheses
    ['Nghị quyết số 36-NQ/TW của Bộ Chính trị (khóa IX) về công tác', [{ kind: 'full', text: 'Nghị quyết số 36-NQ/TW của Bộ Chính trị (khóa IX)', term: 'IX' }]],
    // …in Arabic numerals: the catalogue's khóa is Roman
    ['Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa 9 về công tác', [{ kind: 'full', text: 'Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa 9', term: 'IX' }]],
    // …with its nhiệm kỳ, which restates it
    ['Chỉ thị số 12-CT/TW của Ban Bí thư khóa XIII, nhiệm kỳ 2021 - 2026 về', [{ kind: 'full', text: 'Chỉ thị số 12-CT/TW của Ban Bí thư khóa XIII, nhiệm kỳ 2021 - 2026', term: 'XIII' }]],
    // an unclosed parenthesis: the khóa is not read
    ['Nghị quyết số 36-NQ/TW của Bộ Chính trị (khóa IX về công tác', [{ kind: 'full', text: 'Nghị quyết số 36-NQ/TW của Bộ Chính trị' }]],
    // a comma before "ngày" (seed 002)
    ['Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy về', [{ kind: 'full', text: 'Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy', date: '2024-01-29', issuer: 'tinh-uy' }]],
    // a date in words (seed 002)
    ['Công văn số 448/SNgV-LSHTQT ngày 08 tháng 5 năm 2024 của Sở Ngoại vụ tỉnh Lạng Sơn về việc', [{ kind: 'full', type: 'Công văn', date: '2024-05-08', issuer: 'so:ngoai vu', province: 'Lạng Sơn' }]],
    // a date with no "ngày" at all (seed 002: "Công văn số 659/UBND-VHTT 09/4/2024")
    ['Công văn số 659/UBND-VHTT 09/4/2024 về việc', [{ kind: 'full', text: 'Công văn số 659/UBND-VHTT 09/4/2024', date: '2024-04-09' }]],
    // a pinpoint in front is kept (seed 001)
    ['theo quy định tại khoản 2 Điều 8 của Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về', [{ kind: 'full', text: 'khoản 2 Điều 8 của Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ', pinpoint: 'khoản 2 Điều 8' }]],
    // a province named after UBND tỉnh
    ['Kế hoạch số 194/KH-UBND ngày 16/9/2016 của UBND tỉnh Bắc Giang, giai đoạn', [{ kind: 'full', province: 'Bắc Giang', issuer: 'ubnd' }]],
    // the longest type word wins (seed 003)
    ['Chương trình hành động số 45-CTr/TU ngày 19/11/2013', [{ kind: 'full', type: 'Chương trình hành động', symbol: '45-CTr/TU' }]],
    // UPPER-CASE text
    ['NGHỊ ĐỊNH SỐ 80/2020/NĐ-CP NGÀY 08/7/2020 CỦA CHÍNH PHỦ', [{ kind: 'full', type: 'Nghị định', symbol: '80/2020/NĐ-CP', date: '2020-07-08', issuer: 'chinh-phu' }]],
    // a line break in the middle of a citation (text from PDF)
    ['Nghị định số 80/2020/NĐ-\nCP ngày 08/7/2020 của Chính\nphủ', [{ kind: 'full', symbol: '80/2020/NĐ-CP', date: '2020-07-08', issuer: 'chinh-phu' }]],
    // ASCII ND for NĐ, Đ typed as Ð
    ['Nghị định 80/2020/ND-CP và Quyết định 1797/Q\u00d0-TTg', [{ kind: 'full', symbol: '80/2020/ND-CP' }, { kind: 'full', symbol: '1797/Q\u00d0-TTg' }]],
    // spaces around the separators
    ['Nghị định số 80 / 2020 / NĐ - CP ngày 08/7/2020', [{ kind: 'full', symbol: '80/2020/NĐ-CP', date: '2020-07-08' }]],
    // a slash where the hyphen belongs (seed 000)
    ['Kết luận số 16/KL-TW ngày 14/02/2012 của Bộ chính trị về', [{ kind: 'full', symbol: '16/KL-TW', date: '2012-02-14', issuer: 'bo-chinh-tri' }]],
    // the issuer before the date
    ['Chỉ thị số 12-CT/TW của Ban Bí thư ngày 05/01/2022', [{ kind: 'full', issuer: 'ban-bi-thu', date: '2022-01-05' }]],
  ])('%s', (text, expected) => expect(cites(text)).toMatchObject(expected));
});

describe('findCitations: lists', () => {
  it('splits a list sharing a type and a date into one citation per symbol', () => {
    expect(cites('Các Nghị quyết số 01/NQ-CP và 02/NQ-CP ngày 01/01/2021 của Chính phủ.')).toEqual([
      // the first item takes the date and issuer of the last
      { kind: 'full', text: 'Nghị quyết số 01/NQ-CP', type: 'Nghị quyết', symbol: '01/NQ-CP', date: '2021-01-01', issuer: 'chinh-phu' },
      // the second takes the type of the first
      { kind: 'symbol', text: '02/NQ-CP ngày 01/01/2021 của Chính phủ', type: 'Nghị quyết', symbol: '02/NQ-CP', date: '2021-01-01', issuer: 'chinh-phu' },
    ]);
  });

  it('marks what a list item inherited', () => {
    const [first, second] = findCitations('Các Nghị quyết số 01/NQ-CP, 02/NQ-CP ngày 01/01/2021');
    expect(first.inherited).toEqual(['date']);
    expect(second.inherited).toEqual(['type']);
  });

  it('does not share a date across a citation that has its own', () => {
    const [first, second] = findCitations('Nghị quyết số 01/NQ-CP ngày 01/01/2021 và số 02/NQ-CP ngày 02/01/2021');
    expect(first.date?.iso).toBe('2021-01-01');
    expect(second.date?.iso).toBe('2021-01-02');
    expect(second).toMatchObject({ typeWord: { label: 'Nghị quyết' } });
  });
});

describe('findCitations: short forms, aliases and laws', () => {
  it('defines a short form and finds it later (seed 001)', () => {
    const found = findCitations(
      'theo Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi (*sau đây gọi tắt là Kế hoạch số 92*), cụ thể: triển khai Kế hoạch số 92; kết quả Kế hoạch 92. Qua 02 năm thực hiện Kế hoạch 12,',
    );
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      // the definition's own label is not a citation
      ['full', 'Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi'],
      ['short-form', 'Kế hoạch số 92'],
      // "số" is optional in a back-reference
      ['short-form', 'Kế hoạch 92'],
      // not defined: left for resolve to report
      ['number', 'Kế hoạch 12'],
    ]);
    expect(found[0].defines).toBe('Kế hoạch số 92');
    expect(found[1]).toMatchObject({ kind: 'short-form', definedBy: 0 });
  });

  it('reads a bare parenthesised label after the title as a definition (seed 003)', () => {
    const found = findCitations('Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị khóa XI về việc ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại (Quy chế 272); thực hiện Quy chế 272.');
    expect(found[0].title).toBe('về việc ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại');
    expect(found[0].defines).toBe('Quy chế 272');
    expect(found.map((c) => c.kind)).toEqual(['full', 'short-form']);
  });

  it.each([
    // a catalogue alias
    ['thực hiện Nghị quyết 36 của Đảng', [{ kind: 'number', text: 'Nghị quyết 36', label: 'Nghị quyết 36' }]],
    // "số" may appear although the alias has none
    ['Chỉ thị số 12 về đối ngoại nhân dân', [{ kind: 'number', text: 'Chỉ thị số 12' }]],
    // a number with its year
    ['Nghị định 80/2020 về viện trợ', [{ kind: 'number', text: 'Nghị định 80/2020' }]],
    // an abbreviated type with a number (the alias "NQ 36" names it too)
    ['theo NQ 36 của Bộ Chính trị', [{ kind: 'number', text: 'NQ 36 của Bộ Chính trị', type: 'Nghị quyết', issuer: 'bo-chinh-tri' }]],
    // a law by its name, whatever the case and diacritics (seed 000: "Luật phòng chống mua bán người")
    ['thực hiện Luật Cư trú; Luật phòng chống mua bán người;', [{ kind: 'law-name', text: 'Luật Cư trú' }, { kind: 'law-name', text: 'Luật phòng chống mua bán người' }]],
    // a law with its year, and a pinpoint
    ['Điều 8 Luật Phòng, chống mua bán người năm 2024', [{ kind: 'law-name', text: 'Điều 8 Luật Phòng, chống mua bán người năm 2024', pinpoint: 'Điều 8' }]],
    // a law's name followed by its symbol is one citation
    ['Luật Cư trú số 68/2020/QH14 ngày 13/11/2020', [{ kind: 'full', text: 'Luật Cư trú số 68/2020/QH14 ngày 13/11/2020', type: 'Luật', symbol: '68/2020/QH14' }]],
  ])('%s', (text, expected) => expect(cites(text)).toMatchObject(expected));
});

describe('findCitations: what is not a citation', () => {
  it.each([
    // money (seed 001)
    ['với tổng kinh phí là 115.000.000 đồng'],
    // an article alone
    ['theo Điều 8 và khoản 2'],
    // a newsletter number (seed 003)
    ['phát hành 03 Bản tin Đối ngoại Quảng Ngãi số 22, 23 và 24'],
    // an emulation cluster (seed 001)
    ['dành cho Cụm thi đua số 3 để nâng cao'],
    // ranges of years, with and without spaces
    ['giai đoạn 2016 - 2020 và 2011-2020, 2021-2025'],
    // plain dates
    ['ngày 07/5/2024 và 27/3'],
    // counts
    ['04 doanh nhân của 03 doanh nghiệp; 17 đoàn với 35 lượt người'],
    // a report "6 tháng", a plan for "2 năm"
    ['báo cáo 6 tháng đầu năm; Kế hoạch 2 năm'],
    // a heading ending with a type word, then a numbered paragraph
    ['I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN KẾ HOẠCH\n\n1. Việc xây dựng'],
    // a range of years followed by a capitalised word after a line break
    ['giai đoạn 2021-2025\n- Thời gian hoàn thành'],
    // the report's own blank number
    ['Số: /BC-SNV'],
  ])('%s', (text) => expect(cites(text)).toEqual([]));

  it('ends a symbol where prose begins after a spaced hyphen', () => {
    expect(cites('các văn bản 27/NQ-CP - văn bản của Chính phủ')).toEqual([{ kind: 'symbol', text: '27/NQ-CP', symbol: '27/NQ-CP' }]);
  });
});
