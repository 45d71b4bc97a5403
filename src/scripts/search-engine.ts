// Shared by the header box and the search page: answers symbol- and name-shaped queries from the shard of
// the exact table the query belongs to (lib/search/shards.ts, a few KB), and Pagefind's full-text results
// behind them. Pagefind (~250 KB at 10,000 documents: pagefind.js, wasm, meta, index chunks, fragments) is
// loaded only when a query needs it: words, a wrong symbol, filters — or the reader asking for more.
//
// An exact hit by symbol or name does not load Pagefind at all (`answersAlone`); both UIs show the hit and
// offer "Tìm thêm trong toàn văn". Chosen over "load Pagefind after the first result is shown" because the
// scale benchmark (test/bench/scale/query.ts) counts every byte until the network is idle, not only those
// before the first result: loading Pagefind behind the hit would keep a cold exact query at ~250 KB.
import { standingFromLabel, type Standing } from '../lib/format/status.ts';
import { exactIndex, type ExactIndex, type ExactTable, type TableDoc } from '../lib/search/exact-table.ts';
import { queryFiles, shardUrl } from '../lib/search/shards.ts';
import { jsonFiles } from './json-files.ts';
import { shardTotal } from './shard-total.ts';
import { pagefindOptions, type SearchState } from '../lib/search/params.ts';
import { interpretQuery, type ExactReason, type Interpretation } from '../lib/search/query.ts';
import { KIND_REPORT } from '../lib/search/record.ts';
import { LEVELS } from '../lib/schema/vocabulary.ts';
import { BUNDLES_URL, type BundleManifest } from '../lib/search/bundles.ts';

/** The result renderer rides with the engine, so the header script loads it only on first focus. */
export { fillItem } from './result-item.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Ranking: a word in the title (documents: "Nghị định 80/2020/NĐ-CP: trích yếu"; reports: their heading)
 * counts 5×, as does the folded title (`titleKeys`, for queries typed without marks); the summary 3×; `keys`
 * (other folded spellings) and the body once. Measured on this catalogue: with the summary at 1×, "viện trợ phi
 * chính phủ" put a report and a provincial decision above both decrees on aid.
 */
const RANKING = { metaWeights: { title: 5, titleKeys: 5, summary: 5 } };
/**
 * A document no longer in force scores this much of its Pagefind score when ranking by relevance, so that
 * among close matches the one in force comes first (Nghị định 313/2025 before the 80/2020 it replaced, and
 * before the 2013 aid programme whose title repeats the query's words). Exact hits are not affected: "Nghị định
 * 80" still opens 80/2020/NĐ-CP.
 */
const NOT_IN_FORCE = 0.5;
/**
 * A provincial or district document scores this much: a word search is most often for the central rule
 * ("viện trợ phi chính phủ" → the decree, then the provinces' own regulations under it). The Cấp filter
 * narrows to local documents when that is what is wanted.
 */
const LOCAL = 0.8;
/** How many "Có phải bạn muốn tìm …" suggestions a symbol that is not in the catalogue gets. */
const SUGGESTIONS = 8;

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: object): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindResponse>;
}

/** One result as both UIs show it. */
export interface Hit {
  url: string;
  /** "Nghị định 80/2020/NĐ-CP", or a report's heading. */
  title: string;
  /** Trích yếu of a document; who reported and when, for a report. */
  name?: string;
  kind: 'document' | 'report';
  /** Loại văn bản, or "Báo cáo". */
  type: string;
  issuer?: string;
  date?: string;
  /** Documents: the standing today (format/status.ts). */
  status?: Standing;
  /** Documents: "Trung ương", "Tỉnh" or "Huyện" (the `Cấp` filter). */
  level?: string;
  /** HTML from Pagefind: escaped text with <mark> around the matched words. */
  excerpt?: string;
  /** Set when the query is this document's symbol, one of its names, or its bare number. */
  exact?: ExactReason;
}

export interface SearchOutcome {
  interpretation: Interpretation;
  /** The results loaded so far, in order: exact hits (or, for a missing symbol, same-number documents) first. */
  hits: Hit[];
  /** How many results there are in all. */
  total: number;
  /** Filter value counts for this query under the current filters (empty until Pagefind answers). */
  counts: FilterCounts;
  /** Loads the next `n` results into `hits`; false when there are no more. */
  more(n: number): Promise<boolean>;
}

const TEXT: Interpretation = { kind: 'text' };
const loadFile = jsonFiles<ExactTable>();
let pagefind: Promise<Pagefind> | undefined;

/** The part of the exact table a query can be answered from: one shard, two at most, or the names file. */
export async function loadIndex(query: string): Promise<ExactIndex> {
  const count = shardTotal();
  return exactIndex(await Promise.all(queryFiles(query, count).map((f) => loadFile(shardUrl(f)))));
}

/** Starts loading Pagefind, for a query that will need it. */
export function prepareFullText(): void {
  void loadPagefind().catch(() => {});
}

/** Options of every bundle: Pagefind applies `options()` to the primary one only. */
const INDEX_OPTIONS = { excerptLength: 26, excerptEllipsis: '…', ranking: RANKING };

/** The bundles to merge (lib/search/bundles.ts); none when the file is missing, as under `astro dev`. */
async function bundleManifest(): Promise<BundleManifest> {
  const response = await fetch(BUNDLES_URL).catch(() => undefined);
  return response?.ok ? ((await response.json()) as BundleManifest) : { merge: [] };
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, bundleManifest()])
    .then(async ([pf, manifest]) => {
      // No worker: the index is small, and the worker would be a second 43 KB download of the same code.
      await pf.options({ noWorker: true, ...INDEX_OPTIONS });
      await pf.init();
      await Promise.all(manifest.merge.map((path) => pf.mergeIndex(path, INDEX_OPTIONS)));
      return pf;
    })
    .catch((error) => {
      pagefind = undefined;
      throw error;
    });
  return pagefind;
}

