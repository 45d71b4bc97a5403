// Search end to end, in headless Chromium against the built site (npm test builds first): the first result
// for the queries staff type, the exact marker and the "no such symbol" message, a filter combination kept in
// the URL, the header combobox by keyboard, the no-JavaScript fallback, a phone-width check, exact hits
// answered from the exact table's shard without Pagefind ("Tìm thêm trong toàn văn" loads it), and the cost
// of a cold exact-symbol query (bytes and time to the first result, printed for the record).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;
let shared: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  shared = await browser.newContext({ locale: 'vi-VN' });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server.url}${path}`;
const box = '#o-tim-kiem';
const options = '#o-tim-kiem-goi-y [role="option"]';

interface Shown {
  status: string;
  message: string;
  heading: string;
  total: number;
  hits: { href: string; exact: string; title: string; meta: string; badge: string }[];
}

/** Opens /tim-kiem/?q=… and waits until the results (or the "none" status) are shown. */
async function searchPage(page: Page, query: string, params = ''): Promise<Shown> {
  await page.goto(url(`/tim-kiem/?q=${encodeURIComponent(query)}${params}`));
  return settled(page);
}

async function settled(page: Page): Promise<Shown> {
  await page.waitForFunction(() => {
    const status = document.getElementById('tk-trang-thai')?.textContent ?? '';
    return status !== '' && status !== 'Đang tìm…';
  });
  return page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const message = document.getElementById('tk-thong-bao')!;
    const heading = document.getElementById('tk-tieu-de')!;
    return {
      status: text(document.getElementById('tk-trang-thai')),
      message: message.hidden ? '' : text(message),
      heading: heading.hidden ? '' : text(heading),
      total: Number(document.getElementById('tk-ket-qua')!.dataset.total ?? 0),
      hits: [...document.querySelectorAll<HTMLElement>('#tk-ket-qua > li')].map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        exact: li.dataset.exact ?? '',
        title: text(li.querySelector('h3')),
        meta: text(li.querySelector('.meta')),
        badge: li.querySelector<HTMLElement>('.badge')?.dataset.status ?? '',
      })),
    };
  });
}

describe('the first result', () => {
  let page: Page;
  beforeAll(async () => {
    page = await shared.newPage();
  });
  afterAll(async () => page?.close());

  // [query, expected first result, how it is marked]
  it.each([
    ['nghi dinh 80', '/van-ban/80-2020-nd-cp/', 'symbol'], // no diacritics, đ typed as d
    ['Nghị định 80', '/van-ban/80-2020-nd-cp/', 'symbol'],
    ['80/2020/NĐ-CP', '/van-ban/80-2020-nd-cp/', 'symbol'],
    ['80/2020/ND-CP', '/van-ban/80-2020-nd-cp/', 'symbol'],
    ['80/2020', '/van-ban/80-2020-nd-cp/', 'symbol'],
    ['80-2020', '/van-ban/80-2020-nd-cp/', 'symbol'],
    ['nd 80', '/van-ban/80-2020-nd-cp/', 'symbol'],
    ['QĐ 272', '/van-ban/272-qd-tw/', 'symbol'],
    ['Quy chế 272', '/van-ban/272-qd-tw/', 'name'],
    ['Nghị quyết 36', '/van-ban/36-nq-tw/', 'symbol'],
    ['nghi quyet 36', '/van-ban/36-nq-tw/', 'symbol'],
    ['Luật Cư trú', '/van-ban/68-2020-qh14/', 'name'],
    ['luat cu tru', '/van-ban/68-2020-qh14/', 'name'],
    ['đối ngoại nhân dân', '/van-ban/12-ct-tw/', ''],
    ['doi ngoai nhan dan', '/van-ban/12-ct-tw/', ''], // đ typed as d, found through the folded keys
    // Both decrees on aid say "viện trợ phi chính phủ"; the one in force leads, the replaced 80/2020 follows.
    ['viện trợ phi chính phủ', '/van-ban/313-2025-nd-cp/', ''],
    ['vien tro phi chinh phu', '/van-ban/313-2025-nd-cp/', ''],
  ])('%s → %s', { timeout: 15_000 }, async (query, href, exact) => {
    const shown = await searchPage(page, query);
    expect(shown.hits[0], shown.status).toMatchObject({ href, exact });
    expect(shown.message).toBe('');
    if (exact) expect(shown.status).toMatch(/^Khớp chính xác\./);
    // Only the first result may carry the exact marker here (each of these symbols names one document).
    expect(shown.hits.slice(1).filter((h) => h.exact)).toEqual([]);
  });

  it('“viện trợ phi chính phủ” also lists the replaced decree, badged as replaced; the one in force says so', async () => {
    const shown = await searchPage(page, 'viện trợ phi chính phủ');
    const badge = (href: string) => shown.hits.find((h) => h.href === href)?.badge;
    expect(badge('/van-ban/80-2020-nd-cp/')).toBe('bi-thay-the');
    expect(badge('/van-ban/313-2025-nd-cp/')).toBe('con-hieu-luc');
  });

  it('every document result carries a status badge, no report does', async () => {
    const shown = await searchPage(page, 'đối ngoại');
    const documents = shown.hits.filter((h) => h.href.startsWith('/van-ban/'));
    expect(documents.length).toBeGreaterThan(3);
    expect(documents.filter((h) => !h.badge).map((h) => h.href)).toEqual([]);
    expect(shown.hits.filter((h) => h.href.startsWith('/bao-cao/') && h.badge)).toEqual([]);
  });

  it('“dang uy” (no diacritics) leads with a document of a Tỉnh ủy, filed under Đảng', async () => {
    // No catalogue text says "Đảng ủy"; a Tỉnh ủy is a provincial Đảng ủy, and its documents carry the
    // folded issuer ("Tinh uy …") and system ("Dang") the query matches.
    const shown = await searchPage(page, 'dang uy');
    expect(shown.hits[0].href).toMatch(/^\/van-ban\//);
    expect(shown.hits[0].meta).toMatch(/Tỉnh ủy/);
  });

  it('a wrong number is not shown as exact: “12-NQ/TW”', async () => {
    const shown = await searchPage(page, '12-NQ/TW');
    expect(shown.message).toBe('Không có văn bản số 12-NQ/TW trong danh mục.');
    expect(shown.heading).toBe('Có phải bạn muốn tìm …');
    expect(shown.hits.filter((h) => h.exact)).toEqual([]);
    expect(shown.hits.slice(0, 2).map((h) => h.href)).toEqual(['/van-ban/12-ct-tw/', '/van-ban/12-kl-tw/']);
  });

  it('a wrong year is not shown as exact: “80/2021/NĐ-CP” suggests 80/2020/NĐ-CP', async () => {
    const shown = await searchPage(page, '80/2021/NĐ-CP');
    expect(shown.message).toBe('Không có văn bản số 80/2021/NĐ-CP trong danh mục.');
    expect(shown.hits[0]).toMatchObject({ href: '/van-ban/80-2020-nd-cp/', exact: '' });
  });

  it('reports are searchable and say so', async () => {
    const shown = await searchPage(page, 'Bình Sơn năm 2023');
    expect(shown.hits[0].href).toBe('/bao-cao/quang-ngai-binh-son-2023/');
    expect(shown.hits[0].meta).toMatch(/^Báo cáo/);
  });
});

describe('filters', () => {
  it('narrow the results, stay in the URL, and a shared URL shows the same', { timeout: 20_000 }, async () => {
    const page = await shared.newPage();
    const all = await searchPage(page, 'đối ngoại');
    expect(all.total).toBeGreaterThan(20);

    await page.selectOption('select[name="tinh"]', 'Quảng Ngãi');
    await page.waitForURL(/tinh=Qu%E1%BA%A3ng\+Ng%C3%A3i/);
    const province = await settled(page);
    expect(province.total).toBeGreaterThan(0);
    expect(province.total).toBeLessThan(all.total);
    expect(province.status).toContain('(đã lọc)');

    await page.selectOption('select[name="loai-van-ban"]', 'Quyết định');
    await page.waitForURL(/loai-van-ban=Quy%E1%BA%BFt\+%C4%91%E1%BB%8Bnh/);
    const both = await settled(page);
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(province.total);
    expect(both.hits.every((h) => h.meta.startsWith('Văn bản: Quyết định'))).toBe(true);
    // Beside each value, how many results it would leave.
    expect(await page.textContent('select[name="tinh"] option[value="Quảng Ngãi"]')).toBe(`Quảng Ngãi (${both.total})`);

    const shared2 = await browser.newPage();
    await shared2.goto(page.url());
    const reopened = await settled(shared2);
    expect(reopened.hits.map((h) => h.href)).toEqual(both.hits.map((h) => h.href));
    expect(await shared2.inputValue('#tk-q')).toBe('đối ngoại');
    expect(await shared2.inputValue('select[name="tinh"]')).toBe('Quảng Ngãi');
    await shared2.close();
    await page.close();
  });
});

describe('the header search box', () => {
  it('badges every document suggestion with its status', { timeout: 20_000 }, async () => {
    const page = await shared.newPage();
    await page.goto(url('/van-ban/'));
    await page.focus(box);
    // [query, the suggestions' status badges until "Xem tất cả"/"Tìm thêm"]
    for (const [query, first] of [
      ['nd 80', 'bi-thay-the'], // exact hit from the table: replaced by 313/2025/NĐ-CP
      ['viện trợ', ''], // Pagefind's answer: every document option has a badge
    ]) {
      await page.fill(box, query);
      await page.waitForSelector(`${options}.sb-all`);
      const shown = await page.$$eval(`${options}:not(.sb-all)`, (lis) =>
        lis.map((li) => ({ document: li.id !== '' && !/báo cáo/i.test(li.querySelector('.hit-meta')?.textContent ?? ''), badge: li.querySelector<HTMLElement>('.badge')?.dataset.status ?? '' })),
      );
      expect(shown.length, query).toBeGreaterThan(0);
      if (first) expect(shown[0].badge).toBe(first);
      expect(shown.filter((o) => o.document && !o.badge), query).toEqual([]);
    }
    await page.close();
  });

  it('works with the keyboard alone: / focuses, arrows move, Esc closes, Enter opens', { timeout: 20_000 }, async () => {
    const page = await shared.newPage();
    await page.goto(url('/van-ban/36-nq-tw/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('o-tim-kiem');
    expect(await page.getAttribute(box, 'role')).toBe('combobox');
    expect(await page.getAttribute(box, 'aria-expanded')).toBe('false');

    await page.keyboard.type('qd 272');
    // An exact hit: the table's answer, then the option that loads the full-text results.
    await page.waitForSelector(`${options}:has-text("Tìm thêm trong toàn văn")`);
    expect(await page.getAttribute(box, 'aria-expanded')).toBe('true');
    expect(await page.getAttribute(box, 'aria-controls')).toBe('o-tim-kiem-goi-y');
    expect(await page.textContent(`${options} >> nth=0`)).toMatch(/Quyết định 272-QĐ\/TW.*Khớp chính xác số hiệu/);
    expect(await page.textContent('#o-tim-kiem-trang-thai')).toMatch(/^Khớp chính xác: Quyết định 272-QĐ\/TW\. \d+ kết quả khớp; mục cuối: tìm thêm trong toàn văn\./);

    const activeOption = () =>
      page.evaluate(() => {
        const id = document.getElementById('o-tim-kiem')!.getAttribute('aria-activedescendant');
        const el = id ? document.getElementById(id) : null;
        return { id, selected: el?.getAttribute('aria-selected'), focus: document.activeElement?.id };
      });
    await page.keyboard.press('ArrowDown');
    expect(await activeOption()).toEqual({ id: 'o-tim-kiem-0', selected: 'true', focus: 'o-tim-kiem' });
    await page.keyboard.press('ArrowDown');
    expect((await activeOption()).id).toBe('o-tim-kiem-toan-van');
    await page.keyboard.press('ArrowUp');
    expect((await activeOption()).id).toBe('o-tim-kiem-0');

    await page.keyboard.press('Escape');
    expect(await page.isHidden('#o-tim-kiem-popup')).toBe(true);
    expect(await page.getAttribute(box, 'aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('o-tim-kiem');

    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(box, 'aria-expanded')).toBe('true');
    await Promise.all([page.waitForURL(/\/van-ban\/272-qd-tw\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('Enter without a chosen option opens the search page with the query in the URL', { timeout: 15_000 }, async () => {
    const page = await shared.newPage();
    await page.goto(url('/'));
    await page.focus(box);
    await page.keyboard.type('đối ngoại nhân dân');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('đối ngoại nhân dân');
    expect((await settled(page)).hits[0].href).toBe('/van-ban/12-ct-tw/');
    await page.close();
  });

  it('has no serious or critical axe violation while open, and fits a 375 px phone', { timeout: 20_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(url('/van-ban/12-ct-tw/'));
    await page.focus(box);
    await page.keyboard.type('12-NQ/TW');
    await page.waitForSelector(`${options}:has-text("Xem tất cả")`);
    expect(await page.textContent('#o-tim-kiem-ghi-chu')).toBe('Không có văn bản số 12-NQ/TW trong danh mục. Có phải bạn muốn tìm …');
    expect(await page.locator('#o-tim-kiem-goi-y .hit-exact').count()).toBe(0);
    await page.keyboard.press('ArrowDown');

    const layout = await page.evaluate(() => {
      const r = document.getElementById('o-tim-kiem-popup')!.getBoundingClientRect();
      return { scroll: document.documentElement.scrollWidth, width: innerWidth, left: r.left, right: r.right };
    });
    expect(layout.scroll).toBeLessThanOrEqual(layout.width);
    expect(layout.left).toBeGreaterThanOrEqual(0);
    expect(layout.right).toBeLessThanOrEqual(layout.width);

    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(
        { include: [['header']] },
        { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      );
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the box still submits, and the search page points to the document list', { timeout: 20_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/van-ban/36-nq-tw/'));
    expect(await page.getAttribute('header form[role="search"]', 'action')).toBe('/tim-kiem/');
    await page.fill('#o-tim-kiem', 'nghi dinh 80');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=nghi\+dinh\+80$/), page.press('#o-tim-kiem', 'Enter')]);
    expect(await page.isVisible('#tk-khong-js')).toBe(true);
    expect(await page.isVisible('#tk-khong-js a[href="/van-ban/"]')).toBe(true);
    expect(await page.isHidden('#tk')).toBe(true);
    await context.close();
  });
});

describe('exact hits without Pagefind', () => {
  it('a cold exact query on the search page fetches its shard only: no /pagefind/ file, ≤ 20 KB of data', { timeout: 20_000 }, async () => {
    const context = await browser.newContext({ locale: 'vi-VN' }); // empty cache
    const page = await context.newPage();
    server.reset();
    const shown = await searchPage(page, '80/2020/NĐ-CP');
    expect(shown.hits).toHaveLength(1);
    expect(shown.hits[0]).toMatchObject({ href: '/van-ban/80-2020-nd-cp/', exact: 'symbol' });
    expect(shown.status).toMatch(/^Khớp chính xác\. 1 kết quả cho “80\/2020\/NĐ-CP”; có thể tìm thêm trong toàn văn\.$/);
    await page.waitForLoadState('networkidle');
    const requests = server.requests();
    expect(requests.filter((r) => r.path.startsWith('/pagefind/'))).toEqual([]);
    const data = requests.filter((r) => r.path.startsWith('/du-lieu/'));
    expect(data.map((r) => r.path)).toEqual([expect.stringMatching(/^\/du-lieu\/so-hieu-\d+\.json$/)]);
    expect(data.reduce((a, r) => a + r.bytes, 0)).toBeLessThanOrEqual(20 * 1024);
    expect(await page.isVisible('button#tk-toan-van')).toBe(true);
    await context.close();
  });

  it('“Tìm thêm trong toàn văn” loads Pagefind and appends full-text results behind the exact hit', { timeout: 20_000 }, async () => {
    const page = await shared.newPage();
    const exact = await searchPage(page, 'Nghị định 80');
    expect(exact.hits.map((h) => h.href)).toEqual(['/van-ban/80-2020-nd-cp/']);
    const button = page.locator('#tk-toan-van');
    expect(await button.evaluate((b) => b.tagName)).toBe('BUTTON');
    const pagefind = page.waitForRequest((r) => r.url().includes('/pagefind/'));
    await button.click();
    await pagefind;
    await page.waitForFunction(() => document.querySelectorAll('#tk-ket-qua > li').length > 1);
    const all = await settled(page);
    expect(all.hits[0]).toMatchObject({ href: '/van-ban/80-2020-nd-cp/', exact: 'symbol' });
    expect(all.hits.length).toBeGreaterThan(1);
    expect(all.hits.slice(1).filter((h) => h.exact)).toEqual([]);
    expect(all.status).toMatch(/^Khớp chính xác\. \d+ kết quả cho “Nghị định 80”\.$/);
    expect(await button.isHidden()).toBe(true);
    // The focus goes to the first result that was added.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(all.hits[1].href);
    await page.close();
  });

  it('words still go to Pagefind at once', { timeout: 15_000 }, async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const pagefind = page.waitForRequest((r) => r.url().includes('/pagefind/'));
    const shown = await searchPage(page, 'đối ngoại nhân dân');
    await pagefind;
    expect(shown.hits.length).toBeGreaterThan(1);
    expect(await page.isHidden('#tk-toan-van')).toBe(true);
    await context.close();
  });
});

describe('cost of a cold exact-symbol query from the header box', () => {
  it('bytes fetched and time to the first result; Pagefind only on request', { timeout: 20_000 }, async () => {
    /** Paste a symbol into the box of a page loaded with an empty cache; times and bytes from the page's own clock. */
    const measure = async (gzip: boolean) => {
      const host = gzip ? await serveStatic(DIST, { gzip: true }) : server;
      const context = await browser.newContext({ locale: 'vi-VN' }); // empty cache
      const page = await context.newPage();
      host.reset();
      await page.goto(`${host.url}/van-ban/36-nq-tw/`, { waitUntil: 'networkidle' });
      const pageBytes = host.bytesSent();
      await page.evaluate(() => {
        const w = window as unknown as Record<string, number>;
        const list = document.getElementById('o-tim-kiem-goi-y')!;
        new MutationObserver(() => {
          const now = performance.now();
          if (!w.tFirst && list.querySelector('.hit-exact')) w.tFirst = now;
          if (!w.tAll && /Xem tất cả/.test(list.textContent ?? '')) w.tAll = now;
        }).observe(list, { childList: true, subtree: true, characterData: true });
        w.tLoaded = performance.now();
        // Capture on window runs before the box's own focus listener (which starts the downloads).
        window.addEventListener('focus', () => (w.tFocus ??= performance.now()), { capture: true, once: true });
      });
      await page.focus(box);
      await page.fill(box, '80/2020/NĐ-CP'); // one input event, as a paste
      await page.waitForSelector(`${options}:has-text("Tìm thêm trong toàn văn")`);
      expect(await page.textContent(`${options} >> nth=0`)).toMatch(/^Nghị định 80\/2020\/NĐ-CP.*Khớp chính xác số hiệu/);
      await page.waitForLoadState('networkidle');
      const exactOnly = host.requests();
      // Then the reader asks for more: the last option, by keyboard.
      await page.keyboard.press('ArrowUp');
      expect(await page.getAttribute(box, 'aria-activedescendant')).toBe('o-tim-kiem-toan-van');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${options}:has-text("Xem tất cả")`);
      expect(await page.textContent(`${options} >> nth=0`)).toMatch(/^Nghị định 80\/2020\/NĐ-CP.*Khớp chính xác số hiệu/);
      expect(await page.locator(options).count()).toBeGreaterThan(2);
      expect(await page.textContent('#o-tim-kiem-trang-thai')).toMatch(/^Khớp chính xác: Nghị định 80\/2020\/NĐ-CP\. \d+ kết quả\./);
      const timing = await page.evaluate(() => {
        const w = window as unknown as Record<string, number>;
        const loads = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => r.startTime >= w.tLoaded)
          .map((r) => ({ path: new URL(r.name).pathname, bytes: r.encodedBodySize, end: r.responseEnd }));
        const upTo = (t: number) => loads.filter((l) => l.end <= t);
        const sum = (ls: { bytes: number }[]) => ls.reduce((a, l) => a + l.bytes, 0);
        return {
          firstMs: Math.round(w.tFirst - w.tFocus),
          firstBytes: sum(upTo(w.tFirst)),
          firstFiles: upTo(w.tFirst).map((l) => l.path),
          firstData: sum(upTo(w.tFirst).filter((l) => l.path.startsWith('/du-lieu/'))),
          allBytes: sum(upTo(w.tAll)),
          allFiles: upTo(w.tAll).length,
          sizes: upTo(w.tAll).map((l) => `${l.path.replace(/^.*\//, '')} ${(l.bytes / 1024).toFixed(1)}`),
        };
      });
      await context.close();
      if (gzip) await host.close();
      return { pageBytes, exactOnly, ...timing };
    };
    const plain = await measure(false);
    const gz = await measure(true);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.info(
      `Cold exact-symbol query “80/2020/NĐ-CP” pasted into the header box of /van-ban/36-nq-tw/ (empty cache; ` +
        `page load itself ${kb(plain.pageBytes)}, ${kb(gz.pageBytes)} gzip), times from focus:\n` +
        `  first result (the exact hit) after ${plain.firstMs} ms (${gz.firstMs} ms gzip), ` +
        `${kb(plain.firstBytes)} fetched (${kb(gz.firstBytes)} gzip), of which data ${kb(plain.firstData)}: ${plain.firstFiles.join(', ')}\n` +
        `  with “Tìm thêm trong toàn văn” (Pagefind): ${kb(plain.allBytes)} in ${plain.allFiles} requests (${kb(gz.allBytes)} gzip)\n` +
        `  per file, KB as sent with gzip: ${gz.sizes.join('; ')}`,
    );
    // The exact hit needs only its shard of the exact table, not Pagefind.
    expect(plain.firstFiles.filter((f) => f.startsWith('/du-lieu/'))).toEqual([expect.stringMatching(/^\/du-lieu\/so-hieu-\d+\.json$/)]);
    expect(plain.firstData).toBeLessThanOrEqual(20 * 1024);
    for (const run of [plain, gz]) expect(run.exactOnly.filter((r) => r.path.startsWith('/pagefind/'))).toEqual([]);
    expect(plain.firstMs).toBeLessThan(2_000);
  });
});

