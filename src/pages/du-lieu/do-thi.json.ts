import { graphJson } from '../../lib/graph/open-data.ts';
import { siteContent } from '../../site/content.ts';

export async function GET() {
  const { graph } = await siteContent();
  return new Response(JSON.stringify(graphJson(graph)), { headers: { 'content-type': 'application/json' } });
}
