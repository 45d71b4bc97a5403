// The browser checker's compact catalogue (lib/checker/files.ts), in the search table's shards: a draft is
// checked from the names file and the shards of the numbers it cites, not from the whole van-ban.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkerFiles, type CheckerFile } from '../../lib/checker/files.ts';
import { NAMES_FILE, shardCount } from '../../lib/search/shards.ts';
import { siteContent } from '../../site/content.ts';

let built: Promise<{ names: CheckerFile; shards: CheckerFile[] }> | undefined;
function files() {
  built ??= siteContent().then(({ catalogue }) => checkerFiles(catalogue.documents, shardCount(catalogue.documents.length)));
  return built;
}

export const getStaticPaths = (async () => {
  const { shards } = await files();
  return [...shards.map((_, i) => String(i)), NAMES_FILE].map((phan) => ({ params: { phan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards, names } = await files();
  const file = params.phan === NAMES_FILE ? names : shards[Number(params.phan)];
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
