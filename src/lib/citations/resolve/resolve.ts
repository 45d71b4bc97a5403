/**
 * resolve: FoundCitation[] + catalogue → ResolvedCitation[]. A citation is tied to an entry only when its
 * identity fits; a provincial "92/KH-UBND" of another province or year stays unresolved — reported without a
 * link, never linked to the wrong document.
 */
import { statusOn } from '../../catalogue/status.ts';
import { todayIso } from '../../format/date.ts';
import { asIndex, type CatalogueIndex } from './catalogue-index.ts';
import { sameBody } from '../read/issuer.ts';
import type { CheckOptions, CitableDocument, FoundCitation, MatchKind, ResolvedCitation, Unresolved } from '../model.ts';
import { provinceKey } from '../read/provinces.ts';
import { labelKey, labelType } from '../find/short-forms.ts';

type Outcome = { doc: CitableDocument; how: MatchKind } | Unresolved;

export function resolveCitations(
  found: readonly FoundCitation[],
  catalogue: CatalogueIndex | readonly CitableDocument[],
  options: CheckOptions = {},
): ResolvedCitation[] {
  const index = asIndex(catalogue);
  const resolved: ResolvedCitation[] = found.map((c) => ({ ...c, resolution: null }));
  const defined = definedLabels(found);
  for (const c of resolved) {
    if (c.kind === 'short-form') continue;
    const outcome = c.symbol ? bySymbol(c, index, options) : byName(c, index, options, defined);
    if ('doc' in outcome) c.resolution = { id: outcome.doc.id, how: outcome.how };
    else c.unresolved = outcome;
  }
  // "Kế hoạch số 92" means whatever "(sau đây gọi tắt là Kế hoạch số 92)" was attached to.
  for (const c of resolved) {
    if (c.kind !== 'short-form') continue;
    const definer = c.definedBy === undefined ? undefined : resolved[c.definedBy];
    if (definer?.resolution) c.resolution = { id: definer.resolution.id, how: 'short-form' };
    else c.unresolved = { reason: 'undefined-target' };
  }
  return resolved;
}

function bySymbol(c: FoundCitation, index: CatalogueIndex, options: CheckOptions): Outcome {
  const s = c.symbol!;
  let how: MatchKind = 'exact';
  let docs = index.byKey.get(s.key) ?? [];
  if (!docs.length) [docs, how] = [index.byLooseKey.get(s.looseKey) ?? [], 'separators'];
  // "Nghị định số 80/2022/NĐ-CP" (seed 001): a central symbol differing only by its year, same type and issuer.
  if (!docs.length && s.year) {
    const other = (d: CitableDocument) => index.symbols.get(d.id)?.year !== undefined && index.symbols.get(d.id)?.year !== s.year;
    docs = (index.byYearlessKey.get(s.yearlessKey) ?? []).filter((d) => d.level === 'trung-uong' && other(d) && issuerAgrees(c, d, index));
    how = 'year';
  }
  if (!docs.length) return { reason: 'unknown' };
  const typed = docs.filter((d) => typeFits(c, d, index));
  if (!typed.length) return { reason: 'unknown', near: docs.map((d) => d.id) };
  const central = typed.filter((d) => d.level === 'trung-uong');
  if (central.length === 1) return { doc: central[0], how };
  if (central.length > 1) return { reason: 'ambiguous', candidates: central.map((d) => d.id) };
  return pickLocal(c, typed, options, how);
}

/**
 * A local symbol (KH-UBND, QĐ-UBND, -KH/TU …) is reused by every province every year. It resolves only when
 * what the text says — the year of its date (or inside the symbol), the province it names, else the province
 * of the text being checked — picks exactly one entry, and something did the picking.
 */
function pickLocal(c: FoundCitation, docs: CitableDocument[], options: CheckOptions, how: MatchKind): Outcome {
  const year = c.date?.iso.slice(0, 4) ?? c.symbol?.year;
  const province = c.issuer?.province ?? options.province;
  const fits = docs.filter((d) => {
    if (year && d.issuedOn.slice(0, 4) !== year) return false;
    if (province && d.province && provinceKey(province) !== provinceKey(d.province)) return false;
    if (c.issuer?.level && c.issuer.level !== d.level && d.level !== 'trung-uong') return false;
    if (c.issuer?.district && d.district && !provinceKey(d.district).startsWith(c.issuer.district)) return false;
    return true;
  });
  if (fits.length === 1 && (year || province)) return { doc: fits[0], how };
  if (fits.length) return { reason: 'ambiguous', candidates: fits.map((d) => d.id) };
  return { reason: 'unknown', near: docs.map((d) => d.id) };
}

