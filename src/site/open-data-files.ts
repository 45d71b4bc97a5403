// The open data files van-ban.json and do-thi.json, whole or split (lib/graph/open-data-parts.ts), computed once
// per build and shared by the file's route and its parts' route.
import { catalogueJson, graphJson } from '../lib/graph/open-data.ts';
import { splitOpenData, type SplitFile } from '../lib/graph/open-data-parts.ts';
import { siteContent } from './content.ts';

export interface OpenDataFile {
  /** What /du-lieu/<name>.json holds: the whole file, or the index of its parts. */
  main: unknown;
  parts: Record<string, unknown>[];
}

const files = new Map<string, Promise<OpenDataFile>>();

function memo(name: string, make: () => Promise<OpenDataFile>): Promise<OpenDataFile> {
  if (!files.has(name)) files.set(name, make());
  return files.get(name)!;
}

const asFile = (whole: unknown, split: SplitFile | undefined): OpenDataFile => (split ? { main: split.index, parts: split.parts } : { main: whole, parts: [] });

export const catalogueFile = () =>
  memo('van-ban', async () => {
    const whole = catalogueJson((await siteContent()).catalogue);
    return asFile(whole, splitOpenData('van-ban', whole, ['documents']));
  });

export const graphFile = () =>
  memo('do-thi', async () => {
    const whole = graphJson((await siteContent()).graph);
    return asFile(whole, splitOpenData('do-thi', whole, ['nodes', 'edges']));
  });

export const jsonResponse = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** getStaticPaths of a parts route: "1" … "n" (none while the file is whole). */
export const partPaths = async (file: Promise<OpenDataFile>) => (await file).parts.map((_, i) => ({ params: { phan: String(i + 1) } }));
