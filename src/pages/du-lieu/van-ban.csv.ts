import { catalogueJson } from '../../lib/graph/open-data.ts';
import { catalogueCsv } from '../../lib/graph/open-data-csv.ts';
import { siteContent } from '../../site/content.ts';

export async function GET() {
  const { catalogue } = await siteContent();
  return new Response(catalogueCsv(catalogueJson(catalogue)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
