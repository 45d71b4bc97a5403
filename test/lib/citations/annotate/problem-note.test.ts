import { describe, expect, it } from 'vitest';
import { noteParts, problemNote } from '../../../../src/lib/citations/annotate/problem-note.ts';

const fix = 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ';

describe('problemNote: one wording for the checker, the report page and the CLI', () => {
  it.each([
    // two field problems sharing one corrected citation: each message, then one "Nên viết"
    [[{ message: 'Sai năm.', suggestion: fix }, { message: 'Sai ngày.', suggestion: fix }], [], `Sai năm. Sai ngày. Nên viết: “${fix}”.`],
    // a problem without a suggestion (the successor named in the message only)
    [[{ message: 'Văn bản đã bị thay thế.', suggestion: '' }], [], 'Văn bản đã bị thay thế.'],
    // a note after the problems; its full form is the one suggestion
    [[], [{ message: 'Lần đầu nhắc đến văn bản nên ghi đủ.', suggestion: 'Nghị quyết số 36-NQ/TW ngày 26/3/2004' }], 'Lần đầu nhắc đến văn bản nên ghi đủ. Nên viết: “Nghị quyết số 36-NQ/TW ngày 26/3/2004”.'],
  ])('%j %j', (problems, notes, expected) => expect(problemNote(problems, notes)).toBe(expected));

  it('says nothing when there is nothing to say', () => {
    expect(problemNote([])).toBeUndefined();
    expect(noteParts([])).toEqual({ messages: [], suggestions: [] });
  });
});
