import { describe, expect, it } from 'vitest';
import { nowrapRuns } from '../../../src/lib/format/nowrap.ts';

const kept = (text: string) => nowrapRuns(text).filter((r) => r.keep).map((r) => r.text);

describe('nowrapRuns', () => {
  it.each([
    // a decree's symbol inside the status line
    ['Hết hiệu lực: bị thay thế bởi Nghị định 313/2025/NĐ-CP từ 08/12/2025', ['313/2025/NĐ-CP', '08/12/2025']],
    // Party symbols, hyphen first
    ['12-CT/TW', ['12-CT/TW']],
    // a symbol letters-first, in brackets
    ['Quyết định (QĐ-UBND/2019)', ['QĐ-UBND/2019']],
    // plain words with a hyphen and no digit stay breakable
    ['Kinh tế - xã hội, Hàn – Việt', []],
  ])('%s', (text, expected) => {
    expect(kept(text)).toEqual(expected);
    expect(nowrapRuns(text).map((r) => r.text).join('')).toBe(text);
  });
});
