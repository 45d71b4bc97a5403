import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundlePath, manifestOf, planBundles } from '../../../src/lib/search/bundles.ts';

const page = (i: number) => `van-ban/${String(i).padStart(5, '0')}/index.html`;

describe('planBundles', () => {
  it.each([
    // [pages, per bundle, sizes]
    [0, 10, [0]], // an empty site still has its primary bundle (Pagefind writes an empty index)
    [10, 10, [10]], // exactly full: one bundle, as `pagefind --site dist` lays it out
    [11, 10, [6, 5]], // one over: two even halves, not 10 + 1
    [25, 10, [9, 9, 7]], // as few bundles as will do, the last the smallest
    [40_000, 10_000, [10_000, 10_000, 10_000, 10_000]],
  ])('%i pages at %i a bundle → %j', (n, per, sizes) => {
    expect(planBundles(Array.from({ length: n }, (_, i) => page(i)), per).map((b) => b.length)).toEqual(sizes);
  });

  it('cuts in path order, so a bundle holds neighbouring pages', () => {
    const bundles = planBundles(['van-ban/b/index.html', 'bao-cao/a/index.html', 'van-ban/a/index.html', 'index.html'], 2);
    expect(bundles).toEqual([
      ['bao-cao/a/index.html', 'index.html'],
      ['van-ban/a/index.html', 'van-ban/b/index.html'],
    ]);
  });

  it('refuses a bundle size that is not a positive integer', () => {
    for (const per of [0, -1, 1.5, Number.NaN]) expect(() => planBundles([page(1)], per)).toThrow(RangeError);
  });

  it('puts every page in exactly one bundle, none over the size, none empty', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(100_000), { maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (numbers, per) => {
        const pages = numbers.map(page);
        const bundles = planBundles(pages, per);
        expect(bundles.flat().sort()).toEqual([...pages].sort());
        const sizes = bundles.map((b) => b.length);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(per);
        expect(bundles.length).toBe(Math.max(1, Math.ceil(pages.length / per)));
        // Even: equal bundles but the last, which may be shorter, never empty unless the site is.
        if (pages.length > 0) expect(Math.min(...sizes)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the manifest', () => {
  it('names every bundle but the primary, which Pagefind loads itself', () => {
    expect(manifestOf(1)).toEqual({ merge: [] });
    expect(manifestOf(3)).toEqual({ merge: ['/pagefind/them-1/', '/pagefind/them-2/'] });
    expect(bundlePath(0)).toBe('/pagefind/');
  });
});
