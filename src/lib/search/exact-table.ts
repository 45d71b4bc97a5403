import type { CatalogueDocument } from '../catalogue/model.ts';
import { inForce, STANDING_VALUES, type Standing } from '../format/status.ts';
import { keyWords, searchKey, symbolParts } from './keys.ts';
import { documentUrl } from '../format/url.ts';

/*
 * The exact table: every document's số ký hiệu and names, so a symbol-shaped query is answered from the
 * catalogue itself before Pagefind's prefix matching can turn a wrong number into a near miss. Emitted at
 * build time in shards (shards.ts: /du-lieu/so-hieu-<i>.json by the symbol's number, and one file for the
 * names without a number); a query fetches only the files its keys belong to. One row per document (per
 * file), and only the names that the symbol does not already spell. The symbol spellings
 * ("nd 80", "80/2020", "Nghị định 80") are derived in the browser by `symbolKeys`, the same code.
 */

/** One row: id, loại văn bản, số ký hiệu, issue date, index into STANDING_VALUES (format/status.ts), extra names. */
export type TableRow = [id: string, type: string, symbol: string, date: string, status: number, names?: string[]];

export interface ExactTable {
  /** Format version. */
  v: 1;
  rows: TableRow[];
}

/** A catalogue document as search results show it. */
export interface TableDoc {
  id: string;
  type: string;
  symbol: string;
  /** "Nghị định 80/2020/NĐ-CP". */
  label: string;
  url: string;
  date: string;
  status: Standing;
}

/** Built in the browser from the table: search key → documents. */
export interface ExactIndex {
  docs: TableDoc[];
  symbols: Map<string, TableDoc[]>;
  names: Map<string, TableDoc[]>;
  /** Documents by their number ("80"), for near misses. */
  byNumber: Map<string, TableDoc[]>;
}

/** The spellings of a số ký hiệu staff type, as search keys. */
export function symbolKeys(type: string, symbol: string): string[] {
  const parts = symbolParts(symbol);
  const full = keyWords(symbol).join(' ');
  if (!parts) return [full];
  const { number: n, year: y, code, abbr } = parts;
  const t = searchKey(type);
  const keys = [full, `${t} ${full}`, `${t} ${n}`];
  if (y) keys.push(`${n} ${y}`, `${n} ${code.join(' ')}`, `${t} ${n} ${y}`);
  if (abbr) keys.push(`${abbr} ${n}`, ...(y ? [`${abbr} ${n} ${y}`] : []));
  return [...new Set(keys)];
}

/** The names a document is known by (aliases; a law's title), as search keys. */
export function nameKeys(doc: Pick<CatalogueDocument, 'type' | 'title' | 'aliases'>): string[] {
  const names = [...doc.aliases, ...(doc.type === 'Luật' && doc.title ? [doc.title] : [])];
  return [...new Set(names.map(searchKey).filter(Boolean))];
}

/** Build time: the whole table (one file's worth; shards.ts splits it). `statusOf` gives the standing a page shows. */
export function exactTable(documents: CatalogueDocument[], statusOf: (doc: CatalogueDocument) => Standing): ExactTable {
  const rows = documents.map((doc): TableRow => {
    const spelled = new Set(symbolKeys(doc.type, doc.symbol));
    const names = nameKeys(doc).filter((k) => !spelled.has(k));
    const row: TableRow = [doc.id, doc.type, doc.symbol, doc.issuedOn, STANDING_VALUES.indexOf(statusOf(doc))];
    if (names.length) row.push(names);
    return row;
  });
  return { v: 1, rows };
}

/**
 * In the browser: the lookup maps, from one table or several files of it (lib/search/shards.ts); a
 * document found in two files is one document, with the names of both. Several documents may share a key
 * (two laws of the same name).
 */
export function exactIndex(tables: ExactTable | ExactTable[]): ExactIndex {
  const index: ExactIndex = { docs: [], symbols: new Map(), names: new Map(), byNumber: new Map() };
  const add = (map: Map<string, TableDoc[]>, key: string, doc: TableDoc) => {
    const list = map.get(key) ?? [];
    if (!list.includes(doc)) list.push(doc);
    map.set(key, list);
  };
  const byId = new Map<string, TableDoc>();
  for (const table of Array.isArray(tables) ? tables : [tables]) {
    for (const [id, type, symbol, date, status, names = []] of table.rows) {
      let doc = byId.get(id);
      if (!doc) {
        doc = {
          id,
          type,
          symbol,
          label: `${type} ${symbol}`,
          url: documentUrl(id),
          date,
          status: STANDING_VALUES[status] ?? 'chua-xac-dinh',
        };
        byId.set(id, doc);
        index.docs.push(doc);
        for (const key of symbolKeys(type, symbol)) add(index.symbols, key, doc);
        const number = symbolParts(symbol)?.number;
        if (number) add(index.byNumber, number, doc);
      }
      for (const key of names) add(index.names, key, doc);
    }
  }
  return index;
}

/** In force first, then the newest: the order of several exact hits. */
export function byStanding(a: TableDoc, b: TableDoc): number {
  return rank(a) - rank(b) || b.date.localeCompare(a.date);
}

function rank(doc: TableDoc): number {
  return inForce(doc.status) ? 0 : doc.status === 'chua-xac-dinh' || doc.status === 'chua-co-hieu-luc' ? 1 : 2;
}
