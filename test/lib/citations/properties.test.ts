import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate, citeText, findCitations, type FoundCitation } from '../../../src/lib/citations/index.ts';
import { catalogue } from './fixtures.ts';

// 1,000 runs locally, 10,000 in CI (CI=true); FC_RUNS overrides both.
const numRuns = Number(process.env.FC_RUNS ?? (process.env.CI ? 10000 : 1000));
const TIMEOUT = 600_000;

/** Pieces of real citations, their mis-typings, and the characters that break naive code. */
const fragments = [
  'Nghị quyết số ', 'NGHỊ ĐỊNH SỐ ', 'Kế hoạch số ', 'Kết luận ', 'Luật Cư trú', 'Luật phòng chống mua bán người',
  '36-NQ/TW', '27/NQ-CP', '80/2020/NĐ-CP', '80/2022/ND-CP', '16/KL-TW', '92/KH-UBND', '149-KH/TU', '1353/SNgV-ĐN',
  '68/2020/QH14', '44B-LCT/HĐNN8', '12a/2005/QĐ-UBND', 'khoản 2a ', '80 / 2020 / NĐ - CP', 'N\u00d0-CP', 'Q\u0189-TTg', ' ngày 05/4/2016', ', ngày 29/01/2024',
  ' ngày 15 tháng 6 năm 2023', ' của Bộ Chính trị', ' của UBND tỉnh Quảng Ngãi', ' khóa IX', ' về công tác ', ' và ', ', ',
  '; ', '\n', '\n\n', ' (sau đây gọi tắt là Kế hoạch số 92)', '(Quy chế 272)', 'Kế hoạch 92', 'Kế hoạch 12',
  'khoản 2 Điều 8 của ', 'bãi bỏ ', 'Nghị quyết Trung ương 4 khóa XII', 'Nghị quyết Hội nghị lần thứ tám ',
  'Ban Chấp hành Trung ương Đảng', ' (khóa XI)', ' nhiệm kỳ 2016-2021', '115.000.000 đồng', '2016 - 2020', '1/1/1/', 'số ', '*', '(', ')', '“', '”',
];
const oddUnits = ['\u0301', '\u0323', '\u00ad', '\u200b', '\ufeff', '\ud800', '\udc00', '😀', '한', '\u212b', '\u00a0', '\r'];
/** A whole citation assembled from its parts, so most texts hold several. */
const citation = fc
  .tuple(
    fc.constantFrom('', 'khoản 2 Điều 8 của ', 'Các '),
    fc.constantFrom('Nghị quyết số ', 'Kết luận ', 'NGHỊ ĐỊNH SỐ ', 'Kế hoạch số ', ''),
    fc.constantFrom('36-NQ/TW', '27/NQ-CP', '80/2022/NĐ-CP', '16/KL-TW', '92/KH-UBND', '01/NQ-CP và 02/NQ-CP', '80/2020/NĐ-\nCP'),
    fc.constantFrom('', ' ngày 05/4/2016', ', ngày 14/02/2012', ' 09/4/2024', ' ngày 15 tháng 6 năm 2023'),
    fc.constantFrom('', ' của Chính phủ', ' của Bộ chính trị khóa IX', ' của UBND tỉnh', ' của Ban Thường vụ Tỉnh ủy'),
    fc.constantFrom('', ' về công tác đối với người Việt Nam ở nước ngoài', ' (sau đây gọi tắt là Kế hoạch số 92)'),
  )
  .map((parts) => parts.join(''));
const unit = fc.oneof(
  { weight: 3, arbitrary: citation },
  { weight: 6, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...oddUnits) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) },
);
const citationText = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(citationText, fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }));

function spansAreSound(input: string, found: readonly FoundCitation[]): void {
  let previous = 0;
  for (const c of found) {
    expect(c.start).toBeGreaterThanOrEqual(previous);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(c.start, c.end)).toBe(c.text);
    previous = c.end;
  }
}

/** A citation without its positions (its span, its title's): what must not depend on NFC or NFD. */
function content(c: FoundCitation) {
  const { start: _start, end: _end, titleAt: _titleAt, text, ...rest } = c;
  return { ...rest, text: text.normalize('NFC') };
}

describe('properties', () => {
  it('never throws, whatever the string, through find, resolve, check and annotate', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const citations = citeText(text, catalogue, { asOf: '2026-01-01', province: 'Quảng Ngãi' });
        expect(typeof annotate(text, citations)).toBe('string');
      }),
      { numRuns },
    );
  }, TIMEOUT);

  it('reports spans within bounds, in order, non-overlapping, with input.slice(start, end) === text', () => {
    fc.assert(fc.property(anyText, (text) => spansAreSound(text, findCitations(text))), { numRuns });
  }, TIMEOUT);

  it('finds the same citations in the NFC and the NFD form of a text', () => {
    fc.assert(
      fc.property(citationText, (text) => {
        const nfc = text.normalize('NFC');
        const nfd = text.normalize('NFD');
        const a = findCitations(nfc);
        const b = findCitations(nfd);
        spansAreSound(nfd, b);
        expect(b.map(content)).toEqual(a.map(content));
      }),
      { numRuns },
    );
  }, TIMEOUT);

  it('annotates into HTML whose text content is the input', () => {
    fc.assert(
      fc.property(citationText, (text) => {
        const html = annotate(text, citeText(text, catalogue, { asOf: '2026-01-01' }));
        const visible = html
          .replace(/<span class="cite-flag"[^>]*>.*?<\/span>|<span class="visually-hidden">.*?<\/span>/g, '')
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        expect(visible).toBe(text);
      }),
      { numRuns: Math.ceil(numRuns / 4) },
    );
  }, TIMEOUT);
});
