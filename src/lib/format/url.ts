/** Where a catalogue document lives on the site: the one place its URL is spelled. */
export function documentUrl(id: string): string {
  return `/van-ban/${id}/`;
}
