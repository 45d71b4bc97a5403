import { catalogueJson } from '../../lib/graph/open-data.ts';
import { siteContent } from '../../site/content.ts';

export async function GET() {
  const { catalogue } = await siteContent();
  return new Response(JSON.stringify(catalogueJson(catalogue)), { headers: { 'content-type': 'application/json' } });
}
