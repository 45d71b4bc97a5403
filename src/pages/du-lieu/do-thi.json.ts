// The graph as open data: whole, or past a few MB the index of its parts (lib/graph/open-data-parts.ts).
import { graphFile, jsonResponse } from '../../site/open-data-files.ts';

export async function GET() {
  return jsonResponse((await graphFile()).main);
}