// What lib/search/record.ts relies on, checked on a five-page fixture indexed by this Pagefind version: if an
// upgrade changes one of these, the design there (folded `keys` meta, the exact table) needs a second look.
describe('Pagefind behaviour the search design relies on', () => {
  let fixture: string;
  let host: StaticServer;
  let page: Page;
  const html = (body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

  beforeAll(async () => {
    fixture = mkdtempSync(join(tmpdir(), 'pagefind-'));
    const { index } = await pagefindNode.createIndex({});
    const pages: Record<string, string> = {
      a: `<h1>Nghị định 80/2020/NĐ-CP</h1><p>Đảng ủy chỉ đạo. Định hướng rõ.</p><p hidden>chuanhidden</p>
          <div hidden data-pagefind-ignore><span data-pagefind-filter="f">index-mode</span><span data-pagefind-meta="m">metaword</span> ignoredtext</div>
          <div data-pagefind-ignore="all"><span data-pagefind-filter="g">all-mode</span></div>`,
      b: `<h1>Trang B</h1><p>Nghi dinh khong dau 80/2020/ND-CP.</p>`,
      c: `<h1>Trang C</h1><p>Kết luận 12-KL/TW và Chỉ thị 12-CT/TW; Nghị quyết 36-NQ/TW.</p>`,
      d: `<h1>Trang D</h1><p>Lãnh đạo.</p><div hidden data-pagefind-ignore><span data-pagefind-meta="keys">Dang</span></div>`,
    };
    for (const [name, body] of Object.entries(pages)) await index!.addHTMLFile({ url: `/${name}/`, content: html(body) });
    await index!.writeFiles({ outputPath: join(fixture, 'pagefind') });
    writeFileSync(join(fixture, 'index.html'), html(''));
    writeFileSync(join(fixture, '404.html'), html(''));
    host = await serveStatic(fixture);
    page = await browser.newPage();
    await page.goto(`${host.url}/`);
  }, 30_000);
  afterAll(async () => {
    await page?.close();
    await host?.close();
    await pagefindNode.close();
    rmSync(fixture, { recursive: true, force: true });
  });

  // A string, not a function: vitest would rewrite a dynamic import() inside a function it transforms.
  const inPage = <T>(body: string): Promise<T> =>
    page.evaluate(`(async () => { const pf = await import('/pagefind/pagefind.js'); await pf.options({ noWorker: true }); ${body} })()`);
  /** URLs Pagefind returns for a query, in rank order. */
  const find = (term: string) =>
    inPage<string[]>(`const r = await pf.search(${JSON.stringify(term)}); return Promise.all(r.results.map(async (x) => (await x.data()).url));`);

  it('folds marks but not đ: “nghi dinh” misses “Nghị định”, “dang” misses “Đảng”, “ND-CP” misses “NĐ-CP”', async () => {
    expect(await find('nghi dinh')).toEqual(['/b/']);
    expect(await find('nghị định')).toEqual(['/a/']);
    expect(await find('ND-CP')).toEqual(['/b/']);
    expect(await find('NĐ-CP')).toEqual(['/a/']);
    expect(await find('dang')).toEqual(['/d/']); // only through the folded meta, not a's "Đảng"
  });

  it('drops or shortens unmatched terms and matches prefixes: wrong numbers come back as near misses', async () => {
    expect(await find('12-NQ/TW')).toEqual(['/c/']); // 12-KL/TW, 12-CT/TW, 36-NQ/TW
    expect(await find('80/2021/NĐ-CP')).toContain('/a/'); // 80/2020/NĐ-CP
    expect(await find('80/2020')).toEqual(expect.arrayContaining(['/a/', '/b/']));
  });

  it('ANDs words across body and meta', async () => {
    expect(await find('dang lanh')).toEqual(['/d/']); // "dang" only in meta, "lãnh" only in the body
  });

  it('indexes hidden text; skips ignored text but still reads its meta and filters; "all" drops both', async () => {
    expect(await find('chuanhidden')).toEqual(['/a/']);
    expect(await find('ignoredtext')).toEqual([]);
    expect(await find('metaword')).toEqual(['/a/']);
    const filters = await inPage('return pf.filters();');
    expect(filters).toEqual({ f: { 'index-mode': 1 } });
  });
});
