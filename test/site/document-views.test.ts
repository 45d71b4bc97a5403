// Every document page, read as a user would: each quote once, quotes that end at a sentence, a tree that shows
// each document once, no report both "thực hiện" and "nhắc đến", one set of successors, attributes said once.
import { describe, expect, it } from 'vitest';
import { htmlFiles, pathOf } from '../support/dist.ts';
import { attributeMap, loadPage, textOf } from '../support/html.ts';

const pages = htmlFiles()
  .filter((rel) => /^van-ban\/[^/]+\/(trien-khai\/)?index\.html$/.test(rel))
  .map((rel) => ({ path: pathOf(rel), page: loadPage(pathOf(rel)) }));
const documentPages = pages.filter((p) => !p.path.endsWith('/trien-khai/'));

/** Offenders of `check` on every page, as "path: what". */
const offenders = (list: typeof pages, check: (page: Document) => string[]) => list.flatMap(({ path, page }) => check(page).map((o) => `${path}: ${o}`));

describe('document pages', () => {
  it('are built, with report quotes on some', () => {
    expect(documentPages.length).toBeGreaterThan(40);
    expect(documentPages.filter(({ page }) => page.querySelector('#bao-cao-thuc-hien ~ ul blockquote')).length).toBeGreaterThan(3);
  });

  it('quote each report passage once', () => {
    const repeated = offenders(pages, (page) => {
      const quotes = [...page.querySelectorAll('blockquote > p')].map(textOf);
      return quotes.filter((q, i) => quotes.indexOf(q) !== i).map((q) => q.slice(0, 60));
    });
    expect(repeated).toEqual([]);
  });

  it('end every quote at a sentence or a line, never at the next heading’s number ("… cụ thể: I.")', () => {
    const stray = offenders(pages, (page) =>
      [...page.querySelectorAll('blockquote > p')].map(textOf).filter((q) => /[:;.]\s+(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]”$/.test(q)),
    );
    expect(stray).toEqual([]);
  });

  it('show each document of the implementing tree once; a cross-reference only where the branch does not already hold it', () => {
    const twice = offenders(pages, (page) => {
      const shown = [...page.querySelectorAll('.tree li')].filter((li) => !li.querySelector(':scope > .meta')).map((li) => li.querySelector('a')!.getAttribute('href')!);
      return shown.filter((h, i) => shown.indexOf(h) !== i);
    });
    expect(twice).toEqual([]);
    const needless = offenders(pages, (page) =>
      [...page.querySelectorAll('.tree li')]
        .filter((li) => li.querySelector(':scope > .meta'))
        .map((li) => li.querySelector('a')!.getAttribute('href')!)
        .filter((href, _, all) => all.indexOf(href) !== all.lastIndexOf(href)),
    );
    expect(needless, 'one cross-reference per branch').toEqual([]);
  });

  it('do not list a report under "Được nhắc đến trong" that is listed as carrying the document out', () => {
    const both = offenders(documentPages, (page) => {
      const reports = (sel: string) => [...page.querySelectorAll(`${sel} ~ ul [data-report]`)].map((li) => li.getAttribute('data-report'));
      const implementing = reports('#bao-cao-thuc-hien');
      const inDiagram = (label: string) =>
        [...page.querySelectorAll('.diagram-group')].filter((g) => textOf(g.querySelector('.diagram-label')) === label).flatMap((g) => [...g.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      const reportingInDiagram = inDiagram('Được báo cáo thực hiện bởi');
      return [
        ...reports('#duoc-nhac-den').filter((r) => implementing.includes(r)),
        ...inDiagram('Được nhắc đến trong').filter((href) => reportingInDiagram.includes(href)),
      ].map(String);
    });
    expect(both).toEqual([]);
  });

  it('name the same successors in the status row, the notice and the lược đồ', () => {
    const replaced = documentPages.filter(({ page }) => page.querySelector('[data-status="replaced"], [data-status="repealed"]'));
    expect(replaced.length).toBeGreaterThan(1);
    const disagree = offenders(replaced, (page) => {
      const notice = [...page.querySelectorAll('[data-successor]')];
      const row = attributeMap(page)['Tình trạng'];
      const diagram = [...page.querySelectorAll('.diagram-group')]
        .filter((g) => /^Bị (thay thế|bãi bỏ) bởi$/.test(textOf(g.querySelector('.diagram-label'))))
        .flatMap((g) => [...g.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      return notice
        .filter((a) => !row.includes(textOf(a)) || !diagram.includes(a.getAttribute('href')))
        .map(textOf)
        .concat(notice.length ? [] : ['no successor in the notice']);
    });
    expect(disagree).toEqual([]);
    // Luật Tương trợ tư pháp 2007: two laws of the catalogue replace it on one day; both are named everywhere.
    const law = documentPages.find((p) => p.path === '/van-ban/08-2007-qh12/')!.page;
    expect([...law.querySelectorAll('[data-successor]')].map((a) => a.getAttribute('data-successor'))).toEqual(['100-2025-qh15', '103-2025-qh15']);
    expect(attributeMap(law)['Tình trạng']).toMatch(/Luật 100\/2025\/QH15 và Luật 103\/2025\/QH15/);
  });

  it('say each attribute once: no "Tỉnh, tỉnh Quảng Ngãi", no "Chưa xác định chưa xác minh"', () => {
    const doubled = offenders(documentPages, (page) =>
      [...page.querySelectorAll('table.attributes td')].map(textOf).filter((v) => /^(tỉnh|huyện), \1 /i.test(v) || /chưa xác định chưa xác minh/i.test(v)),
    );
    expect(doubled).toEqual([]);
    const local = documentPages.find((p) => p.path === '/van-ban/quang-ngai-92-kh-ubnd-2022/')!.page;
    expect(attributeMap(local)['Cấp ban hành']).toBe('Tỉnh Quảng Ngãi');
  });
});
