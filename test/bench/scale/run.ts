// npm run bench:scale [-- --documents 10000 --reports 2000 --keep --profile --no-bare --no-query --no-check --doc-ext mdx]
//
// Shows the site holds at the scale of a whole province's or ministry's archive. In a temporary folder:
//   1. a copy of the site's sources (src/, astro.config.mjs, tsconfig.json, package.json; node_modules linked
//      entry by entry so Astro's caches stay private) with a generated content/ of 10,000 documents and
//      2,000 reports (generate.ts), built with the project's own `npm run build` (astro build + the search index);
//   2. a bare Astro site of as many plain pages of the same HTML size (bare.ts), built the same way;
//   3. a cold exact-symbol query in Chromium over the big build (query.ts);
//   4. a cold check at /kiem-tra/ of a two-page draft citing ten documents (checker.ts).
// Prints a table; the last line is exactly `scale: ratio R peak_mb M query_kb K checker_kb K checker_ms T` for
// tracking over time. Targets: ratio ≤ 1.5, peak memory ≤ 4 GB, exact-symbol query ≤ 150 KB, checker ≤ 300 KB
// and ≤ 1 s. Not part of `npm test`.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeBareSite } from './bare.ts';
import { generate } from './generate.ts';
import { buildBreakdown, run, type Measured } from './measure.ts';
import { formatPhases, measurePhases } from './phases.ts';
import { summarizeProfiles } from './profile.ts';
import { coldCheck, type CheckResult } from './checker.ts';
import { coldQueries, type QueryResult } from './query.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    /** Default: one fifth of the documents (2,000 at 10,000), the archive's shape the generator assumes. */
    reports: { type: 'string' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    'no-query': { type: 'boolean', default: false },
    'no-check': { type: 'boolean', default: false },
    'no-phases': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    /** Write the documents as .mdx instead of the project's .md (what-if: the cost of MDX). */
    'doc-ext': { type: 'string', default: 'md' },
  },
});
const DOCS = Number(args.documents);
const REPORTS = args.reports === undefined ? Math.round(DOCS / 5) : Number(args.reports);
const TARGET = { ratio: 1.5, peakMb: 4096, queryKb: 150, checkerKb: 300, checkerMs: 1000 };

const log = (msg: string) => process.stderr.write(`bench:scale ${new Date().toISOString().slice(11, 19)} ${msg}\n`);
const kb = (n: number) => n / 1024;
const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const programs = (m: Measured) =>
  Object.entries(m.peakByProgramMb)
    .filter(([, mb]) => mb > 200)
    .sort((a, b) => b[1] - a[1])
    .map(([name, mb]) => `${name} ${mb.toFixed(0)}`)
    .join(', ');

/** node_modules as a real folder of links, so .astro/ (data store) and .vite/ caches belong to this build. */
function linkNodeModules(into: string) {
  mkdirSync(join(into, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(into, 'node_modules', entry));
  }
}

/** Mean bytes of text Pagefind indexed per page of a folder (the `content` of its fragments; sampled). */
function meanIndexed(dist: string): Map<string, number> {
  const dir = join(dist, 'pagefind/fragment');
  const sums = new Map<string, { bytes: number; n: number }>();
  if (!existsSync(dir)) return new Map();
  const files = readdirSync(dir);
  for (let i = 0; i < files.length; i += Math.max(1, Math.floor(files.length / 600))) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, files[i]))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };
    const folder = fragment.url.split('/')[1] ?? '';
    const s = sums.get(folder) ?? { bytes: 0, n: 0 };
    sums.set(folder, { bytes: s.bytes + Buffer.byteLength(fragment.content), n: s.n + 1 });
  }
  return new Map([...sums].map(([k, s]) => [k, s.bytes / s.n]));
}

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

function meanHtml(dist: string, folder: string): { count: number; mean: number; max: number } {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return { count: 0, mean: 0, max: 0 };
  const sizes = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => statSync(join(dir, e.name, 'index.html')).size);
  return { count: sizes.length, mean: sizes.reduce((a, b) => a + b, 0) / (sizes.length || 1), max: Math.max(0, ...sizes) };
}

