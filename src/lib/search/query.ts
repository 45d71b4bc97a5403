import { DOCUMENT_TYPES } from '../schema/vocabulary.ts';
import { byStanding, type ExactIndex, type TableDoc } from './exact-table.ts';
import { keyWords, NUMBER_YEAR, searchKey, SYMBOL_IN_TEXT, symbolParts } from './keys.ts';

/**
 * What a query is, before any full-text search:
 * - `exact`: it is a số ký hiệu in some spelling ("80/2020/ND-CP", "nd 80", "QĐ 272", "80-2020") or a name
 *   the catalogue knows ("Quy chế 272", "Luật Cư trú"); those documents go first, marked as exact.
 * - `missing`: it looks like a symbol but the catalogue has no such document ("12-NQ/TW"); the page says
 *   so, and what full-text search finds is offered only as "Có phải bạn muốn tìm …".
 * - `text`: anything else; full-text search ranks.
 */
export type Interpretation =
  | { kind: 'exact'; reason: ExactReason; docs: TableDoc[] }
  | { kind: 'missing'; /** "Không có văn bản số 12-NQ/TW trong danh mục" */ message: string; nearMisses: TableDoc[] }
  | { kind: 'text' };

/** Why a document is an exact hit: its symbol, one of its names, or (a bare number) its number. */
export type ExactReason = 'symbol' | 'name' | 'number';

/** How staff abbreviate a type before a number ("NĐ 80", "QĐ 272"), for telling a symbol-like query. */
const ABBREVIATIONS: Record<string, string> = {
  nq: 'Nghị quyết',
  nd: 'Nghị định',
  qd: 'Quyết định',
  ct: 'Chỉ thị',
  kl: 'Kết luận',
  kh: 'Kế hoạch',
  ctr: 'Chương trình',
  tb: 'Thông báo',
  hd: 'Hướng dẫn',
  cv: 'Công văn',
};

const TYPE_KEYS = new Map(DOCUMENT_TYPES.map((t) => [searchKey(t), t]));
const YEAR = /^(19|20)\d\d$/;

export function interpretQuery(query: string, index: ExactIndex): Interpretation {
  const text = query.normalize('NFC').trim();
  const key = searchKey(text);
  if (!key) return { kind: 'text' };

  const bySymbol = index.symbols.get(key);
  if (bySymbol) return { kind: 'exact', reason: 'symbol', docs: [...bySymbol].sort(byStanding) };
  const byName = index.names.get(key);
  if (byName) return { kind: 'exact', reason: 'name', docs: [...byName].sort(byStanding) };
  // A bare number ("36", "272") is how staff name the documents they cite most: those with that number lead.
  const byNumber = /^\d+$/.test(key) && !YEAR.test(key) ? index.byNumber.get(key) : undefined;
  if (byNumber) return { kind: 'exact', reason: 'number', docs: [...byNumber].sort(byStanding) };

  // A whole symbol inside a longer text, e.g. a pasted citation "Nghị định số 80/2020/NĐ-CP ngày 08/7/2020".
  const embedded = SYMBOL_IN_TEXT.exec(text)?.[0].trim();
  if (embedded) {
    const hits = index.symbols.get(searchKey(embedded));
    if (hits) return { kind: 'exact', reason: 'symbol', docs: [...hits].sort(byStanding) };
    return missing(noSymbol(embedded), symbolParts(embedded), index);
  }

  const numberYear = NUMBER_YEAR.exec(text);
  if (numberYear) {
    const [, n, y] = numberYear;
    return missing(noSymbol(`${n}/${y}`), symbolParts(`${n}/${y}`), index);
  }

  // "Nghị quyết 99", "nq 99", "NĐ 80/2021": a type or its abbreviation, then a number (and a year).
  const words = keyWords(text);
  const numberAt = words.findIndex((w) => /^\d+$/.test(w) && !YEAR.test(w));
  if (numberAt > 0) {
    const prefix = words.slice(0, numberAt).join(' ');
    const rest = words.slice(numberAt + 1);
    const typeLabel = TYPE_KEYS.get(prefix) ?? ABBREVIATIONS[prefix];
    if (typeLabel && rest.length <= 1 && (rest.length === 0 || YEAR.test(rest[0]))) {
      const n = words[numberAt];
      const y = rest[0];
      const message = `Không có ${typeLabel} số ${n}${y ? `/${y}` : ''} trong danh mục`;
      return missing(message, { number: n, ...(y ? { year: y } : {}), code: [] }, index);
    }
  }
  return { kind: 'text' };
}

function noSymbol(symbol: string): string {
  return `Không có văn bản số ${symbol.replace(/\s+/g, '')} trong danh mục`;
}

/** The message, and catalogue documents with the same number, closest first (same year, same ký hiệu). */
function missing(message: string, parts: { number: string; year?: string; code: string[] } | undefined, index: ExactIndex): Interpretation {
  const near = parts ? [...(index.byNumber.get(parts.number) ?? [])] : [];
  // Same year, then the same ký hiệu, then the same issuing code ("…/TW", "…-CP"): for "12-NQ/TW" the
  // Party's 12-CT/TW and 12-KL/TW come before a ministry's 12/2025/TT-BTP.
  const score = (doc: TableDoc) => {
    const p = symbolParts(doc.symbol);
    const sameCode = !!parts?.code.length && p?.code.join(' ') === parts.code.join(' ');
    const sameIssuer = !!parts?.code.length && p?.code.at(-1) === parts.code.at(-1);
    return (parts?.year && p?.year === parts.year ? 4 : 0) + (sameCode ? 2 : 0) + (sameIssuer ? 1 : 0);
  };
  near.sort((a, b) => score(b) - score(a) || byStanding(a, b));
  return { kind: 'missing', message, nearMisses: near.slice(0, 5) };
}