/** What the table alone says, available before Pagefind has loaded: the exact hits and near misses. */
export async function interpret(query: string): Promise<{ interpretation: Interpretation; hits: Hit[] }> {
  const index = await loadIndex(query);
  const interpretation = interpretQuery(query, index);
  return { interpretation, hits: tableHits(interpretation) };
}

/**
 * Whether the table's answer is the whole first answer, without Pagefind: an exact hit by symbol or name
 * and no filters (a filter needs Pagefind's facets). A bare number ("36") is not: the documents numbered 36
 * lead, but the reader may as well mean a "36" in a text, so full-text results follow as before.
 */
export function answersAlone(interpretation: Interpretation, state?: SearchState): boolean {
  const filtered = !!state && Object.values(state.filters).some(Boolean);
  return interpretation.kind === 'exact' && interpretation.reason !== 'number' && !filtered;
}

function tableHits(interpretation: Interpretation): Hit[] {
  if (interpretation.kind === 'exact') return interpretation.docs.map((d) => fromTable(d, interpretation.reason));
  if (interpretation.kind === 'missing') return interpretation.nearMisses.map((d) => fromTable(d));
  return [];
}

function fromTable(doc: TableDoc, exact?: ExactReason): Hit {
  return { url: doc.url, title: doc.label, kind: 'document', type: doc.type, date: doc.date, status: doc.status, ...(exact ? { exact } : {}) };
}

function fromPagefind(data: PagefindData): Hit {
  const { meta, filters } = data;
  const report = meta.type === KIND_REPORT;
  const label = !report && meta.symbol ? `${meta.type} ${meta.symbol}` : (meta.title ?? data.url);
  const title = meta.title ?? label;
  const name = report ? meta.detail : title.startsWith(`${label}: `) ? title.slice(label.length + 2) : undefined;
  return {
    url: data.url,
    title: label,
    ...(name ? { name } : {}),
    kind: report ? 'report' : 'document',
    type: meta.type ?? '',
    issuer: filters['Cơ quan ban hành']?.[0],
    date: meta.date,
    status: standingFromLabel(filters['Tình trạng hiệu lực']?.[0]),
    level: filters['Cấp']?.[0],
    excerpt: data.excerpt,
  };
}

/**
 * Runs a search: the table first (exact hits, or near misses for a symbol not in the catalogue), then
 * Pagefind with the filters and order of `state`. `first` results are loaded; `more` loads the rest.
 */
export async function search(state: SearchState, first: number): Promise<SearchOutcome> {
  // Without the table (it failed to load), Pagefind alone answers: no exact marker, no "Không có…".
  const { interpretation, hits: fromTableHits } = state.q
    ? await interpret(state.q).catch(() => ({ interpretation: TEXT, hits: [] }))
    : { interpretation: TEXT, hits: [] };
  const pf = await loadPagefind();
  const options = pagefindOptions(state);
  const filtered = Object.keys(options.filters).length > 0;
  const response = await pf.search(state.q || null, options);
  const results = response.results;

  // The table's hits lead; with filters on, only those Pagefind also returns under the filters stay.
  let lead = fromTableHits;
  let cursor = 0;
  const hits: Hit[] = [];
  const seen = new Set<string>();

  const load = async (n: number) => {
    const batch = results.slice(cursor, cursor + n);
    cursor += batch.length;
    const loaded = await Promise.all(batch.map(async (r) => ({ score: r.score, hit: fromPagefind(await r.data()) })));
    if (!options.sort) loaded.sort((a, b) => adjusted(b) - adjusted(a));
    return loaded.map((l) => l.hit);
  };

  const firstBatch = await load(first + lead.length);
  if (filtered) lead = lead.filter((h) => firstBatch.some((p) => p.url === h.url));
  for (const hit of lead) {
    const enriched = firstBatch.find((p) => p.url === hit.url);
    hits.push(enriched ? { ...enriched, ...(hit.exact ? { exact: hit.exact } : {}) } : hit);
    seen.add(hit.url);
  }
  const push = (batch: Hit[]) => {
    for (const hit of batch) if (!seen.has(hit.url)) (seen.add(hit.url), hits.push(hit));
  };
  push(firstBatch);

  const outsidePagefind = lead.filter((h) => !firstBatch.some((p) => p.url === h.url)).length;
  if (interpretation.kind === 'missing') {
    // Not a result list but suggestions: the same-number documents, then Pagefind's closest few.
    hits.splice(SUGGESTIONS);
    return { interpretation, hits, total: hits.length, counts: response.filters ?? {}, more: async () => false };
  }
  return {
    interpretation: filtered && lead.length === 0 && interpretation.kind === 'exact' ? TEXT : interpretation,
    hits,
    total: results.length + outsidePagefind,
    counts: response.filters ?? {},
    async more(n: number) {
      if (cursor >= results.length) return false;
      push(await load(n));
      return cursor < results.length;
    },
  };
}

function adjusted({ score, hit }: { score: number; hit: Hit }): number {
  const ended = hit.status === 'bi-thay-the' || hit.status === 'het-hieu-luc';
  const local = hit.level !== undefined && hit.level !== LEVELS['trung-uong'];
  return score * (ended ? NOT_IN_FORCE : 1) * (local ? LOCAL : 1);
}
