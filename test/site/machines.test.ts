// What machines read: JSON-LD on document and report pages, the CSV export against the JSON, the sitemap.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogueCsv } from '../../src/lib/graph/open-data-csv.ts';
import { DIST, htmlFiles, readPage } from '../support/dist.ts';
import { loadPage } from '../support/html.ts';

const json = JSON.parse(readPage('/du-lieu/van-ban.json')) as { documents: { id: string; symbol: string; issuer: string; issuedOn: string }[] };
const documentIds = json.documents.map((d) => d.id);
const reportIds = htmlFiles().filter((f) => /^bao-cao\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]);

function jsonLd(path: string): Record<string, unknown>[] {
  const page = loadPage(path);
  return [...page.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

describe('schema.org JSON-LD', () => {
  it('every document page carries a Legislation that parses and names its symbol, date and issuer', () => {
    expect(documentIds.length).toBeGreaterThan(50);
    for (const doc of json.documents) {
      const [ld, ...more] = jsonLd(`/van-ban/${doc.id}/`);
      expect(more, doc.id).toEqual([]);
      expect(ld, doc.id).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        legislationIdentifier: doc.symbol,
        legislationDate: doc.issuedOn,
        inLanguage: 'vi',
      });
      expect((ld.legislationPassedBy as { name: string }).name, doc.id).toContain(doc.issuer);
    }
  });

  it('states changes and bases where the catalogue knows them (313/2025/NĐ-CP replaces 80/2020/NĐ-CP, which is no longer in force)', () => {
    const [successor] = jsonLd('/van-ban/313-2025-nd-cp/');
    expect(successor.legislationChanges).toEqual(expect.arrayContaining([expect.objectContaining({ legislationIdentifier: '80/2020/NĐ-CP' })]));
    const [replaced] = jsonLd('/van-ban/80-2020-nd-cp/');
    expect(replaced.legislationLegalForce).toBe('https://schema.org/NotInForce');
    const [plan] = jsonLd('/van-ban/quang-ngai-92-kh-ubnd-2022/');
    expect(plan.isBasedOn).toEqual([expect.objectContaining({ legislationIdentifier: '12-CT/TW', url: expect.stringMatching(/\/van-ban\/12-ct-tw\/$/) })]);
  });

  it('every report page carries a Report naming its author and the documents it cites', () => {
    expect(reportIds.length).toBeGreaterThan(0);
    for (const id of reportIds) {
      const [ld] = jsonLd(`/bao-cao/${id}/`);
      expect(ld['@type'], id).toBe('Report');
      expect((ld.author as { name: string }).name, id).toBeTruthy();
      expect((ld.citation as unknown[]).length, id).toBeGreaterThan(0);
    }
  });

  it('document pages carry OpenGraph tags with their own address', () => {
    const page = loadPage('/van-ban/36-nq-tw/');
    const og = (p: string) => page.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
    expect(og('type')).toBe('article');
    expect(og('title')).toContain('36-NQ/TW');
    expect(og('url')).toMatch(/\/van-ban\/36-nq-tw\/$/);
  });
});

describe('/du-lieu/van-ban.csv', () => {
  const csv = readFileSync(`${DIST}du-lieu/van-ban.csv`, 'utf8');

  it('reads back to exactly the documents of van-ban.json', () => {
    expect(parseCatalogueCsv(csv)).toEqual(json.documents);
  });

  it('has one row per document and a header of dotted field names', () => {
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,url,symbol,type,/);
    expect(lines[0]).toContain('status.code');
    // rows may hold quoted line breaks (notes), so count ids instead of lines
    expect(parseCatalogueCsv(csv).map((d) => d.id)).toEqual(documentIds);
  });
});

describe('/sitemap-index.xml', () => {
  const index = readPage('/sitemap-index.xml');
  const sitemaps = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]);
  const urls = sitemaps.flatMap((file) => [...readPage(`/${file}`).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));

  it('lists every document and report page, and no 404 page', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const id of documentIds) expect(urls, id).toContain(`/van-ban/${id}/`);
    for (const id of reportIds) expect(urls, id).toContain(`/bao-cao/${id}/`);
    expect(urls.filter((u) => u.includes('404'))).toEqual([]);
  });
});
