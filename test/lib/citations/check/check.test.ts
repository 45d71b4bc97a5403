import { describe, expect, it } from 'vitest';
import { citeText } from '../../../../src/lib/citations/index.ts';
import type { CheckOptions } from '../../../../src/lib/citations/model.ts';
import { PROBLEM_CODES } from '../../../../src/lib/citations/check/problems.ts';
import { catalogue } from '../fixtures.ts';

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

  it('has a message for every problem code', () => {
    expect(PROBLEM_CODES).toEqual(expect.arrayContaining(['wrong-year-in-symbol', 'wrong-date', 'wrong-issuer', 'wrong-title', 'replaced', 'malformed-symbol', 'unknown-short-form', 'unknown-document', 'ambiguous']));
  });
});
