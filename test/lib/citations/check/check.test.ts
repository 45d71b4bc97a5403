import { describe, expect, it } from 'vitest';
import { citeText } from '../../../../src/lib/citations/index.ts';
import type { CheckOptions } from '../../../../src/lib/citations/model.ts';
import { PROBLEM_CODES } from '../../../../src/lib/citations/check/problems.ts';
import { catalogue, doc } from '../fixtures.ts';

/** The fixture catalogue with one document that expires (Nghị quyết 27/NQ-CP until 2029, for this test only). */
const expiring = catalogue.map((d) => (d.id === '27-nq-cp' ? doc({ ...d, status: { code: 'het-hieu-luc', until: '2029-12-31' } }) : d));

/** Each citation's problems as "code: suggestion". */
function check(text: string, options: CheckOptions = {}) {
  return citeText(text, catalogue, { asOf: '2023-12-31', ...options }).map((c) => c.problems.map((p) => `${p.code}: ${p.suggestion}`));
}

describe('checkCitations: what the text says against the catalogue', () => {
  it.each([
    // correct: nothing to say
    ['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ', {}, [[]]],
    // seed 001: wrong year inside the symbol and wrong date, one corrected text for both
    [
      'Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ',
      {},
      [[
        'wrong-year-in-symbol: Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ',
        'wrong-date: Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ',
      ]],
    ],
    // the later short mention keeps its short form
    ['Nghị định số 80/2022/NĐ-CP.', {}, [['wrong-year-in-symbol: Nghị định số 80/2020/NĐ-CP']]],
    // seed 000: the slash where the hyphen belongs
    ['Kết luận số 16/KL-TW ngày 14/02/2012 của Bộ chính trị', {}, [['malformed-symbol: Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ chính trị']]],
    // ASCII ND, and Đ typed as a look-alike, are fixed too
    ['Nghị định 80/2020/ND-CP', {}, [['malformed-symbol: Nghị định 80/2020/NĐ-CP']]],
    ['Nghị định 80/2020/N\u00d0-CP', {}, [['malformed-symbol: Nghị định 80/2020/NĐ-CP']]],
    // a symbol in an all-capitals heading is not malformed
    ['NGHỊ QUYẾT SỐ 36-NQ/TW', {}, [[]]],
    // Ban Bí thư, not Bộ Chính trị
    ['Chỉ thị số 12-CT/TW ngày 05/01/2022 của Bộ Chính trị', {}, [['wrong-issuer: Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư']]],
    // a wrong khóa is a wrong issuer
    ['Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa X', {}, [['wrong-issuer: Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa IX']]],
    // the Tỉnh ủy for its Ban Thường vụ, "Chủ tịch UBND" for UBND: the same body
    ['Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Tỉnh ủy', {}, [[]]],
    // a wrong date, with a correct symbol (the Bình Sơn date)
    ['Nghị quyết số 36-NQ/TW ngày 23/6/2004', {}, [['wrong-date: Nghị quyết số 36-NQ/TW ngày 26/3/2004']]],
    // a recurring central number cited with another year's date: flagged, not silently linked
    ['Nghị quyết số 01/NQ-CP ngày 01/01/2022 của Chính phủ', {}, [['wrong-date: Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ']]],
    // a type word at odds with the code
    ['Nghị quyết số 16-KL/TW', {}, [['wrong-type: Kết luận số 16-KL/TW']]],
    // …but in an alias the type word is a name: "Quy chế 272" is Quyết định 272-QĐ/TW
    ['thực hiện Quy chế 272', {}, [[]]],
    // a title that says the opposite (seed 001: "thuộc" for "không thuộc" ODA)
    [
      'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về quản lý và sử dụng viện trợ không hoàn lại thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam;',
      {},
      [['wrong-title: về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam']],
    ],
    // a title with another period
    ['Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2015;', {}, [['wrong-title: về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2020']]],
    // a title copied, shortened or run on is fine
    ['Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2020 trên địa bàn tỉnh;', {}, [[]]],
  ])('%s %o', (text, options, expected) => expect(check(text, options)).toEqual(expected));
});

