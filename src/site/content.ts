// The one place where pages read the content collections; everything after this is plain data for src/lib.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type Catalogue } from '../lib/catalogue/catalogue.ts';
import type { CatalogueReport, CatalogueTopic } from '../lib/catalogue/model.ts';
import { sortTopics } from '../lib/catalogue/topics.ts';
import type { Graph } from '../lib/graph/graph.ts';
import { siteGraph } from '../lib/graph/site-graph.ts';
import { renderReport, type RenderedReport } from '../lib/report/render.ts';
import { reportChecker } from './report-checker.ts';

export interface SiteContent {
  catalogue: Catalogue;
  reports: CatalogueReport[];
  /** Each report's HTML with citations linked and checked, computed once. */
  rendered: Map<string, RenderedReport>;
  graph: Graph;
  /** Topic pages in the vocabulary's order (bodies unrendered: pages render their own entry). */
  topics: CatalogueTopic[];
  /** The documents' collection entries, for the page that renders their bodies (astro:content `render`). */
  documentEntries: CollectionEntry<'documents'>[];
}

let cached: Promise<SiteContent> | undefined;

/** Computed once per build: every page shares the same catalogue, rendered reports and graph. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const documentEntries = await getCollection('documents');
  const documents = documentEntries.map((e) => ({ ...e.data, id: e.id }));
  const reports = (await getCollection('reports'))
    .map((e) => ({ ...e.data, id: e.id, body: e.body ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const catalogue = buildCatalogue(documents);
  const check = reportChecker(catalogue);
  const rendered = new Map(reports.map((r) => [r.id, renderReport(r.body, (text) => check(text, r))]));
  const graph = siteGraph(
    catalogue,
    reports.map((report) => ({ report, ...rendered.get(report.id)! })),
  );
  const topics = sortTopics((await getCollection('topics')).map((e) => ({ ...e.data, id: e.id as CatalogueTopic['id'], body: e.body ?? '' })));
  return { catalogue, reports, rendered, graph, documentEntries, topics };
}
