import { describe, expect, it } from 'vitest';
import { annotate, citeText } from '../../../../src/lib/citations/index.ts';
import { catalogue } from '../fixtures.ts';

describe('annotate', () => {
  it('links a resolved citation and escapes the text around it', () => {
    const text = 'A <b> & Nghị quyết số 27/NQ-CP "x"';
    expect(annotate(text, citeText(text, catalogue))).toBe(
      'A &lt;b&gt; &amp; <a class="cite" href="/van-ban/27-nq-cp/">Nghị quyết số 27/NQ-CP</a> &quot;x&quot;',
    );
  });

  it('marks a citation with problems, not by colour alone: a flag and visually-hidden text', () => {
    const text = 'Nghị định số 80/2022/NĐ-CP.';
    const html = annotate(text, citeText(text, catalogue, { asOf: '2023-01-01' }));
    expect(html).toContain('<mark class="cite-problem" data-problems="wrong-year-in-symbol" title="Số ký hiệu sai năm');
    expect(html).toContain('<a class="cite" href="/van-ban/80-2020-nd-cp/">Nghị định số 80/2022/NĐ-CP</a>');
    expect(html).toContain('<span class="cite-flag" aria-hidden="true">⚠</span>');
    expect(html).toContain('<span class="visually-hidden"> (Lỗi trích dẫn: Số ký hiệu sai năm: văn bản này là 80/2020/NĐ-CP, không phải 80/2022/NĐ-CP. Nên viết: “Nghị định số 80/2020/NĐ-CP”.)</span></mark>.');
  });

  it('shows an unresolved citation without a link', () => {
    const text = 'Công văn số 225/SNGV-TTr';
    expect(annotate(text, citeText(text, catalogue))).toContain('<span class="cite cite-unresolved">Công văn số 225/SNGV-TTr</span>');
  });

  it('uses the link function it is given, and none when it returns null', () => {
    const text = 'Nghị quyết số 27/NQ-CP';
    const citations = citeText(text, catalogue);
    expect(annotate(text, citations, (c) => `/base/${c.resolution!.id}`)).toContain('href="/base/27-nq-cp"');
    expect(annotate(text, citations, () => null)).not.toContain('<a ');
  });

  it('escapes hostile text inside a citation, a message and a link', () => {
    const text = 'Nghị quyết số 27/NQ-CP';
    const [c] = citeText(text, catalogue);
    const evil = { ...c, text, problems: [{ code: 'unknown-document' as const, message: '<script>"', suggestion: "'&" }] };
    const html = annotate(text, [evil], () => 'javascript:"<x>"');
    expect(html).not.toMatch(/<script|<x>|"<|href="javascript:"</);
    expect(html).toContain('&lt;script&gt;&quot;');
  });

  it('ignores citations that do not fit the text (out of order, overlapping, out of bounds, wrong text)', () => {
    const text = 'Nghị quyết số 27/NQ-CP và Nghị quyết số 36-NQ/TW';
    const [a, b] = citeText(text, catalogue);
    const html = annotate(text, [b, a, { ...a, start: 1, end: 999 }, { ...a, text: 'khác' }]);
    expect(html).toBe(`Nghị quyết số 27/NQ-CP và <a class="cite" href="/van-ban/36-nq-tw/">Nghị quyết số 36-NQ/TW</a>`);
  });

  it('marks the wrong words of a title, not the citation, which stays a plain link', () => {
    const text = 'Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2015;';
    const html = annotate(text, citeText(text, catalogue, { asOf: '2023-12-31' }));
    expect(html).toMatch(/^<a class="cite" href="\/van-ban\/16-kl-tw\/">Kết luận số 16-KL\/TW ngày 14\/02\/2012 của Bộ Chính trị<\/a> về Chiến lược/);
    expect(html).toContain('<mark class="cite-problem" data-problems="wrong-title" title="Trích yếu sai ở “2011-2015”');
    expect(html).toContain('><span class="cite-words">2011-2015</span><span class="cite-flag"');
  });
});
