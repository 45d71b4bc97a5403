/**
 * Open data files past a few MB are split into parts, so that a program (or a phone) can read them a piece at
 * a time. Below SPLIT_ABOVE bytes a file is written whole, as before. Above it, the file itself becomes the
 * index of its parts and each part holds a run of one of the file's lists, in order:
 *
 *   /du-lieu/van-ban.json    { version: 1, parts: [{ url: "/du-lieu/van-ban-1.json", field: "documents", count }, …] }
 *   /du-lieu/van-ban-<n>.json { version: 1, documents: [ … ] }         (n from 1)
 *   /du-lieu/do-thi.json     { version: 1, parts: [{ url, field: "nodes", count }, …, { url, field: "edges", count }, …] }
 *   /du-lieu/do-thi-<n>.json { version: 1, nodes: [ … ] } or { version: 1, edges: [ … ] }
 *
 * Reading every part in the index's order and appending each part's `field` list gives the whole file back.
 */

/** A file is split when its JSON passes this many bytes (UTF-8, as written to disk). */
export const SPLIT_ABOVE = 4_000_000;
/** About how large a part may grow: a run is closed before it passes this. */
export const PART_BYTES = 2_000_000;

export interface PartRef {
  url: string;
  field: string;
  count: number;
}

export interface SplitFile {
  index: { version: number; parts: PartRef[] };
  parts: Record<string, unknown>[];
}

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).length;

/** Consecutive runs of `items`, each at most `budget` bytes of JSON (an item larger than that is a run alone). */
export function runsOf<T>(items: readonly T[], budget: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = utf8Bytes(JSON.stringify(item)) + 1;
    if (run.length && size + bytes > budget) {
      runs.push(run);
      [run, size] = [[], 0];
    }
    run.push(item);
    size += bytes;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The parts of the open data file `name` ("van-ban"), or undefined when it stays whole. */
export function splitOpenData(
  name: string,
  whole: { version: number } & Record<string, unknown>,
  fields: readonly string[],
  limits = { splitAbove: SPLIT_ABOVE, partBytes: PART_BYTES },
): SplitFile | undefined {
  if (utf8Bytes(JSON.stringify(whole)) <= limits.splitAbove) return undefined;
  const parts: Record<string, unknown>[] = [];
  const refs: PartRef[] = [];
  for (const field of fields) {
    for (const run of runsOf(whole[field] as unknown[], limits.partBytes)) {
      parts.push({ version: whole.version, [field]: run });
      refs.push({ url: `/du-lieu/${name}-${parts.length}.json`, field, count: run.length });
    }
  }
  return { index: { version: whole.version, parts: refs }, parts };
}
