import { describe, expect, it } from 'vitest';
import { problemGroups } from '../../../src/lib/report/summary.ts';

const cite = (anchor: string, text: string, ...messages: string[]) => ({ start: 0, end: 0, id: null, anchor, text, problems: messages.map((message) => ({ code: 'x', message })) });

describe('problemGroups', () => {
  it('lists each distinct problem once, with every place, in order of first occurrence', () => {
    const groups = problemGroups([
      cite('trich-dan-1', 'Nghị định số 80/2022/NĐ-CP ngày 17/9/2020', 'Sai năm.', 'Sai ngày.'),
      cite('trich-dan-2', 'Kế hoạch 12', 'Tên viết tắt lạ.'),
      cite('trich-dan-3', 'Nghị định số 80/2022/NĐ-CP', 'Sai năm.'),
      cite('trich-dan-4', 'Nghị quyết 36'),
    ]);
    expect(groups).toEqual([
      // the wrong year, twice: once with a wrong date as well, once alone
      { message: 'Sai năm.', written: 'Nghị định số 80/2022/NĐ-CP ngày 17/9/2020', anchors: ['trich-dan-1', 'trich-dan-3'] },
      { message: 'Sai ngày.', written: 'Nghị định số 80/2022/NĐ-CP ngày 17/9/2020', anchors: ['trich-dan-1'] },
      { message: 'Tên viết tắt lạ.', written: 'Kế hoạch 12', anchors: ['trich-dan-2'] },
    ]);
  });
});
