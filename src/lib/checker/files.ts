import { findCitations, parseSymbol, type CitableDocument } from '../citations/index.ts';
import { namesOf } from '../citations/resolve/catalogue-index.ts';
import { isBareLabel, labelKey } from '../citations/find/short-forms.ts';
import type { PhraseTrie } from '../citations/read/phrase-trie.ts';
import { fileOfKey, NAMES_FILE, shardOf } from '../search/shards.ts';

/*
 * The browser checker's compact catalogue, in the search table's shards (lib/search/shards.ts: same count,
 * same `shardOf`/`fileOfKey` rule), so that checking a draft fetches the files its citations need and not the
 * whole of van-ban.json (~10 MB at 10,000 documents).
 *
 *   /du-lieu/kiem-tra-ten.json   every document cited by a name the finder must know before it reads the draft
 *                                (a law's title, "Đề án Huy động"): always fetched first, it builds the finder's trie
 *   /du-lieu/kiem-tra-<i>.json   the documents whose symbol's number, or a type + number alias ("Nghị quyết 36"),
 *                                belongs to shard i
 *
 * Each file is { v: 1, documents: CheckerRecord[] }: a CitableDocument (only the facts the engine reads) and
 * `at`, its place in the catalogue, so that merged files keep catalogue order (successors are named in it).
 * A document also travels with every document that replaces, repeals or amends it, and so on along that chain:
 * its status and the successor a check suggests need them (catalogue/status.ts reads `replaces`/`repeals` of
 * the others), and a law cited as "Luật sửa đổi … của Luật X" resolves to the laws amending X.
 */
export type CheckerFileId = number | typeof NAMES_FILE;
export type CheckerRecord = CitableDocument & { at: number };
export interface CheckerFile {
  v: 1;
  documents: CheckerRecord[];
}

export const checkerUrl = (file: CheckerFileId): string => `/du-lieu/kiem-tra-${file}.json`;

/** The files a document is looked up in: by its symbol's number, and by each of its names. */
function homeFiles(doc: CitableDocument, count: number): Set<CheckerFileId> {
  const files = new Set<CheckerFileId>();
  const number = parseSymbol(doc.symbol)?.number;
  if (number) files.add(shardOf(number, count));
  for (const name of namesOf(doc)) {
    const key = labelKey(name);
    if (key) files.add(isBareLabel(key) ? fileOfKey(key, count) : NAMES_FILE);
  }
  return files;
}

/** Only the facts the engine reads; relations as lists of ids, left out when empty. */
function record(doc: CitableDocument, at: number): CheckerRecord {
  const { id, symbol, type, typeNote, level, province, district, issuer, term, issuedOn, effectiveFrom, title, aliases } = doc;
  const status = doc.status && { code: doc.status.code, ...(doc.status.until && { until: doc.status.until }) };
  const edges = (refs: readonly { id: string }[] | undefined) => (refs?.length ? refs.map((r) => ({ id: r.id })) : undefined);
  return {
    at, id, symbol, type, typeNote, level, province, district, issuer, term, issuedOn, effectiveFrom, title, status,
    aliases: aliases?.length ? aliases : undefined,
    replaces: edges(doc.replaces),
    repeals: edges(doc.repeals),
    amends: edges(doc.amends),
  };
}

/** Build time: the names file and `count` shards. */
export function checkerFiles(documents: readonly CitableDocument[], count: number): { names: CheckerFile; shards: CheckerFile[] } {
  const enders = new Map<string, number[]>();
  documents.forEach((d, at) => {
    for (const ref of [...(d.replaces ?? []), ...(d.repeals ?? []), ...(d.amends ?? [])]) enders.set(ref.id, [...(enders.get(ref.id) ?? []), at]);
  });
  const names: CheckerFile = { v: 1, documents: [] };
  const shards: CheckerFile[] = Array.from({ length: count }, () => ({ v: 1, documents: [] }));
  const members: Set<number>[] = Array.from({ length: count + 1 }, () => new Set());
  documents.forEach((doc, at) => {
    const chain = [at];
    for (let i = 0; i < chain.length; i++) for (const e of enders.get(documents[chain[i]].id) ?? []) if (!chain.includes(e)) chain.push(e);
    for (const file of homeFiles(doc, count)) for (const n of chain) members[file === NAMES_FILE ? count : file].add(n);
  });
  members.forEach((set, file) => {
    const target = file === count ? names : shards[file];
    target.documents = [...set].sort((a, b) => a - b).map((at) => record(documents[at], at));
  });
  return { names, shards };
}

/**
 * In the browser: the shards the citations of `text` are resolved from (the names file is fetched anyway).
 * Without `names`, those of its symbols and numbers, known before the names file arrives.
 */
export function filesForText(text: string, names: PhraseTrie<string> | undefined, count: number): number[] {
  const files = new Set<number>();
  for (const c of findCitations(text, { names })) {
    if (c.kind === 'full' || c.kind === 'symbol') files.add(shardOf(c.symbol.number, count));
    if (c.kind === 'number') {
      files.add(shardOf(c.label.number, count));
      const file = fileOfKey(c.label.key, count);
      if (file !== NAMES_FILE) files.add(file);
    }
  }
  return [...files];
}

/** The documents of several files, once each, in catalogue order. */
export function mergeFiles(files: readonly CheckerFile[]): CheckerRecord[] {
  const byId = new Map(files.flatMap((f) => f.documents).map((d) => [d.id, d]));
  return [...byId.values()].sort((a, b) => a.at - b.at);
}
