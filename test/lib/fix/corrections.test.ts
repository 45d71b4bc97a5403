import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeText } from '../../../src/lib/citations/index.ts';
import { allCorrections, applyCorrections, bestCorrection, suggestionsOf, type Correction } from '../../../src/lib/fix/corrections.ts';
import { EMPTY_HISTORY, record, undo } from '../../../src/lib/fix/history.ts';
import { catalogue } from '../citations/fixtures.ts';

const check = (text: string, asOf = '2023-12-31') => citeText(text, catalogue, { asOf });
const edit = (start: number, end: number, from: string, to: string): Correction => ({ start, end, from, to });

describe('suggestionsOf / bestCorrection: which suggestion an apply writes', () => {
  it('field problems share one corrected wording, applied over the span', () => {
    const text = 'Thực hiện Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ, tỉnh đã triển khai.';
    const [c] = check(text);
    const suggestions = suggestionsOf(c);
    expect(suggestions.map((s) => s.text)).toEqual(['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ']);
    expect(text.slice(suggestions[0].correction!.start, suggestions[0].correction!.end)).toBe('Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ');
  });

  it('a wrongly dated citation of a replaced document: one suggestion, the document the writer meant', () => {
    // Issue 11: the successor is said in the message ("nay đã được thay thế bởi …"), never as a second "Nên viết".
    const [c] = check('Theo Nghị định số 80/2020/NĐ-CP ngày 17/9/2020 của Chính phủ.', '2026-01-01');
    expect(suggestionsOf(c).map((s) => s.text)).toEqual(['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ']);
    expect(bestCorrection(c)?.to).toBe('Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ');
  });

  it('a correctly written citation of a replaced document: the suggestion is its successor', () => {
    const [c] = check('Theo Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ.', '2026-01-01');
    expect(bestCorrection(c)?.to).toBe('Nghị định số 313/2025/NĐ-CP ngày 08/12/2025 của Chính phủ');
  });

  it('a wrong title is shown to copy but has no edit (its suggestion is not the span)', () => {
    const [c] = check('Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2015;');
    const title = suggestionsOf(c).filter((s) => c.problems.some((p) => p.code === 'wrong-title' && p.suggestion === s.text));
    expect(title.length).toBe(1);
    expect(title[0].correction).toBeUndefined();
    expect(bestCorrection(c)).toBeUndefined();
  });

  it('a correct citation has nothing to apply', () => {
    expect(allCorrections(check('Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ'))).toEqual([]);
  });
});

describe('applyCorrections: offsets, overlaps, stale edits', () => {
  it.each([
    // one edit in the middle: the rest is untouched
    ['abc DEF ghi', [edit(4, 7, 'DEF', 'xyz')], 'abc xyz ghi', 1],
    // two edits, given out of order, each at its own offsets in the original text
    ['A1 B2 C3', [edit(6, 8, 'C3', 'cc33'), edit(0, 2, 'A1', 'a')], 'a B2 cc33', 2],
    // a longer replacement before a later edit does not shift the later edit's offsets
    ['x YY z WW', [edit(2, 4, 'YY', 'yyyyyy'), edit(7, 9, 'WW', 'w')], 'x yyyyyy z w', 2],
    // overlapping edits: the first in the list wins, the second is skipped
    ['hello world', [edit(0, 5, 'hello', 'HELLO'), edit(3, 8, 'lo wo', '-')], 'HELLO world', 1],
    // two edits for the same span (two suggestions): only the first lands
    ['Q', [edit(0, 1, 'Q', 'first'), edit(0, 1, 'Q', 'second')], 'first', 1],
    // stale: the span no longer holds what was checked
    ['abc', [edit(0, 3, 'xyz', 'zzz')], 'abc', 0],
    // out of bounds
    ['abc', [edit(2, 9, 'c', 'd')], 'abc', 0],
    // adjacent spans do not overlap
    ['abcd', [edit(0, 2, 'ab', 'X'), edit(2, 4, 'cd', 'Y')], 'XY', 2],
    // astral characters and CRLF outside the span are kept as they are
    ['𝒜\r\nNĐ 80\r\n', [edit(4, 9, 'NĐ 80', 'Nghị định 80')], '𝒜\r\nNghị định 80\r\n', 1],
  ])('%j', (text, corrections, expected, applied) => {
    const result = applyCorrections(text, corrections);
    expect(result.text).toBe(expected);
    expect(result.applied.length).toBe(applied);
    expect(result.skipped.length).toBe(corrections.length - applied);
  });

  it('a real draft: one fix, then all, changes nothing but the citations', () => {
    const draft = 'Căn cứ Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ;\n\nThực hiện Kết luận số 16/KL-TW ngày 14/02/2012 của Bộ chính trị, UBND huyện báo cáo.';
    const citations = check(draft);
    const one = applyCorrections(draft, [bestCorrection(citations[1])!]);
    expect(one.text).toBe(draft.replace('16/KL-TW', '16-KL/TW'));
    const all = applyCorrections(draft, allCorrections(citations));
    expect(all.text).toBe(
      'Căn cứ Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ;\n\nThực hiện Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ chính trị, UBND huyện báo cáo.',
    );
    // applied again to the corrected text, the old edits are stale: nothing changes
    expect(applyCorrections(all.text, allCorrections(citations)).applied.length).toBeLessThan(2);
  });

  it('property: outside the applied spans the text is byte-identical, in order', () => {
    const arb = fc.string({ minLength: 1, maxLength: 60 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 5 })), { maxLength: 5 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([text, raw]) => {
        const edits = raw.map(([a, b, to]) => edit(Math.min(a, b), Math.max(a, b), text.slice(Math.min(a, b), Math.max(a, b)), to));
        const { text: out, applied } = applyCorrections(text, edits);
        // rebuild the expected text from the kept pieces and the replacements
        const sorted = [...applied].sort((x, y) => x.start - y.start);
        let expected = '';
        let at = 0;
        for (const c of sorted) {
          expect(c.start).toBeGreaterThanOrEqual(at);
          expected += text.slice(at, c.start) + c.to;
          at = c.end;
        }
        expect(out).toBe(expected + text.slice(at));
      }),
    );
  });
});

describe('history: undo restores the text before the last apply', () => {
  it('walks back apply by apply, then has nothing left', () => {
    let h = record(EMPTY_HISTORY, 'v1');
    h = record(h, 'v2');
    const first = undo(h)!;
    expect(first.text).toBe('v2');
    const second = undo(first.history)!;
    expect(second.text).toBe('v1');
    expect(undo(second.history)).toBeUndefined();
  });

  it('keeps a bounded number of versions, dropping the oldest', () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < 25; i++) h = record(h, `v${i}`);
    expect(h.past.length).toBe(20);
    expect(h.past[0]).toBe('v5');
  });
});
