/**
 * Resolving what has no số ký hiệu (issue 11): a type with a bare number, a law by name. Found but unresolved
 * citations are never dropped: they come back as ambiguous (with candidates) or unknown.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../../../src/lib/citations/resolve/catalogue-index.ts';
import { findCitations } from '../../../../src/lib/citations/find/find.ts';
import type { CheckOptions } from '../../../../src/lib/citations/model.ts';
import { resolveCitations } from '../../../../src/lib/citations/resolve/resolve.ts';
import { catalogue } from '../fixtures.ts';

const index = buildCatalogueIndex(catalogue);

/** Each citation as "id (how)", "ambiguous: ids" or "unknown: near ids". */
function resolve(text: string, options: CheckOptions = {}) {
  return resolveCitations(findCitations(text, { names: index.names }), index, { asOf: '2024-06-30', ...options }).map(({ resolution: r }) =>
    r.outcome === 'resolved' ? `${r.id} (${r.how})` : r.outcome === 'ambiguous' ? `ambiguous: ${r.candidates.join(' ')}` : `unknown: ${r.near.join(' ')}`.trim(),
  );
}

describe('a type with a bare number', () => {
  it.each([
    // type + number + date + issuer single out one document
    ['Chỉ thị 45 ngày 19/5/2015 của Bộ Chính trị', {}, ['45-ct-tw (number)']],
    // the year alone is enough
    ['Nghị quyết 22 ban hành năm 2013', {}, ['22-nq-tw (number)']],
    // the issuer alone, when only one document of that type and number is known
    ['Kết luận 57 của Bộ Chính trị', {}, ['57-kl-tw (number)']],
    // abbreviated type
    ['KL 57', {}, ['57-kl-tw (number)']],
    ['NĐ 80/2020', {}, ['80-2020-nd-cp (number)']],
    // a year the document does not have: unknown, with the one of that number named
    ['Chỉ thị 45 năm 2016', {}, ['unknown: 45-ct-tw']],
    // another issuer: unknown, never linked
    ['Chỉ thị 45 của Ban Bí thư', {}, ['unknown: 45-ct-tw']],
    // a local number in a text of that province
    ['kế hoạch 92', { province: 'Quảng Ngãi' }, ['quang-ngai-92-kh-ubnd-2022 (number)']],
    // the same number, nothing to pick one province's plan: ambiguous, with the candidates
    ['kế hoạch 92', {}, ['ambiguous: quang-ngai-92-kh-ubnd-2022 bac-giang-92-kh-ubnd-2023']],
    // lower-case type word, Công văn
    ['công văn 1353', { province: 'Quảng Ngãi' }, ['quang-ngai-1353-sngv-dn-2023 (number)']],
    // nothing of that number: unknown, never dropped
    ['Thông tư 09/2025', {}, ['unknown:']],
    // a document issued after the text cannot be meant
    ['Kết luận 57', { asOf: '2022-12-31' }, ['unknown: 57-kl-tw']],
  ])('%s %o', (text, options, expected) => expect(resolve(text, options)).toEqual(expected));
});

describe('laws by name: the name, the year and the qualifier decide', () => {
  it.each([
    // the version passed that year
    ['Luật Quốc tịch Việt Nam năm 2008', {}, ['24-2008-qh12 (law-name)']],
    // a year the catalogue lacks: unknown, with the law of that name it has — never the 2008 law silently
    ['Luật Quốc tịch Việt Nam năm 1998', {}, ['unknown: 24-2008-qh12']],
    // the amending law, not the law it amends
    ['Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam', { asOf: '2026-01-01' }, ['79-2025-qh15 (law-name)']],
    // an amending law the catalogue lacks: unknown, not the amended law
    ['Luật sửa đổi, bổ sung một số điều của Luật Cư trú', {}, ['unknown:']],
    // "(sửa đổi)": the revised law that replaced an earlier one; the catalogue has none for this name
    ['Luật Cư trú (sửa đổi)', {}, ['unknown: 68-2020-qh14']],
    // …and when it has one, that one
    ['Luật Phòng, chống mua bán người (sửa đổi)', { asOf: '2026-01-01' }, ['53-2024-qh15 (law-name)']],
    // a longer name the catalogue lacks is not cut down to "Luật Tương trợ tư pháp"
    ['Luật Tương trợ tư pháp về dân sự', {}, ['unknown:']],
    // the longer name the catalogue has, once it exists
    ['Luật Tương trợ tư pháp về hình sự', { asOf: '2026-01-01' }, ['103-2025-qh15 (law-name)']],
    // no year: the version of the text's date
    ['Luật Phòng, chống mua bán người', { asOf: '2021-05-31' }, ['66-2011-qh12 (law-name)']],
    // names the catalogue lacks are found, as unknown
    ['Luật Biên giới quốc gia; Luật Đầu tư', {}, ['unknown:', 'unknown:']],
  ])('%s %o', (text, options, expected) => expect(resolve(text, options)).toEqual(expected));
});

describe('definitions', () => {
  it.each([
    // a short name defined after a document the catalogue lacks refers to it, unknown but already reported
    ['Chỉ thị số 25-CT/TW ngày 08/8/2018 của Ban Bí thư (sau đây gọi tắt là Chỉ thị 25). Chỉ thị 25 yêu cầu', ['unknown:', 'unknown:']],
    // "(gọi tắt là Đề án 06)" after a known document: the short name is that document
    ['Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị (gọi tắt là Đề án 06). Triển khai Đề án 06', ['45-ct-tw (exact)', '45-ct-tw (short-form)']],
  ])('%s', (text, expected) => expect(resolve(text)).toEqual(expected));

  it('does not report a short name of an unknown document as undefined', () => {
    const found = resolveCitations(findCitations('Quyết định số 06/QĐ-TTg (gọi tắt là Đề án 06). Đề án 06 được triển khai.', { names: index.names }), index);
    expect(found[1]).toMatchObject({ kind: 'short-form', resolution: { outcome: 'unknown', reported: true } });
  });
});
