// Printing a document or a report page gives a clean sheet: the content with its citation and address, without
// the navigation, the search box or the footer (src/styles/print.css).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
}, 60_000);
afterAll(async () => site?.close());

async function printed(path: string) {
  const page = await site.newPage();
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const seen = await page.evaluate(() => {
    // display: none leaves an element without boxes
    const visible = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].some((el) => el.getClientRects().length > 0);
    return {
      header: visible('.site-header'),
      search: visible('form[role="search"]'),
      footer: visible('.site-footer'),
      main: visible('main h1'),
      citation: visible('.citation-box'),
      address: [...document.querySelectorAll<HTMLElement>('.print-address')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent ?? '').join(''),
    };
  });
  await page.close();
  return seen;
}

describe('print stylesheet', () => {
  it('prints a document page with its citation and address, without navigation or search', { timeout: 60_000 }, async () => {
    const seen = await printed('/van-ban/36-nq-tw/');
    expect(seen).toMatchObject({ header: false, search: false, footer: false, main: true, citation: true });
    expect(seen.address).toMatch(/\/van-ban\/36-nq-tw\/$/);
  });

  it('prints a report page with its address, without navigation or search', { timeout: 60_000 }, async () => {
    const seen = await printed('/bao-cao/quang-ngai-binh-son-2023/');
    expect(seen).toMatchObject({ header: false, search: false, footer: false, main: true });
    expect(seen.address).toMatch(/\/bao-cao\/quang-ngai-binh-son-2023\/$/);
  });

  it('shows no print-only address on screen', { timeout: 60_000 }, async () => {
    const page = await site.newPage();
    await page.goto(site.url('/van-ban/36-nq-tw/'));
    expect(await page.locator('.print-address').isVisible()).toBe(false);
    await page.close();
  });
});
