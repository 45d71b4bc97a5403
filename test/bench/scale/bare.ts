// The yardstick: a bare Astro site with the same number of pages, of the same HTML size, built by the same
// command — no MDX, no content collections, no catalogue: one static template and getStaticPaths. Whatever
// the real build spends beyond this is the project's own cost.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BareKind {
  /** URL folder, as on the real site (van-ban, bao-cao). */
  folder: string;
  count: number;
  /** Mean HTML bytes of the real site's pages of this kind. */
  bytes: number;
  /** Mean bytes of text Pagefind indexes on those pages (their data-pagefind-body), so both index as much. */
  indexed: number;
}

export function writeBareSite(dir: string, kinds: BareKind[], filler: string[], buildScript: string): void {
  mkdirSync(join(dir, 'src/pages/[kind]'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-scale', private: true, type: 'module', scripts: { build: buildScript } }, null, 2),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://bare.example', trailingSlash: 'always', build: { format: 'directory' } });\n`,
  );
  writeFileSync(join(dir, 'src/filler.json'), JSON.stringify(filler));
  writeFileSync(
    join(dir, 'src/pages/[kind]/[id].astro'),
    `---
import filler from '../../filler.json';

export function getStaticPaths() {
  const kinds = ${JSON.stringify(kinds)};
  return kinds.flatMap(({ folder, count, bytes, indexed }) =>
    Array.from({ length: count }, (_, i) => ({ params: { kind: folder, id: \`\${folder}-\${i}\` }, props: { seed: i + 1, bytes, indexed } })),
  );
}

const { seed, bytes, indexed } = Astro.props;
let a = seed * 2654435761;
const next = () => {
  a = (a + 0x6d2b79f5) >>> 0;
  let t = Math.imul(a ^ (a >>> 15), a | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const encoder = new TextEncoder();
// The first paragraphs, up to the real pages' indexed text, go in data-pagefind-body; the rest pads the
// page to the real HTML size outside it (as the real pages' chrome, tables and hidden metadata do).
const body = [];
const rest = [];
let size = 900; // the page shell below
let text = 0;
while (size < bytes) {
  const p = [0, 1, 2].map(() => filler[Math.floor(next() * filler.length)]).join(' ');
  const n = encoder.encode(p).length;
  if (text < indexed) (body.push(p), (text += n));
  else rest.push(p);
  size += n + 7;
}
---
<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Trang {seed} · Bare</title>
    <style>body{font-family:system-ui,sans-serif;line-height:1.6;margin:0}main{max-width:72rem;margin:0 auto;padding:1rem}header,footer{padding:1rem;background:#f6f8fa}</style>
  </head>
  <body>
    <header><a href="/">Trang chủ</a> · <a href="/van-ban/van-ban-0/">Văn bản</a> · <a href="/bao-cao/bao-cao-0/">Báo cáo</a></header>
    <main>
      <h1>Trang số {seed}</h1>
      <article data-pagefind-body>{body.map((p) => <p>{p}</p>)}</article>
      <aside>{rest.map((p) => <p>{p}</p>)}</aside>
    </main>
    <footer>Trang tĩnh để so sánh thời gian dựng.</footer>
  </body>
</html>
`,
  );
}
