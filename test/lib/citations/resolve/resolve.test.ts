import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../../../src/lib/citations/resolve/catalogue-index.ts';
import { findCitations } from '../../../../src/lib/citations/find/find.ts';
import type { CheckOptions } from '../../../../src/lib/citations/model.ts';
import { resolveCitations } from '../../../../src/lib/citations/resolve/resolve.ts';
import { catalogue } from '../fixtures.ts';

const index = buildCatalogueIndex(catalogue);

/** Each citation as "id (how)" or "– outcome". */
function resolve(text: string, options: CheckOptions = {}) {
  return resolveCitations(findCitations(text, { names: index.names }), index, options).map((c) =>
    c.resolution.outcome === 'resolved' ? `${c.resolution.id} (${c.resolution.how})` : `– ${c.resolution.outcome}`,
  );
}

describe('resolveCitations', () => {
  it.each([
    // exact symbol
    ['Nghị quyết số 36-NQ/TW của Bộ Chính trị', {}, ['36-nq-tw (exact)']],
    // ASCII ND for NĐ is the same key
    ['Nghị định số 80/2020/ND-CP', {}, ['80-2020-nd-cp (exact)']],
    // a slash where the hyphen belongs (seed 000): resolved, separator-blind
    ['Kết luận số 16/KL-TW ngày 14/02/2012 của Bộ chính trị', {}, ['16-kl-tw (separators)']],
    // a wrong year inside the symbol (seed 001): the only decree 80 of the Government
    ['Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ', {}, ['80-2020-nd-cp (year)']],
    // …even written alone later
    ['Nghị định số 80/2022/NĐ-CP.', {}, ['80-2020-nd-cp (year)']],
    // a wrong year and another issuer: not the same document
    ['Nghị định số 80/2022/NĐ-CP của Thủ tướng Chính phủ', {}, ['– unknown']],
    // a central symbol that recurs every year resolves, the date is checked later
    ['Nghị quyết số 01/NQ-CP ngày 01/01/2022 của Chính phủ', {}, ['01-nq-cp (exact)']],
    // a local plan: the province named in the text picks it
    ['Kế hoạch số 92/KH-UBND của UBND tỉnh Quảng Ngãi', {}, ['quang-ngai-92-kh-ubnd-2022 (exact)']],
    // …or the year of its date
    ['Kế hoạch số 92/KH-UBND ngày 01/02/2023', {}, ['bac-giang-92-kh-ubnd-2023 (exact)']],
    // …or, failing both, the province of the text being checked ("UBND tỉnh" names none)
    ['Kế hoạch số 92/KH-UBND của UBND tỉnh', { province: 'Quảng Ngãi' }, ['quang-ngai-92-kh-ubnd-2022 (exact)']],
    // nothing picks one of the two plans 92
    ['Kế hoạch số 92/KH-UBND của UBND tỉnh', {}, ['– ambiguous']],
    // another province's plan 92 is never linked to Quảng Ngãi's
    ['Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Thanh Hóa', {}, ['– unknown']],
    // same province, another year: a different plan
    ['Kế hoạch số 92/KH-UBND ngày 03/6/2024 của UBND tỉnh Quảng Ngãi', {}, ['– unknown']],
    // the text's province does not override the province the citation names
    ['Kế hoạch số 92/KH-UBND của UBND tỉnh Bắc Giang', { province: 'Quảng Ngãi' }, ['bac-giang-92-kh-ubnd-2023 (exact)']],
    // a single local entry with no date and no province in sight stays unresolved
    ['Kế hoạch số 149-KH/TU', {}, ['– ambiguous']],
    // a Party committee plan with its date (seed 002)
    ['Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy', {}, ['lang-son-149-kh-tu-2024 (exact)']],
    // a district plan: "UBND huyện" must match a district-level entry
    ['Kế hoạch số 308/KH-UBND ngày 29/12/2023 của UBND huyện', { province: 'Lạng Sơn' }, ['lang-son-308-kh-ubnd-2023 (exact)']],
    // a provincial issuer for a district plan: not it
    ['Kế hoạch số 308/KH-UBND ngày 29/12/2023 của UBND tỉnh Lạng Sơn', {}, ['– unknown']],
    // Quy định vs Quyết định for a QĐ/TW symbol are two documents
    ['Quy định số 272-QĐ/TW', {}, ['– unknown']],
    // a type word at odds with an unambiguous code still resolves (check flags it)
    ['Nghị quyết số 16-KL/TW', {}, ['16-kl-tw (exact)']],
    // unknown symbol
    ['Công văn số 225/SNGV-TTr ngày 22/4/2021', {}, ['– unknown']],
  ])('%s %o', (text, options, expected) => expect(resolve(text, options)).toEqual(expected));

  it.each([
    // an alias of the catalogue
    ['theo Nghị quyết 36', {}, ['36-nq-tw (alias)']],
    ['theo NQ 36', {}, ['36-nq-tw (alias)']],
    // a number with its year names a central document even without an alias row
    ['Nghị định 80/2020', {}, ['80-2020-nd-cp (alias)']],
    // a law by name
    ['Luật Cư trú', {}, ['68-2020-qh14 (law-name)']],
    // two laws share a name: the one in force on the as-of date
    ['Luật phòng chống mua bán người', { asOf: '2021-05-31' }, ['66-2011-qh12 (law-name)']],
    ['Luật phòng chống mua bán người', { asOf: '2026-01-01' }, ['53-2024-qh15 (law-name)']],
    // …unless the text names the year
    ['Luật Phòng, chống mua bán người năm 2011', { asOf: '2026-01-01' }, ['66-2011-qh12 (law-name)']],
    // a text cannot name a law issued after it was written (the 2006 Luật Cư trú is not in the catalogue)
    ['Luật Cư trú', { asOf: '2019-11-30' }, ['– unknown']],
    // a short form that matches nothing
    ['Kế hoạch 12', {}, ['– unknown']],
  ])('%s %o', (text, options, expected) => expect(resolve(text, options)).toEqual(expected));

  it('resolves a short form to what its definition resolved to', () => {
    expect(resolve('Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi (sau đây gọi tắt là Kế hoạch số 92). Kế hoạch 92 đã…')).toEqual([
      'quang-ngai-92-kh-ubnd-2022 (exact)',
      'quang-ngai-92-kh-ubnd-2022 (short-form)',
    ]);
  });

  it('leaves a short form unresolved, without inventing a target, when its definition is unresolved', () => {
    expect(resolve('Kế hoạch số 7/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi (sau đây gọi tắt là Kế hoạch số 7). Kế hoạch 7 đã…')).toEqual([
      '– unknown',
      '– unknown',
    ]);
  });

  it('accepts the document list itself instead of an index', () => {
    expect(resolveCitations(findCitations('Nghị quyết số 27/NQ-CP'), catalogue)[0].resolution).toMatchObject({ outcome: 'resolved', id: '27-nq-cp' });
  });
});
