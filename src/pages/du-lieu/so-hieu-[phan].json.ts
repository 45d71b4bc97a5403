// The exact table of số ký hiệu and names (lib/search/exact-table.ts), in shards (lib/search/shards.ts):
// /du-lieu/so-hieu-<i>.json by the symbol's number, /du-lieu/so-hieu-ten.json for names without a number.
// The search box fetches only the file a query belongs to, so a symbol is answered from the catalogue
// (before, and without, Pagefind) for a few KB whatever the catalogue's size.
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentStatus } from '../../lib/catalogue/document-status.ts';
import { exactShards, NAMES_FILE, type ShardedTable } from '../../lib/search/shards.ts';
import { siteContent } from '../../site/content.ts';

let sharded: Promise<ShardedTable> | undefined;
function shards(): Promise<ShardedTable> {
  sharded ??= siteContent().then(({ catalogue }) =>
    exactShards(catalogue.documents, (doc) => documentStatus(doc, catalogue).standing),
  );
  return sharded;
}

export const getStaticPaths = (async () => {
  const { count } = await shards();
  return [...Array.from({ length: count }, (_, i) => String(i)), NAMES_FILE].map((phan) => ({ params: { phan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards: files, names } = await shards();
  const table = params.phan === NAMES_FILE ? names : files[Number(params.phan)];
  return new Response(JSON.stringify(table), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
