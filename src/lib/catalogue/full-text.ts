import type { CatalogueDocument } from './model.ts';

/**
 * Hosts of the State's and the Party's own portals. Their copy of a text is the one to read first; a legal
 * database (thuvienphapluat, luatvietnam …) is a convenience that may lag behind or add its own notes.
 */
const OFFICIAL_HOST = /(^|\.)(gov\.vn|vbpl\.vn|chinhphu\.vn|quochoi\.vn|dangcongsan\.vn|mofa\.gov\.vn)$/;

export interface FullTextLink {
  title: string;
  url: string;
  /** The site's host name, shown beside the link so a reader knows where it leads. */
  host: string;
  official: boolean;
}

/** Where the full text can be read, from the sources marked `fullText`: official portals first, in source order. */
export function fullTextLinks(doc: Pick<CatalogueDocument, 'sources'>): FullTextLink[] {
  const links = doc.sources.flatMap((source) => {
    if (!source.fullText || !source.url) return [];
    const host = new URL(source.url).hostname.replace(/^www\./, '');
    return [{ title: source.title, url: source.url, host, official: OFFICIAL_HOST.test(host) }];
  });
  return [...links.filter((l) => l.official), ...links.filter((l) => !l.official)];
}
