import { describe, expect, it } from 'vitest';
import { renderReport, type PlacedCitation } from '../../../src/lib/report/render.ts';

/** A stand-in for the citation engine: finds fixed strings, so the test is about placement only. */
function citeFixed(table: Record<string, Omit<PlacedCitation, 'start' | 'end' | 'text'>>) {
  return (text: string): PlacedCitation[] =>
    Object.entries(table)
      .flatMap(([needle, rest]) => [...text.matchAll(new RegExp(needle.replace(/[/.]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + needle.length, text: needle, ...rest })))
      .sort((a, b) => a.start - b.start);
}

describe('renderReport', () => {
  it('links a resolved citation and gives it a numbered anchor', () => {
    const { html, citations } = renderReport('Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư.', citeFixed({ 'Chỉ thị số 12-CT/TW': { id: '12-ct-tw', problems: [] } }));
    expect(html).toBe('<p>Thực hiện <a href="/van-ban/12-ct-tw/" class="cite" id="trich-dan-1">Chỉ thị số 12-CT/TW</a> của Ban Bí thư.</p>');
    expect(citations[0]).toMatchObject({ anchor: 'trich-dan-1', text: 'Chỉ thị số 12-CT/TW' });
  });

  it('marks a citation with a problem in place, with the message and the correct form as text', () => {
    const problem = { code: 'wrong-year-in-symbol', message: 'Sai năm trong số ký hiệu.', suggestion: 'Nghị định số 80/2020/NĐ-CP' };
    const { html } = renderReport('Theo Nghị định số 80/2022/NĐ-CP.', citeFixed({ 'Nghị định số 80/2022/NĐ-CP': { id: '80-2020-nd-cp', problems: [problem] } }));
    expect(html).toContain('<mark class="cite-problem"><a href="/van-ban/80-2020-nd-cp/" class="cite" id="trich-dan-1">Nghị định số 80/2022/NĐ-CP</a></mark>');
    expect(html).toContain('<span class="cite-note" role="note">⚠ Trích dẫn có vấn đề: Sai năm trong số ký hiệu. Nên viết: “Nghị định số 80/2020/NĐ-CP”.</span>');
  });

  it('wraps a citation that crosses emphasis piece by piece, anchor on the first piece', () => {
    const { html } = renderReport('Kế hoạch **số 92** năm 2022', citeFixed({ 'Kế hoạch số 92': { id: 'quang-ngai-92-kh-ubnd-2022', problems: [] } }));
    expect(html).toBe(
      '<p><a href="/van-ban/quang-ngai-92-kh-ubnd-2022/" class="cite" id="trich-dan-1">Kế hoạch </a><strong><a href="/van-ban/quang-ngai-92-kh-ubnd-2022/" class="cite">số 92</a></strong> năm 2022</p>',
    );
  });

  it('leaves an unresolved citation unlinked but still anchored', () => {
    const { html } = renderReport('Công văn số 1/ABC.', citeFixed({ 'Công văn số 1/ABC': { id: null, problems: [] } }));
    expect(html).toBe('<p><span class="cite" id="trich-dan-1">Công văn số 1/ABC</span>.</p>');
  });

  it('escapes the text it wraps', () => {
    const { html } = renderReport('A &lt;b&gt; Chỉ thị số 12-CT/TW', citeFixed({ 'Chỉ thị số 12-CT/TW': { id: '12-ct-tw', problems: [] } }));
    expect(html).toContain('A &#x3C;b> <a');
  });

  it('turns footnotes into Markdown footnotes with Vietnamese labels', () => {
    const { html } = renderReport('Văn bản¹[^1]\n\n[^1]: Quyết định số 272-QĐ/TW.', () => []);
    expect(html).toContain('Chú thích');
  });
});

describe('problemNote', async () => {
  const { problemNote } = await import('../../../src/lib/citations/annotate/problem-note.ts');
  it('states each message and each distinct correct form once', () => {
    const fix = 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ';
    expect(problemNote([
      { code: 'wrong-year-in-symbol', message: 'Sai năm.', suggestion: fix },
      { code: 'wrong-date', message: 'Sai ngày.', suggestion: fix },
    ])).toBe(`Sai năm. Sai ngày. Nên viết: “${fix}”.`);
    expect(problemNote([])).toBeUndefined();
  });
});
