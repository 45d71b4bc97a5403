// A cold exact-symbol query in Chromium over the big build: bytes fetched and time to the first result.
// Through the site's own search page when it is built (/tim-kiem/?q=…), and always through pagefind.js
// directly, every bundle merged (the floor any search UI pays). Served on loopback with gzip for text, as a
// static host would; Pagefind's index files are already gzipped on disk.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../support/browser.ts';
import { serveStatic, type ServedRequest, type StaticServer } from '../../support/static-server.ts';

export interface QueryResult {
  via: 'search page' | 'pagefind.js';
  query: string;
  expected: string;
  /** Bytes on the wire from the start of the query until the results settled. */
  bytes: number;
  /** Of which Pagefind's files (library, wasm, index, fragments). */
  pagefindBytes: number;
  /** Bytes fetched by the time the first result was shown. */
  bytesAtFirst: number;
  msToFirst: number;
  firstUrl?: string;
  /** 1-based rank of the expected page among the results, when it is shown. */
  rank?: number;
  requests: ServedRequest[];
}

const sum = (rs: ServedRequest[]) => rs.reduce((a, r) => a + r.bytes, 0);
const pagefindOnly = (rs: ServedRequest[]) => rs.filter((r) => r.path.startsWith('/pagefind/'));

async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => {});
}

async function viaApi(server: StaticServer, page: Page, query: string, expected: string): Promise<QueryResult> {
  await page.goto(`${server.url}/404.html`, { waitUntil: 'networkidle' });
  server.reset();
  const result = await page.evaluate(async (q) => {
    const t0 = performance.now();
    const library = '/pagefind/pagefind.js'; // a URL of the served site, not a module of this project
    const pf = await import(library);
    // Past one bundle, the others are merged in, as the site's search engine does (src/lib/search/bundles.ts).
    const manifest = await fetch('/pagefind/bundles.json').then((r) => (r.ok ? r.json() : { merge: [] }));
    await pf.init();
    await Promise.all((manifest.merge as string[]).map((path) => pf.mergeIndex(path)));
    const search = await pf.search(q);
    const first = search.results.length ? await search.results[0].data() : undefined;
    const ms = performance.now() - t0;
    const top = await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<{ url: string }> }) => r.data()));
    return { ms, firstUrl: first?.url as string | undefined, urls: top.map((d: { url: string }) => d.url) };
  }, query);
  const requests = server.requests();
  const rank = result.urls.findIndex((u) => u === expected) + 1;
  return {
    via: 'pagefind.js',
    query,
    expected,
    bytes: sum(requests),
    pagefindBytes: sum(pagefindOnly(requests)),
    bytesAtFirst: sum(requests),
    msToFirst: result.ms,
    firstUrl: result.firstUrl,
    rank: rank || undefined,
    requests,
  };
}

async function viaSearchPage(server: StaticServer, page: Page, dist: string, query: string, expected: string): Promise<QueryResult> {
  // Links present in the static page are not results; a result is a document/report link added afterwards.
  const staticHrefs = new Set([...readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8').matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
  server.reset();
  const t0 = Date.now();
  await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  const handle = await page.waitForFunction(
    (known) => [...document.querySelectorAll('main a[href^="/van-ban/"], main a[href^="/bao-cao/"]')].find((a) => !known.includes(a.getAttribute('href')!))?.getAttribute('href'),
    [...staticHrefs],
    { timeout: 60_000, polling: 'raf' },
  );
  const msToFirst = Date.now() - t0;
  const bytesAtFirst = server.bytesSent();
  const firstUrl = (await handle.jsonValue()) as string;
  await settle(page);
  const urls = await page.$$eval('main a[href^="/van-ban/"], main a[href^="/bao-cao/"]', (as, known) => as.map((a) => a.getAttribute('href')!).filter((h) => !known.includes(h)), [...staticHrefs]);
  const requests = server.requests();
  const rank = [...new Set(urls)].indexOf(expected) + 1;
  return { via: 'search page', query, expected, bytes: sum(requests), pagefindBytes: sum(pagefindOnly(requests)), bytesAtFirst, msToFirst, firstUrl, rank: rank || undefined, requests };
}

/** Runs the cold query both ways (each in a fresh browser context: empty cache). */
export async function coldQueries(dist: string, query: string, expected: string): Promise<QueryResult[]> {
  const server = await serveStatic(dist.endsWith('/') ? dist : `${dist}/`, { gzip: true });
  const browser = await launchChromium();
  const results: QueryResult[] = [];
  try {
    const fresh = async () => (await browser.newContext()).newPage();
    if (existsSync(join(dist, 'tim-kiem/index.html'))) results.push(await viaSearchPage(server, await fresh(), dist, query, expected));
    results.push(await viaApi(server, await fresh(), query, expected));
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
