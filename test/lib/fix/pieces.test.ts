import { describe, expect, it } from 'vitest';
import { citeText } from '../../../src/lib/citations/index.ts';
import { draftPieces } from '../../../src/lib/fix/pieces.ts';
import { catalogue } from '../citations/fixtures.ts';

const shape = (text: string, citations = citeText(text, catalogue, { asOf: '2023-12-31' })) =>
  draftPieces(text, citations).map((p) => ('text' in p ? p.text : `[${p.index}:${p.citation.text}]`));

describe('draftPieces: the text cut at its citations', () => {
  it.each([
    // text, citation, text, citation, text: indexes follow the checked list
    ['Theo Nghị quyết số 27/NQ-CP và Nghị quyết số 36-NQ/TW.', ['Theo ', '[0:Nghị quyết số 27/NQ-CP]', ' và ', '[1:Nghị quyết số 36-NQ/TW]', '.']],
    // a citation at the very start and end: no empty pieces
    ['Nghị quyết số 27/NQ-CP', ['[0:Nghị quyết số 27/NQ-CP]']],
    // no citation: the whole text
    ['Không có trích dẫn.', ['Không có trích dẫn.']],
  ])('%j', (text, expected) => expect(shape(text)).toEqual(expected));

  it('a citation that does not match the text (stale offsets) stays plain text, the others keep their index', () => {
    const text = 'Theo Nghị quyết số 27/NQ-CP và Nghị quyết số 36-NQ/TW.';
    const [a, b] = citeText(text, catalogue);
    expect(shape(text, [{ ...a, text: 'khác' }, b])).toEqual(['Theo Nghị quyết số 27/NQ-CP và ', '[1:Nghị quyết số 36-NQ/TW]', '.']);
  });
});
