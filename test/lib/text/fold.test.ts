import { describe, expect, it } from 'vitest';
import { fold, foldPhrase, tidy } from '../../../src/lib/text/fold.ts';

describe('fold', () => {
  it.each([
    // Vietnamese letters lose their marks, đ becomes d, everything is lower case
    ['Nghị định số 80/2020/NĐ-CP', 'nghi dinh so 80/2020/nd-cp'],
    // Đ typed as Icelandic eth (U+00D0) or African D (U+0189) folds like Đ
    ['N\u00d0-CP N\u0189-CP', 'nd-cp nd-cp'],
    // en dash, minus sign and fullwidth slash from Word and PDF exports become plain separators
    ['27\uff0fNQ\u2013CP 27/NQ\u2212CP', '27/nq-cp 27/nq-cp'],
    // Cyrillic look-alikes pasted into a Latin code ("СР")
    ['NQ-\u0421\u0420', 'nq-cp'],
    // non-breaking space and tab become spaces; a line break stays a line break
    ['a\u00a0b\tc\nd', 'a b c\nd'],
    // soft hyphen and zero-width space vanish
    ['NQ\u00ad-\u200bCP', 'nq-cp'],
    // curly quotes become straight ones
    ['“Kế hoạch 92”', '"ke hoach 92"'],
  ])('%j → %j', (input, expected) => expect(fold(input).text).toBe(expected));

  it('maps every folded offset back into decomposed (NFD) input', () => {
    const input = 'Nghị định số 80'.normalize('NFD');
    const folded = fold(input);
    expect(folded.text).toBe('nghi dinh so 80');
    const start = folded.text.indexOf('dinh');
    const end = start + 'dinh'.length;
    // the span ends after the combining marks of "ị" (đ is precomposed even in NFD)
    expect(input.slice(folded.toOriginal(start), folded.toOriginal(end))).toBe('định'.normalize('NFD'));
    expect(folded.toOriginal(folded.text.length)).toBe(input.length);
  });

  it('keeps a surrogate pair as one folded unit and maps around it', () => {
    const input = 'a😀b';
    const folded = fold(input);
    expect(folded.text).toBe('a\ufffdb');
    expect(input.slice(folded.toOriginal(2), folded.toOriginal(3))).toBe('b');
  });

  it('replaces a lone surrogate instead of failing', () => {
    expect(fold('x\ud800y').text).toBe('x\ufffdy');
  });

  it('folds long input in chunks without changing the result', () => {
    const input = 'Nghị quyết '.repeat(20000);
    expect(fold(input).text).toBe('nghi quyet '.repeat(20000));
  });
});

describe('foldPhrase and tidy', () => {
  it.each([
    // whitespace runs collapse, ends are trimmed
    ['  Luật  Cư\ntrú ', 'luat cu tru'],
    // NFD and NFC give the same key
    ['Quảng Ngãi'.normalize('NFD'), 'quang ngai'],
  ])('foldPhrase(%j) = %j', (input, expected) => expect(foldPhrase(input)).toBe(expected));

  it.each([
    // a PDF line break inside a citation reads as one space
    ['Nghị định\nsố 80', 'Nghị định số 80'],
    // decomposed text is composed again
    ['Bộ Chính trị'.normalize('NFD'), 'Bộ Chính trị'],
    // already tidy text is returned as is
    ['36-NQ/TW', '36-NQ/TW'],
  ])('tidy(%j) = %j', (input, expected) => expect(tidy(input)).toBe(expected));
});
