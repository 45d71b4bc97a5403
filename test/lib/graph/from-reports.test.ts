import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/catalogue.ts';
import { validateContent } from '../../../src/lib/catalogue/validate.ts';
import { buildCatalogueIndex, citeText } from '../../../src/lib/citations/index.ts';
import { reportEdges } from '../../../src/lib/graph/from-reports.ts';
import { citationRole, sentenceAt, splitSentences } from '../../../src/lib/graph/roles.ts';
import { docEntry, reportEntry } from '../../fixtures/entries.ts';

const { documents, reports } = validateContent(
  [
    docEntry('57-kl-tw', { symbol: '57-KL/TW', type: 'Kết luận', issuedOn: '2023-06-15', term: 'XIII' }),
    docEntry('lang-son-149-kh-tu-2024', { symbol: '149-KH/TU', type: 'Kế hoạch', level: 'tinh', province: 'Lạng Sơn', issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn', issuedOn: '2024-01-29' }),
    docEntry('lang-son-448-sngv-lshtqt-2024', { symbol: '448/SNgV-LSHTQT', type: 'Công văn', system: 'nha-nuoc', level: 'tinh', province: 'Lạng Sơn', issuer: 'Sở Ngoại vụ tỉnh Lạng Sơn', issuedOn: '2024-05-08' }),
  ],
  [reportEntry('van-quan', { province: 'Lạng Sơn', date: '2024' })],
);
const catalogue = buildCatalogue(documents);
const index = buildCatalogueIndex(documents);

function edgesOf(text: string) {
  const citations = citeText(text, index, { asOf: '2024-12-31', province: 'Lạng Sơn' }).map((c, i) => ({ ...c, id: c.resolution?.id ?? null, anchor: `trich-dan-${i + 1}` }));
  return reportEdges({ report: reports[0], text, citations }, catalogue).map((e) => `${e.from} ${e.kind} ${e.to}`);
}

describe('edges read from a report', () => {
  it('reads “Kế hoạch … về thực hiện Kết luận …” as the plan implementing the conclusion (seed 002)', () => {
    const text = 'Thực hiện Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị.';
    expect(edgesOf(text)).toEqual([
      'bao-cao/van-quan reports-on van-ban/lang-son-149-kh-tu-2024',
      'van-ban/lang-son-149-kh-tu-2024 implements van-ban/57-kl-tw',
      'bao-cao/van-quan reports-on van-ban/57-kl-tw',
    ]);
  });

  it('does not chain two bases listed with a semicolon', () => {
    const text = 'Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; Kế hoạch số 149-KH/TU ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy.';
    expect(edgesOf(text).filter((e) => e.startsWith('van-ban'))).toEqual([]);
  });

  it('treats a request letter as mentioned, never implemented', () => {
    const text = 'Thực hiện Công văn số 448/SNgV-LSHTQT ngày 08/5/2024 của Sở Ngoại vụ tỉnh Lạng Sơn.';
    expect(edgesOf(text)).toEqual(['bao-cao/van-quan mentions van-ban/lang-son-448-sngv-lshtqt-2024']);
  });

  it('treats a citation without a cue word as a mention', () => {
    expect(edgesOf('Tham khảo Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị.')).toEqual(['bao-cao/van-quan mentions van-ban/57-kl-tw']);
  });
});

describe('citationRole and sentences', () => {
  it.each([
    // the seeds' cue words
    ['Thực hiện ', 'implements'],
    ['UBND huyện báo cáo kết quả triển khai thực hiện công tác đối ngoại nhân dân theo ', 'implements'],
    ['Căn cứ ', 'implements'],
    ['tiếp tục quán triệt và triển khai thực hiện ', 'implements'],
    // no cue: a mention
    ['Trong bối cảnh ', 'mentions'],
    // a cue matches whole words only, not inside another word
    ['Ông Theodore nói về ', 'mentions'],
  ])('“%s…” → %s', (before, role) => {
    expect(citationRole({ before, documentType: 'Kế hoạch', namedByReport: false })).toBe(role);
  });

  it('keeps money and dates inside one sentence', () => {
    const text = 'Tổng kinh phí là 115.000.000 đồng theo Kế hoạch số 92. Câu sau.';
    const s = splitSentences(text);
    const at = text.indexOf('Kế hoạch');
    expect(sentenceAt(s, at, at + 14).sentence).toBe('Tổng kinh phí là 115.000.000 đồng theo Kế hoạch số 92.');
  });

  it('ends a sentence at a line end, so a quote never runs into the next heading (“… cụ thể: I.”)', () => {
    const text = 'UBND huyện báo cáo theo Kế hoạch số 92, cụ thể:\nI. KẾT QUẢ TRIỂN KHAI\n2. Kết quả thực hiện Kế hoạch 92\nTrong năm 2023, huyện tổ chức.';
    const s = splitSentences(text);
    const first = text.indexOf('Kế hoạch số 92');
    expect(sentenceAt(s, first, first + 14).sentence).toBe('UBND huyện báo cáo theo Kế hoạch số 92, cụ thể:');
    // a heading is its own sentence: the paragraph under it does not take its words ("thực hiện") as a cue
    const heading = text.indexOf('Kế hoạch 92');
    expect(sentenceAt(s, heading, heading + 11).sentence).toBe('Kết quả thực hiện Kế hoạch 92');
  });
});
