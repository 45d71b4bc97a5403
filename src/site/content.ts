// The one place where pages read the content collections; everything after this is plain data for src/lib.
import { getCollection } from 'astro:content';
import { buildCatalogue, type Catalogue } from '../lib/catalogue/catalogue.ts';
import type { CatalogueReport } from '../lib/catalogue/model.ts';

export interface SiteContent {
  catalogue: Catalogue;
  reports: CatalogueReport[];
}

let cached: Promise<SiteContent> | undefined;

/** Computed once per build: every page shares the same catalogue and report list. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const documents = (await getCollection('documents')).map((e) => ({ ...e.data, id: e.id }));
  const reports = (await getCollection('reports'))
    .map((e) => ({ ...e.data, id: e.id, body: e.body ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date));
  return { catalogue: buildCatalogue(documents), reports };
}
