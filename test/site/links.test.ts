// Every internal link and anchor of the built site resolves; every external link is a well-formed URL.
// Scans all of dist/**/*.html (Pagefind's own UI files excluded). Internal = starting with "/" or "#";
// "/x/" resolves to dist/x/index.html, JSON data endpoints (/du-lieu/*.json) are plain files, and a
// "#fragment" must name an element id (or <a name>) in the target page.
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, distFile, htmlFiles, pathOf } from '../support/dist.ts';

/** Attributes that point somewhere. <form action> counts: the header search submits to /tim-kiem/. */
const LINK_ATTRS: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];

interface Link {
  page: string;
  tag: string;
  value: string;
}

const pages = htmlFiles();
const ids = new Map<string, Set<string>>();
const links: Link[] = [];

for (const rel of pages) {
  const html = readFileSync(`${DIST}${rel}`, 'utf8');
  const { document } = parseHTML(html);
  ids.set(`${DIST}${rel}`, new Set([...document.querySelectorAll('[id], a[name]')].map((el) => el.getAttribute('id') ?? el.getAttribute('name')!)));
  for (const [selector, attr] of LINK_ATTRS)
    for (const el of document.querySelectorAll(selector)) links.push({ page: pathOf(rel), tag: el.localName, value: el.getAttribute(attr)! });
}

const idsOf = (file: string) => {
  if (!ids.has(file)) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids.set(file, new Set([...document.querySelectorAll('[id]')].map((el) => el.id)));
  }
  return ids.get(file)!;
};

/** Why a link is broken, or undefined when it resolves. */
function problem(link: Link): string | undefined {
  const { page, value } = link;
  if (value === '') return 'liên kết rỗng';
  if (/^(mailto|tel):/i.test(value)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(value.startsWith('//') ? `https:${value}` : value);
    } catch {
      return 'URL ngoài không hợp lệ';
    }
    if (!/^https?:$/.test(url.protocol)) return `giao thức không được phép: ${url.protocol}`;
    if (!url.hostname || !url.hostname.includes('.')) return 'URL ngoài không có tên miền';
    if (/\s/.test(value)) return 'URL ngoài chứa khoảng trắng';
    return undefined;
  }
  if (!value.startsWith('/') && !value.startsWith('#')) return 'đường dẫn tương đối (trang dùng đường dẫn tuyệt đối /…)';
  const [pathAndQuery, fragment] = value.split('#', 2) as [string, string | undefined];
  const path = pathAndQuery.replace(/\?.*$/, '') || page;
  const file = distFile(path);
  if (!file) return 'không có tệp trong dist/';
  if (fragment !== undefined && fragment !== '' && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment)))
    return `không có phần tử id="${fragment}" trong trang đích`;
  return undefined;
}

/** Broken links grouped by target, each with the pages that carry it: one line per target. */
function report(broken: (Link & { why: string })[]): string {
  const byTarget = new Map<string, { why: string; pages: string[] }>();
  for (const b of broken) {
    const entry = byTarget.get(b.value) ?? { why: b.why, pages: [] };
    entry.pages.push(b.page);
    byTarget.set(b.value, entry);
  }
  return [...byTarget]
    .map(([target, { why, pages }]) => `  ${target} — ${why}; trên ${pages.length} trang, vd. ${[...new Set(pages)].slice(0, 3).join(', ')}`)
    .join('\n');
}

describe('links in the built site', () => {
  it('finds the pages and their links', () => {
    expect(pages.length, 'dist/ trống — chạy npm run build trước').toBeGreaterThan(10);
    expect(links.length).toBeGreaterThan(pages.length);
  });

  it('every internal link and anchor resolves to a file and an id', () => {
    const internal = links.filter((l) => l.value.startsWith('/') && !l.value.startsWith('//') || l.value.startsWith('#'));
    const broken = internal.map((l) => ({ ...l, why: problem(l)! })).filter((l) => l.why);
    expect(broken.length, `Liên kết nội bộ hỏng:\n${report(broken)}\n`).toBe(0);
  });

  it('every external link is a well-formed http(s) URL with a host', () => {
    const external = links.filter((l) => !(l.value.startsWith('/') && !l.value.startsWith('//')) && !l.value.startsWith('#'));
    const broken = external.map((l) => ({ ...l, why: problem(l)! })).filter((l) => l.why);
    expect(broken.length, `Liên kết ngoài sai dạng:\n${report(broken)}\n`).toBe(0);
  });

  it('every page has exactly one element per id (fragments are unambiguous)', () => {
    const duplicates: string[] = [];
    for (const rel of pages) {
      const { document } = parseHTML(readFileSync(`${DIST}${rel}`, 'utf8'));
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      for (const [id, n] of seen) if (n > 1) duplicates.push(`${pathOf(rel)}: id="${id}" ×${n}`);
    }
    expect(duplicates, duplicates.join('\n')).toEqual([]);
  });
});
