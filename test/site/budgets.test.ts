// Performance budgets over the built site (dist/), per the issue:
//  1. document and report pages ship no JavaScript except the search, checker and copy islands (the copy
//     island: the "Chép" buttons of "Cách trích dẫn", hidden without JavaScript);
//  2. a document page's HTML plus the CSS files it links weighs at most 40 KB (uncompressed bytes).
//
// How an island's script is recognised. Astro bundles a component's <script> into
//   /_astro/<Component>.astro_astro_type_script_index_<n>_lang.<hash>.js
// or, when the bundle is under 4 KB and imports nothing, inlines it as <script type="module">…</script>.
// So a script is allowed when
//   • its src is an /_astro/ chunk of an island component: the search island (components named Search…,
//     TimKiem…), the checker island (Checker…, CitationChecker…, KiemTra…), the copy island (CitationBox…,
//     Copy…), or a /pagefind/ file
//     (Pagefind's own library, which the search island loads);
//   • it is inline and names its island: it touches the search box (`o-tim-kiem`), `/tim-kiem/` or
//     `pagefind` (search), `kiem-tra` / `checker` (checker), or `data-copy` (copy).
// Non-executable data blocks (application/json, application/ld+json) are not JavaScript and are allowed.
// Inline event handlers (onclick=…) and javascript: URLs are never allowed.
import { parseHTML } from 'linkedom';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, distFile, htmlFiles, pathOf } from '../support/dist.ts';

const PAGE_BUDGET = 40 * 1024;
const ISLAND_CHUNK = /^\/_astro\/(?<component>[A-Za-z0-9_-]+)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
const ISLAND_COMPONENTS: Record<string, RegExp> = {
  search: /^(Search|TimKiem)/,
  checker: /^(Checker|CitationChecker|KiemTra)/,
  copy: /^(CitationBox|Copy)/,
};
const INLINE_SIGNATURES: Record<string, RegExp> = {
  search: /o-tim-kiem|\/tim-kiem\/|pagefind/,
  checker: /kiem-tra|checker/i,
  copy: /data-copy/,
};
const DATA_TYPES = /^application\/(ld\+)?json$/;

interface ScriptInfo {
  page: string;
  kind: string;
  island?: string;
  bytes: number;
}

const entryPages = htmlFiles().filter((rel) => /^(van-ban|bao-cao)\/[^/]+\/index\.html$/.test(rel));
const documentPages = entryPages.filter((rel) => rel.startsWith('van-ban/'));
const reportPages = entryPages.filter((rel) => rel.startsWith('bao-cao/'));

function load(rel: string) {
  const html = readFileSync(`${DIST}${rel}`, 'utf8');
  return { html, document: parseHTML(html).document };
}

/** Which island a script belongs to, or undefined when it is not an island's. */
function classify(script: Element): { kind: string; island?: string; bytes: number } {
  const src = script.getAttribute('src');
  if (src) {
    const file = distFile(src);
    const bytes = file ? statSync(file).size : 0;
    if (src.startsWith('/pagefind/')) return { kind: src, island: 'search', bytes };
    const component = ISLAND_CHUNK.exec(src)?.groups?.component;
    const island = component && Object.keys(ISLAND_COMPONENTS).find((k) => ISLAND_COMPONENTS[k].test(component));
    return { kind: src, island: island || undefined, bytes };
  }
  const code = script.textContent ?? '';
  const island = Object.keys(INLINE_SIGNATURES).find((k) => INLINE_SIGNATURES[k].test(code));
  return { kind: `inline: ${code.replace(/\s+/g, ' ').slice(0, 100)}`, island, bytes: Buffer.byteLength(code) };
}

/** HTML bytes plus the bytes of every stylesheet it links (inline <style> is already in the HTML). */
function pageWeight(rel: string) {
  const { html, document } = load(rel);
  const css = [...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((l) => {
    const file = distFile(l.getAttribute('href')!);
    return file ? statSync(file).size : 0;
  });
  const htmlBytes = Buffer.byteLength(html);
  const cssBytes = css.reduce((a, b) => a + b, 0);
  return { page: pathOf(rel), html: htmlBytes, css: cssBytes, total: htmlBytes + cssBytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('JavaScript on document and report pages', () => {
  it('finds the pages', () => {
    expect(documentPages.length, 'dist/ chưa có trang văn bản — chạy npm run build').toBeGreaterThan(0);
    expect(reportPages.length).toBeGreaterThan(0);
  });

  it('only the search and checker islands ship scripts', () => {
    const offenders: string[] = [];
    const seen = new Map<string, ScriptInfo & { pages: number }>();
    for (const rel of entryPages) {
      const { document } = load(rel);
      for (const script of document.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        if (DATA_TYPES.test(type)) continue;
        const info = classify(script);
        const key = `${rel.split('/')[0]} ${info.kind}`;
        const prev = seen.get(key);
        seen.set(key, { page: pathOf(rel), ...info, pages: (prev?.pages ?? 0) + 1 });
        if (!info.island) offenders.push(`${pathOf(rel)}: ${info.kind}`);
      }
    }
    if (seen.size)
      console.info(
        `Scripts on document/report pages:\n${[...seen]
          .map(([key, s]) => `  ${key.split(' ')[0]} ×${s.pages}: ${s.island ?? 'NOT AN ISLAND'} — ${s.kind.slice(0, 90)} (${kb(s.bytes)})`)
          .join('\n')}`,
      );
    expect(offenders, `Script không thuộc đảo tìm kiếm hay kiểm tra trích dẫn:\n  ${[...new Set(offenders)].slice(0, 20).join('\n  ')}\n`).toEqual([]);
  });

  it('no inline event handlers or javascript: URLs', () => {
    const offenders: string[] = [];
    for (const rel of entryPages) {
      const { document } = load(rel);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on[a-z]+$/i.test(attr.name)) offenders.push(`${pathOf(rel)}: <${el.localName} ${attr.name}>`);
          if (/^\s*javascript:/i.test(attr.value)) offenders.push(`${pathOf(rel)}: <${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('page weight', () => {
  it(`every document page: HTML + linked CSS ≤ ${kb(PAGE_BUDGET)}`, () => {
    const weights = documentPages.map(pageWeight).sort((a, b) => b.total - a.total);
    const largest = weights[0];
    const reports = reportPages.map(pageWeight).sort((a, b) => b.total - a.total);
    const mean = weights.reduce((a, w) => a + w.total, 0) / weights.length;
    console.info(
      `Document pages (${weights.length}): largest ${largest.page} ${kb(largest.total)} (HTML ${kb(largest.html)} + CSS ${kb(largest.css)}), mean ${kb(mean)}; ` +
        `report pages (${reports.length}, no budget): largest ${reports[0].page} ${kb(reports[0].total)}`,
    );
    const over = weights.filter((w) => w.total > PAGE_BUDGET);
    expect(over.map((w) => `${w.page}: ${kb(w.total)} (HTML ${kb(w.html)} + CSS ${kb(w.css)})`)).toEqual([]);
  });
});