async function build(dir: string, label: string, profileDir?: string): Promise<Measured> {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  log(`${label}: npm run build …`);
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  if (profileDir) env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${profileDir}`;
  const result = await run('npm', ['run', 'build'], { cwd: dir, env, echo: !args.quiet });
  writeFileSync(`${dir}-build.log`, result.output);
  if (result.code !== 0) {
    process.stderr.write(result.output.slice(-6000));
    throw new Error(`${label}: build failed (exit ${result.code})`);
  }
  log(`${label}: ${fmt(result.wallMs / 1000)} s, peak ${fmt(result.peakTreeMb, 0)} MB`);
  return result;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'vbdn-scale-'));
  const site = join(work, 'site');
  const bare = join(work, 'bare');
  log(`working in ${work}`);
  try {
    // 1. The site, with generated content.
    mkdirSync(site);
    for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(site, entry), { recursive: true });
    linkNodeModules(site);
    let t = performance.now();
    const documentExtension = args['doc-ext'] === 'mdx' ? 'mdx' : 'md';
    const generated = generate({ projectRoot: ROOT, outDir: join(site, 'content'), documents: DOCS, reports: REPORTS, documentExtension });
    // Topic pages are content too (one per TOPICS value, checked by the build): the real ones.
    cpSync(join(ROOT, 'content/topics'), join(site, 'content/topics'), { recursive: true });
    const genMs = performance.now() - t;
    log(`generated ${generated.documents.length} .${documentExtension} documents (${fmt(generated.bytes.documents / 1e6)} MB new) and ${generated.reportIds.length} reports (${fmt(generated.bytes.reports / 1e6)} MB new) in ${fmt(genMs / 1000)} s`);

    const profileDir = args.profile ? join(work, 'profile') : undefined;
    const real = await build(site, 'site', profileDir);
    const realParts = buildBreakdown(real.output);
    const dist = join(site, 'dist');
    const docPages = meanHtml(dist, 'van-ban');
    const reportPages = meanHtml(dist, 'bao-cao');
    const pagefind = dirBytes(join(dist, 'pagefind'));
    const pagefindIndex = dirBytes(join(dist, 'pagefind/index'));
    const pagefindFragments = dirBytes(join(dist, 'pagefind/fragment'));
    const distAll = dirBytes(dist);

    // 2. The bare yardstick.
    let bareRun: Measured | undefined;
    let bareParts: ReturnType<typeof buildBreakdown> | undefined;
    let barePages: { doc: ReturnType<typeof meanHtml>; report: ReturnType<typeof meanHtml> } | undefined;
    if (!args['no-bare']) {
      mkdirSync(bare);
      linkNodeModules(bare);
      const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build;
      const indexed = meanIndexed(dist);
      writeBareSite(
        bare,
        [
          { folder: 'van-ban', count: docPages.count, bytes: Math.round(docPages.mean), indexed: Math.round(indexed.get('van-ban') ?? docPages.mean / 2) },
          { folder: 'bao-cao', count: reportPages.count, bytes: Math.round(reportPages.mean), indexed: Math.round(indexed.get('bao-cao') ?? reportPages.mean / 2) },
        ],
        generated.filler,
        script,
      );
      // The same indexing step as the site's build (package.json's script runs it).
      for (const file of ['src/cli/index-search.ts', 'src/lib/search/bundles.ts']) {
        mkdirSync(dirname(join(bare, file)), { recursive: true });
        cpSync(join(ROOT, file), join(bare, file));
      }
      bareRun = await build(bare, 'bare');
      bareParts = buildBreakdown(bareRun.output);
      barePages = { doc: meanHtml(join(bare, 'dist'), 'van-ban'), report: meanHtml(join(bare, 'dist'), 'bao-cao') };
    }

    // 3. The cold query.
    let queries: QueryResult[] = [];
    const probe = generated.probes[Math.floor(generated.probes.length / 2)];
    if (!args['no-query'] && probe) {
      log(`cold query for "${probe.symbol}" …`);
      queries = await coldQueries(dist, probe.symbol, `/van-ban/${probe.id}/`);
    }

    // 4. The cold check.
    let checked: CheckResult | undefined;
    if (!args['no-check']) {
      log('cold check of a ten-document draft …');
      checked = await coldCheck(dist);
    }

    // 5. The project's own build-time work, phase by phase, outside Astro (where the time goes).
    log('phases of the project code …');
    const phases = args['no-phases'] ? [] : measurePhases(site);

    // Report.
    const ratio = bareRun ? real.wallMs / bareRun.wallMs : NaN;
    const cpuRatio = bareRun?.cpuS && real.cpuS ? real.cpuS / bareRun.cpuS : NaN;
    const primary = queries[0];
    const rows: [string, string, string][] = [
      ['', 'site (real pipeline)', 'bare Astro'],
      ['pages built (astro)', String(realParts.pages), bareParts ? String(bareParts.pages) : '—'],
      ['wall time, npm run build (s)', fmt(real.wallMs / 1000), fmt(bareRun && bareRun.wallMs / 1000)],
      ['CPU time, user+sys (s)', fmt(real.cpuS), fmt(bareRun?.cpuS)],
      ['  astro build, as Astro reports it (s)', fmt(realParts.astroS), fmt(bareParts?.astroS)],
      ['    content sync (s, ±1)', fmt(realParts.contentSyncS, 0), fmt(bareParts?.contentSyncS, 0)],
      ['    vite bundle (s)', fmt(realParts.viteS), fmt(bareParts?.viteS)],
      ['    static routes (s)', fmt(realParts.routesS), fmt(bareParts?.routesS)],
      ['  pagefind (s)', fmt(realParts.pagefindS), fmt(bareParts?.pagefindS)],
      ['peak RSS, process tree (MB)', fmt(real.peakTreeMb, 0), fmt(bareRun?.peakTreeMb, 0)],
      ['peak RSS, largest process (MB)', fmt(real.peakProcessMb, 0), fmt(bareRun?.peakProcessMb, 0)],
      ['  by program (MB)', programs(real), bareRun ? programs(bareRun) : '—'],
      ['document page HTML, mean/max (KB)', `${fmt(kb(docPages.mean))} / ${fmt(kb(docPages.max))}`, barePages ? `${fmt(kb(barePages.doc.mean))} / ${fmt(kb(barePages.doc.max))}` : '—'],
      ['report page HTML, mean/max (KB)', `${fmt(kb(reportPages.mean))} / ${fmt(kb(reportPages.max))}`, barePages ? `${fmt(kb(barePages.report.mean))} / ${fmt(kb(barePages.report.max))}` : '—'],
      ['indexed pages / bundles (pagefind)', `${realParts.indexedPages} / ${realParts.searchBundles}`, bareParts ? `${bareParts.indexedPages} / ${bareParts.searchBundles}` : '—'],
      ['dist/ total (MB)', fmt(distAll.bytes / 1e6), bareRun ? fmt(dirBytes(join(bare, 'dist')).bytes / 1e6) : '—'],
      ['pagefind/ total (MB, files)', `${fmt(pagefind.bytes / 1e6)} (${pagefind.files})`, bareRun ? `${fmt(dirBytes(join(bare, 'dist/pagefind')).bytes / 1e6)}` : '—'],
      ['  index chunks (MB, files)', `${fmt(pagefindIndex.bytes / 1e6, 2)} (${pagefindIndex.files})`, ''],
      ['  fragments (MB, files)', `${fmt(pagefindFragments.bytes / 1e6, 2)} (${pagefindFragments.files})`, ''],
    ];
    const width = Math.max(...rows.map((r) => r[0].length)) + 2;
    const col = Math.max(...rows.map((r) => r[1].length)) + 2;
    const out: string[] = [];
    out.push('', `bench:scale — ${generated.documents.length} documents, ${generated.reportIds.length} reports (generated in ${fmt(genMs / 1000)} s; ${fmt(generated.bytes.documents / 1e6)} MB + ${fmt(generated.bytes.reports / 1e6)} MB of content)`, '');
    for (const [a, b, c] of rows) out.push(`${a.padEnd(width)}${b.padEnd(col)}${c}`);
    if (realParts.slow.length) out.push('', `slowest routes (site): ${realParts.slow.map((r) => `${r.route} +${fmt(r.s)} s`).join(', ')}`);
    out.push('');
    for (const q of queries) {
      const pf = q.requests.filter((r) => r.path.startsWith('/pagefind/'));
      out.push(
        `cold query via ${q.via}: "${q.query}" → ${fmt(kb(q.bytes))} KB fetched (${fmt(kb(q.bytesAtFirst))} KB by the first result; Pagefind ${fmt(kb(q.pagefindBytes))} KB in ${pf.length} files), first result after ${fmt(q.msToFirst, 0)} ms: ${q.firstUrl ?? 'none'} (expected ${q.expected}${q.rank ? `, rank ${q.rank}` : ', not in the top results'})`,
      );
      const groups = new Map<string, { n: number; bytes: number }>();
      for (const r of q.requests) {
        const key = r.path.replace(/\/(index|fragment|filter)\/[^/]+$/, '/$1/*').replace(/\/tim-kiem\/.*/, '/tim-kiem/');
        const g = groups.get(key) ?? { n: 0, bytes: 0 };
        groups.set(key, { n: g.n + 1, bytes: g.bytes + r.bytes });
      }
      for (const [path, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) out.push(`    ${fmt(kb(g.bytes)).padStart(7)} KB  ×${g.n}  ${path}`);
    }
    if (checked) {
      out.push('', `cold check at /kiem-tra/ of a two-page draft citing ten documents → ${fmt(kb(checked.bytes))} KB fetched, results after ${fmt(checked.ms, 0)} ms: ${checked.summary}`);
      for (const r of checked.requests) out.push(`    ${fmt(kb(r.bytes)).padStart(7)} KB  ${r.path}`);
    }
    if (phases.length) out.push('', 'the project\'s own build-time work, measured outside Astro (src/site/content.ts and the content check):', ...formatPhases(phases));
    if (profileDir) out.push('', ...summarizeProfiles(profileDir, site));
    const peak = Math.round(real.peakTreeMb);
    const queryKb = primary ? kb(primary.bytes) : NaN;
    const checkerKb = checked ? kb(checked.bytes) : NaN;
    const checkerMs = checked ? checked.ms : NaN;
    out.push(
      '',
      `wall-time ratio ${fmt(ratio, 2)} (CPU-time ratio ${fmt(cpuRatio, 2)}; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores)`,
      `targets: ratio ${fmt(ratio, 2)} ${ratio <= TARGET.ratio ? '≤' : '>'} ${TARGET.ratio}; peak ${peak} MB ${peak <= TARGET.peakMb ? '≤' : '>'} ${TARGET.peakMb} MB; query ${fmt(queryKb)} KB ${queryKb <= TARGET.queryKb ? '≤' : '>'} ${TARGET.queryKb} KB; checker ${fmt(checkerKb)} KB ${checkerKb <= TARGET.checkerKb ? '≤' : '>'} ${TARGET.checkerKb} KB, ${fmt(checkerMs, 0)} ms ${checkerMs <= TARGET.checkerMs ? '≤' : '>'} ${TARGET.checkerMs} ms`,
      // Numbers only, for tracking; NaN when a part was skipped (--no-bare, --no-query, --no-check).
      `scale: ratio ${ratio.toFixed(2)} peak_mb ${peak} query_kb ${queryKb.toFixed(1)} checker_kb ${checkerKb.toFixed(1)} checker_ms ${checkerMs.toFixed(0)}`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
