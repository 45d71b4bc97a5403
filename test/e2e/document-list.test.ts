// The /van-ban/ filters: chosen in the form, kept in the URL, restored from a shared link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
}, 60_000);
afterAll(async () => site?.close());

describe('the document list filters', () => {
  it('put the chosen status in the URL, and a shared link shows the same filtered list', { timeout: 30_000 }, async () => {
    const page = await site.newPage();
    await page.goto(site.url('/van-ban/'));
    await page.selectOption('select[name="hieu-luc"]', 'Bị thay thế');
    expect(new URL(page.url()).searchParams.get('hieu-luc')).toBe('Bị thay thế');
    const visible = () => page.$$eval('.doc-list > li:not([hidden])', (lis) => lis.map((li) => li.getAttribute('data-hieu-luc')));
    const shown = await visible();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['Bị thay thế']));
    expect(await page.textContent('#so-ket-qua')).toBe(`${shown.length} văn bản`);

    const shared = await site.newPage();
    await shared.goto(site.url(`/van-ban/?${new URLSearchParams({ 'hieu-luc': 'Bị thay thế', 'he-thong': 'Nhà nước' })}`));
    expect(await shared.inputValue('select[name="hieu-luc"]')).toBe('Bị thay thế');
    expect(await shared.inputValue('select[name="he-thong"]')).toBe('Nhà nước');
    const sharedShown = await shared.$$eval('.doc-list > li:not([hidden])', (lis) => lis.map((li) => `${li.getAttribute('data-hieu-luc')} ${li.getAttribute('data-he-thong')}`));
    expect(new Set(sharedShown)).toEqual(new Set(['Bị thay thế Nhà nước']));

    // "Tất cả" again: the URL is clean and every document is back.
    await page.selectOption('select[name="hieu-luc"]', '');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.doc-list > li[hidden]').count()).toBe(0);
    await shared.close();
    await page.close();
  });
});
