// The exact table of số ký hiệu and names (lib/search/exact-table.ts): fetched by the search box on the
// first search, so a symbol query is answered from the catalogue before Pagefind's prefix matching.
import type { APIRoute } from 'astro';
import { describeStatus } from '../../lib/catalogue/status-text.ts';
import { exactTable, type TableStatus } from '../../lib/search/exact-table.ts';
import { documentRecord } from '../../lib/search/record.ts';
import { siteContent } from '../../site/content.ts';

export const GET: APIRoute = async () => {
  const { catalogue } = await siteContent();
  const status = (doc: (typeof catalogue.documents)[number]) =>
    documentRecord(doc, describeStatus(doc, catalogue).text).filters['Tình trạng hiệu lực']![0] as TableStatus;
  const table = exactTable(catalogue.documents, status);
  return new Response(JSON.stringify(table), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
