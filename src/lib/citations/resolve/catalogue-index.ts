/**
 * Lookup tables over the catalogue, built once per build (or once in the browser from the JSON export):
 * by symbol key (exact, separator-blind, year-blind), by alias, by plenum, and the phrase trie of names for the
 * finder.
 */
import type { CitableDocument } from '../model.ts';
import { parseIssuer, type IssuerInfo } from '../read/issuer.ts';
import { isBareLabel, labelKey } from '../find/short-forms.ts';
import { parseSymbol, type SymbolInfo } from '../read/symbol.ts';
import { buildTrie, type PhraseTrie } from '../read/phrase-trie.ts';
import { parsePlenumName } from '../read/plenum.ts';
import { titleWords } from '../read/title-words.ts';

export interface CatalogueIndex {
  documents: readonly CitableDocument[];
  byId: Map<string, CitableDocument>;
  byKey: Map<string, CitableDocument[]>;
  byLooseKey: Map<string, CitableDocument[]>;
  byYearlessKey: Map<string, CitableDocument[]>;
  /** The number of the số ký hiệu ("45" for 45-CT/TW): for "Chỉ thị 45", "NĐ 80/2020". */
  byNumber: Map<string, CitableDocument[]>;
  /** Label key ("luat cu tru", "nghi quyet 36") → documents. */
  byAlias: Map<string, CitableDocument[]>;
  /** Names for the finder (laws by name, "NQ 36"): trie values are label keys. */
  names: PhraseTrie<string>;
  symbols: Map<string, SymbolInfo>;
  issuers: Map<string, IssuerInfo | null>;
  /** Resolutions whose own names state the plenum that adopted them, by the plenum's number. */
  byPlenum: Map<number, PlenumEntry[]>;
}

export interface PlenumEntry {
  doc: CitableDocument;
  /** The khóa the name states, else the document's own. */
  term?: string;
  /** What tells the resolution from the plenum's others, as title words: the name's subject, the title. */
  subjects: string[][];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Names a document is cited by: its `aliases`, and for a law its title ("Luật Cư trú"), also without a closing
 * "Việt Nam" — seed 000 writes "Luật quốc tịch" for the Luật Quốc tịch Việt Nam.
 */
export function namesOf(doc: CitableDocument): string[] {
  const names = [...(doc.aliases ?? [])];
  if (doc.type === 'Luật' && doc.title) {
    const title = /^luật\s/i.test(doc.title) ? doc.title : `Luật ${doc.title}`;
    names.push(title);
    const short = title.replace(/\s+Việt Nam$/, '');
    if (short !== title) names.push(short);
  }
  return names;
}

export function buildCatalogueIndex(documents: readonly CitableDocument[]): CatalogueIndex {
  const index: CatalogueIndex = {
    documents,
    byId: new Map(),
    byKey: new Map(),
    byLooseKey: new Map(),
    byYearlessKey: new Map(),
    byNumber: new Map(),
    byAlias: new Map(),
    names: buildTrie([]),
    symbols: new Map(),
    issuers: new Map(),
    byPlenum: new Map(),
  };
  const phrases: [string, string][] = [];
  for (const doc of documents) {
    index.byId.set(doc.id, doc);
    index.issuers.set(doc.id, parseIssuer(doc.issuer));
    const symbol = parseSymbol(doc.symbol);
    if (symbol) {
      index.symbols.set(doc.id, symbol);
      push(index.byKey, symbol.key, doc);
      push(index.byLooseKey, symbol.looseKey, doc);
      push(index.byYearlessKey, symbol.yearlessKey, doc);
      push(index.byNumber, symbol.number, doc);
    }
    for (const name of namesOf(doc)) {
      const plenum = parsePlenumName(name);
      if (plenum) push(index.byPlenum, plenum.number, { doc, term: plenum.term ?? doc.term, subjects: subjectsOf(plenum.rest, doc) });
      const key = labelKey(name);
      if (!key) continue;
      push(index.byAlias, key, doc);
      // Type + number aliases ("Nghị quyết 36") are found as short forms anyway; the trie keeps the rest.
      if (!isBareLabel(key)) phrases.push([name, key]);
    }
  }
  index.names = buildTrie(phrases);
  return index;
}

function subjectsOf(nameRest: string, doc: CitableDocument): string[][] {
  return [titleWords(nameRest), titleWords(doc.title ?? '')].filter((words) => words.length > 0);
}

const cache = new WeakMap<readonly CitableDocument[], CatalogueIndex>();

/** Accepts an index or a document list (indexed once per list). */
export function asIndex(catalogue: CatalogueIndex | readonly CitableDocument[]): CatalogueIndex {
  if (!Array.isArray(catalogue)) return catalogue as CatalogueIndex;
  const list = catalogue as readonly CitableDocument[];
  let index = cache.get(list);
  if (!index) cache.set(list, (index = buildCatalogueIndex(list)));
  return index;
}
