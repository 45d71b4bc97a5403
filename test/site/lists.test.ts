// The document list, the home page and the report pages' problem box, as built.
import { describe, expect, it } from 'vitest';
import { htmlFiles, pathOf } from '../support/dist.ts';
import { loadPage, textOf } from '../support/html.ts';

describe('the document list (/van-ban/)', () => {
  const page = loadPage('/van-ban/');
  const items = [...page.querySelectorAll('.doc-list > li')];

  it('badges every document with its status', () => {
    expect(items.length).toBeGreaterThan(40);
    const missing = items.filter((li) => !li.querySelector('.badge[data-status]')).map((li) => textOf(li.querySelector('a')));
    expect(missing).toEqual([]);
    // the badge and the filter value agree
    expect(items.filter((li) => textOf(li.querySelector('.badge')) !== li.getAttribute('data-hieu-luc'))).toEqual([]);
  });

  it('tells the decree in force from the one it replaced at a glance (313/2025 and 80/2020)', () => {
    const badge = (href: string) => textOf(items.find((li) => li.querySelector(`a[href="${href}"]`))?.querySelector('.badge'));
    expect(badge('/van-ban/313-2025-nd-cp/')).toBe('Còn hiệu lực');
    expect(badge('/van-ban/80-2020-nd-cp/')).toBe('Bị thay thế');
  });

  it('offers a status filter, with only the statuses some document has, named and valued as on the search page', () => {
    const select = page.querySelector('#loc-van-ban select[name="hieu-luc"]')!;
    const values = [...select.querySelectorAll('option')].map((o) => o.getAttribute('value') ?? textOf(o)).filter((v) => v && v !== 'Tất cả');
    expect(values).toEqual(expect.arrayContaining(['Còn hiệu lực', 'Bị thay thế', 'Chưa xác định']));
    const searchPage = loadPage('/tim-kiem/').querySelector('select[name="hieu-luc"]')!;
    for (const value of values) expect(searchPage.querySelector(`option[value="${value}"]`), value!).not.toBeNull();
    for (const value of values) expect(items.some((li) => li.getAttribute('data-hieu-luc') === value), value!).toBe(true);
  });
});

describe('the home page', () => {
  it('has one search box', () => {
    expect(loadPage('/').querySelectorAll('input[type="search"]')).toHaveLength(1);
  });
});

describe('the problem box of a report page', () => {
  const reports = htmlFiles().filter((rel) => /^bao-cao\/[^/]+\/index\.html$/.test(rel)).map((rel) => loadPage(pathOf(rel)));

  it('lists each distinct problem once, with as many places as the text flags', () => {
    const boxes = reports.map((page) => page.querySelector('.problem-summary')).filter((b) => b !== null);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) {
      const problems = [...box!.querySelectorAll('li')].map((li) => textOf(li).replace(/^“[^”]*”( \(\d+ chỗ: [\d, ]+\))?: /, ''));
      expect(new Set(problems).size).toBe(problems.length);
    }
    // Bình Sơn 2023 writes 80/2022/NĐ-CP three times: one entry, three places.
    const binhSon = reports.find((p) => p.querySelector('h1') && textOf(p.querySelector('h1')).includes('Kế hoạch số 92/KH-UBND'))!;
    const wrongYear = [...binhSon.querySelectorAll('.problem-summary li')].find((li) => textOf(li).includes('sai năm'));
    expect(wrongYear?.getAttribute('data-places')).toBe('3');
  });
});