describe('checkCitations: as of a date', () => {
  it.each([
    // a draft written today is told 80/2020 was replaced
    ['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ', '2026-01-01', [['replaced: Nghị định số 313/2025/NĐ-CP ngày 08/12/2025 của Chính phủ']]],
    // the short register suggests the short form of the successor
    ['Nghị định 80', '2026-01-01', [['replaced: Nghị định số 313/2025/NĐ-CP']]],
    // a 2023 report citing it correctly is not
    ['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ', '2023-12-31', [[]]],
    // repealed
    ['Quyết định số 35/2014/QĐ-UBND ngày 15/7/2014 của UBND tỉnh Quảng Ngãi', '2022-01-01', [['repealed: Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh Quảng Ngãi']]],
    // …unless the text itself reports the repeal (seed 003)
    ['Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 bãi bỏ Quyết định số 35/2014/QĐ-UBND ngày 15/7/2014 của UBND tỉnh Quảng Ngãi', '2022-01-01', [[], []]],
    // a law replaced by a law of the same name
    ['Luật số 66/2011/QH12', '2026-01-01', [['replaced: Luật Phòng, chống mua bán người năm 2024']]],
  ])('%s as of %s', (text, asOf, expected) => expect(check(text, { asOf })).toEqual(expected));
});

describe('checkCitations: unresolved citations', () => {
  it.each([
    // unknown document
    ['Công văn số 225/SNGV-TTr ngày 22/4/2021', {}, [['unknown-document: ']]],
    // another province's plan: reported, with the one the catalogue has, never linked
    ['Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Thanh Hóa', {}, [['unknown-document: ']]],
    // nothing picks one of two plans
    ['Kế hoạch số 92/KH-UBND của UBND tỉnh', {}, [['ambiguous: ']]],
    // an unknown symbol that also breaks the convention
    ['Kết luận số 99/KL-TW', {}, [['malformed-symbol: Kết luận số 99-KL/TW', 'unknown-document: ']]],
    // seed 001: "Kế hoạch 12" where only Kế hoạch số 92 was defined
    ['Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi (sau đây gọi tắt là Kế hoạch số 92). Qua 02 năm thực hiện Kế hoạch 12,', {}, [[], ['unknown-short-form: Kế hoạch số 92']]],
  ])('%s %o', (text, options, expected) => expect(check(text, options)).toEqual(expected));

  it('writes messages in Vietnamese, naming the right document', () => {
    const [c] = citeText('Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ', catalogue, { asOf: '2023-12-31' });
    expect(c.problems.map((p) => p.message)).toEqual([
      'Số ký hiệu sai năm: văn bản này là 80/2020/NĐ-CP, không phải 80/2022/NĐ-CP.',
      'Sai ngày ban hành: 80/2020/NĐ-CP ban hành ngày 08/7/2020, không phải ngày 17/9/2020.',
    ]);
    const [other] = citeText('Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Thanh Hóa', catalogue);
    expect(other.problems[0].message).toContain('Kế hoạch 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi');
  });

});

