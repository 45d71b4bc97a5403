/**
 * resolve: FoundCitation[] + catalogue → ResolvedCitation[]. A citation is tied to an entry only when its
 * identity fits; a provincial "92/KH-UBND" of another province or year stays unresolved — reported without a
 * link, never linked to the wrong document. Citations without a số ký hiệu are resolved in by-name.ts.
 */
import { asIndex, type CatalogueIndex } from './catalogue-index.ts';
import { sameBody } from '../read/issuer.ts';
import { provinceKey } from '../read/provinces.ts';
import type { CheckOptions, CitableDocument, FoundCitation, MatchKind, Resolution, ResolvedCitation, SymbolCitation } from '../model.ts';
import { byLawName, byName, byNumber, definedLabels } from './by-name.ts';

export function resolveCitations(
  found: readonly FoundCitation[],
  catalogue: CatalogueIndex | readonly CitableDocument[],
  options: CheckOptions = {},
): ResolvedCitation[] {
  const index = asIndex(catalogue);
  const defined = definedLabels(found);
  const resolved: ResolvedCitation[] = [];
  for (const c of found) {
    let resolution: Resolution;
    switch (c.kind) {
      case 'full':
      case 'symbol':
        resolution = bySymbol(c, index, options);
        break;
      case 'number':
        resolution = byNumber(c, index, options, defined);
        break;
      case 'alias':
        resolution = byName(c, index, options);
        break;
      case 'law-name':
        resolution = byLawName(c, index, options);
        break;
      case 'short-form': {
        // "Kế hoạch số 92" means whatever "(sau đây gọi tắt là Kế hoạch số 92)" was attached to.
        const definer = resolved[c.definedBy]?.resolution;
        resolution = definer?.outcome === 'resolved' ? { outcome: 'resolved', id: definer.id, how: 'short-form' } : { outcome: 'unknown', near: [], reported: true };
        break;
      }
    }
    resolved.push({ ...c, resolution } as ResolvedCitation);
  }
  return resolved;
}

export const resolvedAs = (doc: CitableDocument, how: MatchKind): Resolution => ({ outcome: 'resolved', id: doc.id, how });
export const unknown = (near: CitableDocument[] = []): Resolution => ({ outcome: 'unknown', near: near.map((d) => d.id) });
export const ambiguous = (docs: CitableDocument[]): Resolution => ({ outcome: 'ambiguous', candidates: docs.map((d) => d.id) });

function bySymbol(c: SymbolCitation, index: CatalogueIndex, options: CheckOptions): Resolution {
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

/** "Nghị quyết" and "Nghị quyết liên tịch", "Chương trình" and "Chương trình hành động": one family. */
export function sameFamily(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function issuerAgrees(c: FoundCitation, d: CitableDocument, index: CatalogueIndex): boolean {
  const actual = index.issuers.get(d.id);
  return !c.issuer || !actual || sameBody(c.issuer.body, actual.body);
}
