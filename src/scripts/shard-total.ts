/** How many shards the exact table has, as the header search form says (components/SearchBox.astro). */
export function shardTotal(): number {
  const count = Number(document.querySelector<HTMLElement>('[data-so-hieu]')?.dataset.soHieu);
  if (!Number.isInteger(count) || count < 1) throw new Error('data-so-hieu: no shard count on the page');
  return count;
}