describe('checkCitations: messages a drafter can act on', () => {
  const messages = (text: string, asOf = '2023-12-31') => citeText(text, catalogue, { asOf }).map((c) => c.problems.map((p) => p.message));

  it('says when a date is the effective date, not the issue date', () => {
    const [c] = citeText('Luật Cư trú số 68/2020/QH14 ngày 01/7/2021', catalogue, { asOf: '2023-12-31' });
    expect(c.problems[0].message).toBe('Sai ngày ban hành: 01/7/2021 là ngày có hiệu lực, không phải ngày ban hành; 68/2020/QH14 ban hành ngày 13/11/2020.');
  });

  it('names several successors by type and title', () => {
    expect(messages('Luật Tương trợ tư pháp', '2026-12-31')).toEqual([
      ['Văn bản đã bị thay thế: 08/2007/QH12 nay đã được thay thế bởi Luật Dẫn độ (100/2025/QH15), Luật Tương trợ tư pháp về hình sự (103/2025/QH15) từ ngày 01/7/2026.'],
    ]);
  });

  it('gives one suggestion per citation: the corrected citation, the successor only in the message', () => {
    const [c] = citeText('Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ', catalogue, { asOf: '2026-01-01' });
    expect(c.problems.map((p) => p.code)).toEqual(['wrong-year-in-symbol', 'wrong-date', 'replaced']);
    expect(new Set(c.problems.map((p) => p.suggestion).filter(Boolean))).toEqual(new Set(['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ']));
    expect(c.problems[2].message).toContain('nay đã được thay thế bởi Nghị định 313/2025/NĐ-CP');
  });

  it('flags the date of the clause that introduces a citation, with nothing to paste over the span', () => {
    const [c] = citeText('Ngày 12/6/2015, Bộ Chính trị ban hành Chỉ thị 45-CT/TW về', catalogue, { asOf: '2023-12-31' });
    expect(c.problems.map((p) => [p.code, p.suggestion])).toEqual([['wrong-date', '']]);
  });

  it.each([
    // a dropped negation: the words as written, not the whole citation
    ['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về quản lý và sử dụng viện trợ không hoàn lại thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam;', 'thuộc'],
    // another period
    ['Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2015;', '2011-2015'],
  ])('marks the wrong words of a title: %s', (text, wrong) => {
    const [c] = citeText(text, catalogue, { asOf: '2023-12-31' });
    expect(c.problems[0]).toMatchObject({ code: 'wrong-title', wrongWords: wrong });
    expect(c.problems[0].message).toMatch(new RegExp(`^Trích yếu sai ở “${wrong}”`));
  });
});

describe('checkCitations: first mentions', () => {
  it.each([
    // the first mention without date or issuer gets a note pointing to the full form; the later one does not
    ['Nghị quyết số 36-NQ/TW; Nghị quyết số 36-NQ/TW', [['first-mention'], []]],
    // with an issuer it is fine
    ['Nghị quyết số 36-NQ/TW của Bộ Chính trị; Nghị quyết 36', [[], []]],
    // laws are named, short forms were defined: no note
    ['Luật Cư trú', [[]]],
  ])('%s', (text, expected) => {
    expect(citeText(text, catalogue, { asOf: '2023-12-31' }).map((c) => c.notes.map((n) => n.code))).toEqual(expected);
  });

  it('suggests the full form of the document', () => {
    const [c] = citeText('Nghị quyết số 36-NQ/TW', catalogue, { asOf: '2023-12-31' });
    expect(c.notes[0].suggestion).toBe('Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị khóa IX về công tác đối với người Việt Nam ở nước ngoài');
    expect(c.problems).toEqual([]);
  });
});

describe('checkCitations: coverage of the codes', () => {
  // Every problem code must come out of some text: a code nothing produces is dead, and fails here.
  it.each(PROBLEM_CODES.map((code) => [code]))('%s is produced by a text', (code) => {
    const texts: Record<string, [string, string]> = {
      'wrong-year-in-symbol': ['Nghị định số 80/2022/NĐ-CP', '2023-12-31'],
      'wrong-date': ['Nghị quyết số 36-NQ/TW ngày 23/6/2004', '2023-12-31'],
      'wrong-issuer': ['Chỉ thị số 12-CT/TW của Bộ Chính trị', '2023-12-31'],
      'wrong-type': ['Nghị quyết số 16-KL/TW', '2023-12-31'],
      'wrong-title': ['Kết luận số 16-KL/TW của Bộ Chính trị về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2015;', '2023-12-31'],
      replaced: ['Nghị định số 80/2020/NĐ-CP', '2026-01-01'],
      repealed: ['Quyết định số 35/2014/QĐ-UBND của UBND tỉnh Quảng Ngãi', '2022-01-01'],
      expired: ['Nghị quyết số 27/NQ-CP', '2030-01-01'],
      'malformed-symbol': ['Kết luận số 16/KL-TW', '2023-12-31'],
      'unknown-short-form': ['Kế hoạch 12', '2023-12-31'],
      'unknown-document': ['Công văn số 225/SNGV-TTr', '2023-12-31'],
      ambiguous: ['Kế hoạch số 92/KH-UBND của UBND tỉnh', '2023-12-31'],
    };
    const [text, asOf] = texts[code];
    const codes = citeText(text, expiring, { asOf }).flatMap((c) => c.problems.map((p) => p.code));
    expect(codes).toContain(code);
  });
});
