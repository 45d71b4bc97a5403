import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site; `npm test` builds it first. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export function readPage(path: string): string {
  const file = `${DIST}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
  if (!existsSync(file)) throw new Error(`Trang chưa được dựng: ${path} (chạy npm run build trước)`);
  return readFileSync(file, 'utf8');
}

/**
 * The file a static host would serve for a site path (`/a/` → a/index.html, `/a` → a or a/index.html),
 * or undefined when there is none. Query and fragment are ignored.
 */
export function distFile(path: string, root = DIST): string | undefined {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  const file = join(root, clean);
  if (!file.startsWith(root.replace(/\/$/, ''))) return undefined;
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return file;
}

/** Whether the built site has a page at this path. */
export function hasPage(path: string, root = DIST): boolean {
  return distFile(path, root) !== undefined;
}

/** Every file under a folder of dist/, as paths relative to dist/ with `/` separators, sorted. */
export function distFiles(filter: (rel: string) => boolean = () => true, root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = relative(root, full).split(sep).join('/');
        if (filter(rel)) out.push(rel);
      }
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

/** Every built HTML page (Pagefind's own files excluded), relative to dist/. */
export function htmlFiles(root = DIST): string[] {
  return distFiles((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/'), root);
}

/** The site path of a built HTML file: `van-ban/x/index.html` → `/van-ban/x/`, `404.html` → `/404.html`. */
export function pathOf(rel: string): string {
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * One representative path per page type present in dist/: the home, the 404 page, and for every top-level
 * folder holding pages, its index (the list) and its first sub-page (the entry). New sections are picked up
 * without editing the tests. `extra` adds named pages (kept only when built).
 */
export function pageTypes(extra: string[] = [], root = DIST): string[] {
  const pages = htmlFiles(root);
  const paths = new Set<string>();
  if (pages.includes('index.html')) paths.add('/');
  const folders = [...new Set(pages.filter((p) => p.includes('/')).map((p) => p.split('/')[0]))];
  for (const folder of folders) {
    const inside = pages.filter((p) => p.startsWith(`${folder}/`));
    if (inside.includes(`${folder}/index.html`)) paths.add(`/${folder}/`);
    const entry = inside.find((p) => p !== `${folder}/index.html`);
    if (entry) paths.add(pathOf(entry));
  }
  for (const path of extra) if (hasPage(path, root)) paths.add(path);
  if (pages.includes('404.html')) paths.add('/404.html');
  return [...paths];
}
