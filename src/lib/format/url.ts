/** Where a catalogue document lives on the site: the one place its URL is spelled. */
export function documentUrl(id: string): string {
  return `/van-ban/${id}/`;
}

/** Where a local report lives on the site. */
export function reportUrl(id: string): string {
  return `/bao-cao/${id}/`;
}