/** "Quy định" vs "Quyết định" for a QĐ/TW symbol are two documents; "Nghị quyết" for a KL/TW is a typing error. */
function typeFits(c: FoundCitation, d: CitableDocument, index: CatalogueIndex): boolean {
  const label = c.typeWord?.label;
  if (!label || label === d.type || sameFamily(label, d.type)) return true;
  const allowed = index.symbols.get(d.id)?.types ?? [];
  return !(allowed.includes(label) && allowed.includes(d.type));
}

export function sameFamily(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function issuerAgrees(c: FoundCitation, d: CitableDocument, index: CatalogueIndex): boolean {
  const actual = index.issuers.get(d.id);
  return !c.issuer || !actual || sameBody(c.issuer.body, actual.body);
}

/** Labels the text defines, by type word: "Kế hoạch" → ["Kế hoạch số 92"] (the first few, for the message). */
function definedLabels(found: readonly FoundCitation[]): Map<string | undefined, string[]> {
  const byType = new Map<string | undefined, Set<string>>();
  for (const f of found) {
    if (!f.defines) continue;
    const type = labelType(labelKey(f.defines))?.label;
    const set = byType.get(type) ?? new Set<string>();
    if (set.size < 5) set.add(f.defines);
    byType.set(type, set);
  }
  return new Map([...byType].map(([type, set]) => [type, [...set]]));
}

function byName(c: FoundCitation, index: CatalogueIndex, options: CheckOptions, defined: Map<string | undefined, string[]>): Outcome {
  const label = c.label!;
  const asOf = options.asOf || todayIso();
  // A text cannot name a document issued after it was written: a 2019 report's "Luật Cư trú" is not the 2020 law.
  const named = index.byAlias.get(label.key) ?? [];
  let docs = named.filter((d) => d.issuedOn <= asOf);
  if (named.length && !docs.length) return { reason: 'unknown', near: named.map((d) => d.id) };
  const year = c.year ?? label.year;
  if (year && docs.length > 1) docs = docs.filter((d) => d.issuedOn.startsWith(year) || index.symbols.get(d.id)?.year === year);
  // "Nghị định 80/2020": number and year name a central document even without an alias.
  if (!docs.length && label.number && label.year && c.typeWord)
    docs = index.documents.filter((d) => {
      if (d.issuedOn > asOf) return false;
      const s = index.symbols.get(d.id);
      return d.level === 'trung-uong' && s?.number === label.number && s?.year === label.year && sameFamily(c.typeWord!.label, d.type);
    });
  // A local document's alias ("Kế hoạch 92") names it only within its own province.
  if (docs.length && docs.every((d) => d.level !== 'trung-uong')) {
    const province = options.province;
    const mine = province ? docs.filter((d) => d.province && provinceKey(d.province) === provinceKey(province)) : [];
    if (mine.length === 1) return { doc: mine[0], how: 'alias' };
    return { reason: 'ambiguous', candidates: (mine.length ? mine : docs).map((d) => d.id) };
  }
  if (docs.length === 1) return { doc: docs[0], how: c.kind === 'law-name' ? 'law-name' : 'alias' };
  if (docs.length > 1) {
    const chosen = inForce(docs, asOf, index);
    return chosen ? { doc: chosen, how: c.kind === 'law-name' ? 'law-name' : 'alias' } : { reason: 'ambiguous', candidates: docs.map((d) => d.id) };
  }
  return { reason: 'unknown-short-form', defined: defined.get(labelType(label.key)?.label) ?? [] };
}

/**
 * Two laws named "Luật Phòng, chống mua bán người" (2011, 2024): the one in force on the as-of date; failing
 * that, the latest issued by then.
 */
function inForce(docs: CitableDocument[], asOf: string, index: CatalogueIndex): CitableDocument | undefined {
  const live = docs.filter((d) => statusOn(d, asOf, index.documents).code === 'in-force');
  if (live.length === 1) return live[0];
  const issued = docs.filter((d) => d.issuedOn <= asOf).sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));
  return live.length === 0 ? issued[0] : undefined;
}
