/**
 * Citations with a số ký hiệu: exact key, separator-blind key, or (central documents) the same symbol with
 * another year; a local symbol only when the text's year and province pick one entry.
 */
import type { CatalogueIndex } from './catalogue-index.ts';
import { sameBody } from '../read/issuer.ts';
import { provinceKey } from '../read/provinces.ts';
import { sameFamily } from '../read/type-words.ts';
import type { CheckOptions, CitableDocument, FoundCitation, MatchKind, Resolution, SymbolCitation } from '../model.ts';
import { ambiguous, resolvedAs, unknown } from './outcome.ts';

export function bySymbol(c: SymbolCitation, index: CatalogueIndex, options: CheckOptions): Resolution {
  const s = c.symbol;
  let how: MatchKind = 'exact';
  let docs = index.byKey.get(s.key) ?? [];
  if (!docs.length) [docs, how] = [index.byLooseKey.get(s.looseKey) ?? [], 'separators'];
  // "Nghị định số 80/2022/NĐ-CP" (seed 001): a central symbol differing only by its year, same type and issuer.
  if (!docs.length && s.year) {
    const other = (d: CitableDocument) => index.symbols.get(d.id)?.year !== undefined && index.symbols.get(d.id)?.year !== s.year;
    docs = (index.byYearlessKey.get(s.yearlessKey) ?? []).filter((d) => d.level === 'trung-uong' && other(d) && issuerAgrees(c, d, index));
    how = 'year';
  }
  if (!docs.length) return unknown();
  const typed = docs.filter((d) => typeFits(c.typeWord?.label, d, index));
  if (!typed.length) return unknown(docs);
  const central = typed.filter((d) => d.level === 'trung-uong');
  if (central.length === 1) return resolvedAs(central[0], how);
  if (central.length > 1) return ambiguous(central);
  return pickLocal(c, typed, options, how, c.date?.iso.slice(0, 4) ?? s.year);
}

/**
 * A local symbol (KH-UBND, QĐ-UBND, -KH/TU …) is reused by every province every year. It resolves only when
 * what the text says — the year of its date (or inside the symbol), the province it names, else the province
 * of the text being checked — picks exactly one entry, and something did the picking.
 */
export function pickLocal(c: FoundCitation, docs: CitableDocument[], options: CheckOptions, how: MatchKind, year?: string): Resolution {
  const province = c.issuer?.province ?? options.province;
  const fits = docs.filter((d) => {
    if (year && d.issuedOn.slice(0, 4) !== year) return false;
    if (province && d.province && provinceKey(province) !== provinceKey(d.province)) return false;
    if (c.issuer?.level && c.issuer.level !== d.level && d.level !== 'trung-uong') return false;
    if (c.issuer?.district && d.district && !provinceKey(d.district).startsWith(c.issuer.district)) return false;
    return true;
  });
  if (fits.length === 1 && (year || province)) return resolvedAs(fits[0], how);
  if (fits.length) return ambiguous(fits);
  return unknown(docs);
}

/** "Quy định" vs "Quyết định" for a QĐ/TW symbol are two documents; "Nghị quyết" for a KL/TW is a typing error. */
export function typeFits(label: string | undefined, d: CitableDocument, index: CatalogueIndex): boolean {
  if (!label || label === d.type || sameFamily(label, d.type)) return true;
  const allowed = index.symbols.get(d.id)?.types ?? [];
  return !(allowed.includes(label) && allowed.includes(d.type));
}

export function issuerAgrees(c: FoundCitation, d: CitableDocument, index: CatalogueIndex): boolean {
  const actual = index.issuers.get(d.id);
  return !c.issuer || !actual || sameBody(c.issuer.body, actual.body);
}
