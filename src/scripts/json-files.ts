/**
 * Public JSON files of the site (search shards, checker shards), each fetched once per page and kept; a failed
 * fetch is forgotten, so the next query or check asks again.
 */
export function jsonFiles<T>(): (url: string) => Promise<T> {
  const files = new Map<string, Promise<T>>();
  return (url) => {
    let file = files.get(url);
    if (!file) {
      file = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json() as Promise<T>;
      });
      file.catch(() => files.delete(url));
      files.set(url, file);
    }
    return file;
  };
}
