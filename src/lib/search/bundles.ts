/*
 * Past one Pagefind index. Pagefind holds a whole index in memory while it builds it (about 4 GB at 12,000
 * of our pages) and is known to fail near 30,000, so a large site is indexed as several bundles of at most
 * PAGES_PER_BUNDLE pages, one after the other, and the browser merges them (Pagefind's `mergeIndex`): a
 * query runs over every bundle and the results come back as one ranked list, filters and counts included.
 *
 * Chosen over one index per collection or per year: a reader's query spans every year and both documents
 * and reports, so those indexes would have to be merged on every query anyway, and their sizes would follow
 * the archive's shape (one year or the documents alone can pass the wall) instead of a bound we set.
 * Bundles are cut in path order, so each holds neighbouring pages; the real site is one bundle, laid out
 * exactly as `pagefind --site dist` lays it out.
 *
 *   /pagefind/              bundle 0 (the primary: pagefind.js and the UI files live here)
 *   /pagefind/them-<i>/     bundle i ≥ 1
 *   /pagefind/bundles.json  { "merge": [paths of bundles 1…] } — what the browser merges into bundle 0
 */

/**
 * Pages per bundle: well under Pagefind's wall, and under 4 GB of indexer memory at our page size (measured by
 * bench:scale: 6,000-page bundles peaked at 2.2 GB, 9,600-page ones at 4.2 GB).
 */
export const PAGES_PER_BUNDLE = 8_000;

export const BUNDLES_URL = '/pagefind/bundles.json';

/** The URL folder of bundle `i` (also its folder under dist/). */
export const bundlePath = (i: number): string => (i === 0 ? '/pagefind/' : `/pagefind/them-${i}/`);

export interface BundleManifest {
  /** Bundles to merge into the primary one, by URL folder; empty on a site of one bundle. */
  merge: string[];
}

/** Splits pages (paths relative to dist/) into as few even bundles of at most `perBundle` as will do. */
export function planBundles(pages: readonly string[], perBundle = PAGES_PER_BUNDLE): string[][] {
  if (!Number.isInteger(perBundle) || perBundle < 1) throw new RangeError(`perBundle must be a positive integer: ${perBundle}`);
  const sorted = [...pages].sort();
  const count = Math.max(1, Math.ceil(sorted.length / perBundle));
  const size = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, i) => sorted.slice(i * size, (i + 1) * size));
}

export const manifestOf = (bundles: number): BundleManifest => ({
  merge: Array.from({ length: Math.max(0, bundles - 1) }, (_, i) => bundlePath(i + 1)),
});
