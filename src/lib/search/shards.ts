import type { CatalogueDocument } from '../catalogue/model.ts';
import { STANDING_VALUES, type Standing } from '../format/status.ts';
import { nameKeys, symbolKeys, type ExactTable, type TableRow } from './exact-table.ts';
import { keyWords, NUMBER_YEAR, searchKey, SYMBOL_IN_TEXT, symbolParts } from './keys.ts';

/*
 * The exact table, sharded so that a symbol query fetches one small file instead of the whole catalogue's
 * (102 KB gzip at 10,000 documents). Bucket rule: a search key belongs to its number (`keyNumber`: the first
 * number in it that is not a year, else its first number); a number belongs to shard `number mod count`.
 * Numbers run consecutively within each series, so the modulus spreads them evenly. `count` is a power of
 * two chosen from the catalogue's size (`shardCount`: about ROWS_PER_SHARD rows a shard): 1 shard for the
 * 60 real documents, 64 for 10,000. The unit is a number: all documents numbered 25 share a shard, and at
 * 10,000 generated documents (test/bench/scale/generate.ts) one number has up to ~260 of them, so more
 * shards would not make the largest smaller — 128 gave median 13 rows but still a 259-row maximum. At 64:
 * median 202 rows (13.5 KB, 2.7 KB gzip), largest 268 rows (17.9 KB, 3.4 KB gzip); the names file 50 rows,
 * 4.2 KB (1.0 KB gzip): the generator's aliases ("Nghị quyết số 36") carry the number and the symbol
 * already spells them, so only laws' titles ("Luật Cư trú") are left for it. Keys with no number ("luat cu tru", a law's title) go to one names
 * file. A document is written to every file one of its keys belongs to, carrying there only the names that
 * belong there, and always to its own number's shard (near misses for a wrong symbol are "same number").
 * The browser asks `queryFiles` which files a query can be answered from: the same `keyNumber` on the same
 * keys, so both sides agree by construction.
 *
 *   /du-lieu/so-hieu-<i>.json   shard i of count (0 ≤ i < count)
 *   /du-lieu/so-hieu-ten.json   the names without a number
 *
 * The count is written on the header search form (`data-so-hieu`), so the browser needs no manifest.
 */

/** About how many rows a shard holds: ~14 KB of JSON, ~3 KB gzip. */
export const ROWS_PER_SHARD = 160;
/** The names file's part of the URL. */
export const NAMES_FILE = 'ten';

export const shardUrl = (file: number | typeof NAMES_FILE): string => `/du-lieu/so-hieu-${file}.json`;

/** The smallest power of two that keeps shards at about ROWS_PER_SHARD rows. */
export function shardCount(documents: number): number {
  let count = 1;
  while (count * ROWS_PER_SHARD < documents && count < 4096) count *= 2;
  return count;
}

/** The shard of a number (digits, no leading zeros); 44B (the letter of a số ký hiệu) files under 44, as in keyNumber. */
export function shardOf(number: string, count: number): number {
  const n = Number(number.replace(/[a-z]$/i, '').slice(-9));
  return Number.isInteger(n) ? n % count : 0;
}

const YEAR = /^(19|20)\d\d$/;

/** The number a search key is filed under: its first number that is not a year, else its first number. */
export function keyNumber(key: string): string | undefined {
  // "44b" (Pháp lệnh 44B-LCT/HĐNN8, symbols before 2001) files under 44, as its symbol's number.
  const numbers = key.split(' ').flatMap((w) => /^(\d+)[a-z]?$/.exec(w)?.[1] ?? []);
  return numbers.find((n) => !YEAR.test(n)) ?? numbers[0];
}

/** The file a search key is found in. */
export function fileOfKey(key: string, count: number): number | typeof NAMES_FILE {
  const number = keyNumber(key);
  return number === undefined ? NAMES_FILE : shardOf(number, count);
}

export interface ShardedTable {
  count: number;
  shards: ExactTable[];
  names: ExactTable;
}

/** Build time: the shards and the names file. `statusOf` gives the standing a page shows. */
export function exactShards(
  documents: CatalogueDocument[],
  statusOf: (doc: CatalogueDocument) => Standing,
  count = shardCount(documents.length),
): ShardedTable {
  const shards: ExactTable[] = Array.from({ length: count }, () => ({ v: 1, rows: [] }));
  const names: ExactTable = { v: 1, rows: [] };
  const table = (file: number | typeof NAMES_FILE) => (file === NAMES_FILE ? names : shards[file]);
  for (const doc of documents) {
    const spelled = symbolKeys(doc.type, doc.symbol);
    const extra = nameKeys(doc).filter((k) => !spelled.includes(k));
    const files = new Map<number | typeof NAMES_FILE, string[]>();
    const number = symbolParts(doc.symbol)?.number;
    if (number) files.set(shardOf(number, count), []);
    for (const key of spelled) if (!files.has(fileOfKey(key, count))) files.set(fileOfKey(key, count), []);
    for (const key of extra) {
      const file = fileOfKey(key, count);
      files.set(file, [...(files.get(file) ?? []), key]);
    }
    const [id, type, symbol, date, status]: TableRow = [doc.id, doc.type, doc.symbol, doc.issuedOn, STANDING_VALUES.indexOf(statusOf(doc))];
    for (const [file, keys] of files) table(file).rows.push(keys.length ? [id, type, symbol, date, status, keys] : [id, type, symbol, date, status]);
  }
  return { count, shards, names };
}

/**
 * In the browser: the files `interpretQuery` needs for a query — the file of its key (symbol, name or bare
 * number), of a symbol pasted inside longer text, and the shard of the number a "missing" answer draws its
 * near misses from. Mirrors the paths of query.ts.
 */
export function queryFiles(query: string, count: number): (number | typeof NAMES_FILE)[] {
  const text = query.normalize('NFC').trim();
  const key = searchKey(text);
  if (!key) return [];
  const files = new Set([fileOfKey(key, count)]);
  const embedded = SYMBOL_IN_TEXT.exec(text)?.[0].trim();
  if (embedded) {
    files.add(fileOfKey(searchKey(embedded), count));
    const number = symbolParts(embedded)?.number;
    if (number) files.add(shardOf(number, count));
  }
  const numberYear = NUMBER_YEAR.exec(text);
  if (numberYear) files.add(shardOf(String(Number(numberYear[1])), count));
  const typed = keyWords(text).find((w) => /^\d+$/.test(w) && !YEAR.test(w));
  if (typed) files.add(shardOf(typed, count));
  return [...files];
}
