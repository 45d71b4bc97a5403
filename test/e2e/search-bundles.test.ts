// Search past one Pagefind index (src/lib/search/bundles.ts): the built site re-indexed as three bundles
// answers every query with the same pages as the one-bundle site, and a result list draws on every bundle.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const CLI = fileURLToPath(new URL('../../src/cli/index-search.ts', import.meta.url));
let copy: string;
let one: StaticServer;
let three: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'bundles-'));
  cpSync(DIST, copy, { recursive: true });
  // ~245 pages at 100 a bundle: three bundles, cut in path order (reports first, documents last).
  execFileSync(process.execPath, [CLI, copy, '--per-bundle', '100'], { stdio: 'pipe' });
  [one, three] = await Promise.all([serveStatic(DIST), serveStatic(copy)]);
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([one?.close(), three?.close()]);
  rmSync(copy, { recursive: true, force: true });
});

/** Every result of a word query on /tim-kiem/ ("Xem thêm" pressed until none is left). */
async function allResults(base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => !['', 'Đang tìm…'].includes(document.getElementById('tk-trang-thai')?.textContent ?? ''));
  for (;;) {
    const more = page.locator('#tk-them:visible');
    if ((await more.count()) === 0) break;
    const before = await page.locator('#tk-ket-qua > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#tk-ket-qua > li').length > n, before);
  }
  return page.$$eval('#tk-ket-qua > li a:first-of-type', (links) => links.map((a) => a.getAttribute('href')!).sort());
}

describe('a site indexed as several bundles', () => {
  it('writes a manifest naming the bundles the browser merges', () => {
    expect(JSON.parse(readFileSync(join(copy, 'pagefind/bundles.json'), 'utf8'))).toEqual({ merge: ['/pagefind/them-1/', '/pagefind/them-2/'] });
    expect(JSON.parse(readFileSync(join(DIST, 'pagefind/bundles.json'), 'utf8'))).toEqual({ merge: [] });
  });

  it.each([
    'viện trợ phi chính phủ', // documents (last bundle) and the reports that carry them out (first)
    'Quảng Ngãi', // reports, provincial documents and topic pages: every bundle
    'doan ra doan vao', // folded keys, typed without marks
  ])('“%s” finds the same pages as the one-bundle site, from more than one bundle', { timeout: 60_000 }, async (query) => {
    const single = await allResults(one.url, query);
    const merged = await allResults(three.url, query);
    expect(single.length).toBeGreaterThan(0);
    expect(merged).toEqual(single);
    const folders = new Set(merged.map((href) => href.split('/')[1]));
    expect(folders.size, [...folders].join(', ')).toBeGreaterThan(1);
  });
});
