// Builds the Pagefind search index of a built site: `node src/cli/index-search.ts [dist] [--per-bundle N]` (the
// last step of `npm run build`; `--per-bundle` lowers the bundle size, for tests and benchmarks). One bundle for
// a site of up to PAGES_PER_BUNDLE pages, exactly `pagefind --site dist`; past that, several bundles merged in
// the browser (src/lib/search/bundles.ts says why and where they go).
//
// Each bundle is Pagefind's own CLI run over a staging folder of hard links to that bundle's pages (same
// relative paths, so the same URLs), one bundle after the other. Chosen over Pagefind's Node API fed page by
// page: at 12,000 pages the API took 74 s where the CLI over staging folders took 59 s, as the CLI reads and
// parses pages on every core.
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundlePath, BUNDLES_URL, manifestOf, PAGES_PER_BUNDLE, planBundles } from '../lib/search/bundles.ts';

const PAGEFIND = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
/** Pagefind indexes only pages marking their body when any page does; every page of ours that should be found does. */
const BODY = 'data-pagefind-body';

function htmlPages(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((page) => !page.startsWith('pagefind/') && readFileSync(join(dist, page), 'utf8').includes(BODY));
}

function pagefind(site: string, outputPath: string): void {
  execFileSync(process.execPath, [PAGEFIND, '--site', site, '--output-path', outputPath], { stdio: 'inherit' });
}

/** A folder holding only these pages, as links (a copy where the file system cannot link). */
function stage(dist: string, pages: string[], folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (const page of pages) {
    const to = join(folder, page);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(dist, page), to);
    } catch {
      copyFileSync(join(dist, page), to);
    }
  }
}

function main(dist: string, perBundle: number): void {
  const started = performance.now();
  const output = (i: number) => join(dist, bundlePath(i));
  rmSync(output(0), { recursive: true, force: true });
  const pages = htmlPages(dist);
  const bundles = planBundles(pages, perBundle);
  if (bundles.length === 1) pagefind(dist, output(0));
  else {
    // Bundle 0 first: it lays out /pagefind/, and the others go inside it.
    for (const [i, bundle] of bundles.entries()) {
      const staging = join(dist, `.pagefind-bundle-${i}`);
      stage(dist, bundle, staging);
      pagefind(staging, output(i));
      rmSync(staging, { recursive: true, force: true });
      console.log(`pagefind: bundle ${i + 1}/${bundles.length}, ${bundle.length} pages → ${bundlePath(i)}`);
    }
  }
  writeFileSync(join(dist, BUNDLES_URL), JSON.stringify(manifestOf(bundles.length)));
  const seconds = ((performance.now() - started) / 1000).toFixed(3);
  console.log(`pagefind: ${pages.length} pages in ${bundles.length} bundle(s), all indexed in ${seconds} seconds`);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'per-bundle': { type: 'string' } } });
try {
  main(positionals[0] ?? 'dist', Number(values['per-bundle'] ?? PAGES_PER_BUNDLE));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
