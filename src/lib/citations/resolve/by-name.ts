/**
 * Citations without a số ký hiệu: a type with a bare number ("Chỉ thị 45 ngày 19/5/2015 của Bộ Chính trị"), a
 * catalogue alias, a law by its name. What the text says around them — year, date, issuer, province, the
 * "(sửa đổi)" qualifier — narrows the catalogue's candidates; one left is resolved, several are reported as
 * ambiguous, none as unknown. A text cannot name a document issued after it was written.
 */
import { statusOn } from '../../catalogue/status.ts';
import { todayIso } from '../../format/date.ts';
import type { CatalogueIndex } from './catalogue-index.ts';
import type { AliasCitation, CheckOptions, CitableDocument, FoundCitation, LawNameCitation, NumberCitation, Resolution } from '../model.ts';
import { provinceKey } from '../read/provinces.ts';
import { labelKey, labelType } from '../find/short-forms.ts';
import { issuerAgrees, pickLocal } from './by-symbol.ts';
import { ambiguous, resolvedAs, unknown } from './outcome.ts';
import { sameFamily } from '../read/type-words.ts';

/** Labels the text defines, by type word: "Kế hoạch" → ["Kế hoạch số 92"] (the first few, for the message). */
export function definedLabels(found: readonly FoundCitation[]): Map<string | undefined, string[]> {
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

/** Issued by the date the text speaks from: a text cannot name a later document. */
export const issuedBy = (asOf: string) => (d: CitableDocument) => d.issuedOn <= asOf;

/**
 * "Chỉ thị 45 ngày 19/5/2015 của Bộ Chính trị", "NĐ 80/2020", "kế hoạch 92": a catalogue alias first ("Quy chế
 * 272" is Quyết định 272-QĐ/TW), else every entry of that type and number, narrowed by the year, issuer and
 * province the text gives.
 */
export function byNumber(c: NumberCitation, index: CatalogueIndex, options: CheckOptions, defined: Map<string | undefined, string[]>): Resolution {
  const asOf = options.asOf || todayIso();
  const year = c.label.year ?? c.date?.iso.slice(0, 4) ?? c.year;
  const aliased = index.byAlias.get(c.label.key) ?? [];
  const pool = aliased.length ? aliased : (index.byNumber.get(c.label.number) ?? []).filter((d) => sameFamily(c.typeWord.label, d.type));
  const issued = pool.filter(issuedBy(asOf));
  const docs = issued.filter((d) => (!year || d.issuedOn.startsWith(year) || index.symbols.get(d.id)?.year === year) && issuerAgrees(c, d, index));
  const how = aliased.length ? 'alias' : 'number';
  if (!pool.length) {
    // Nothing of that number: a short form the text forgot to define, or a document the catalogue lacks.
    const labels = defined.get(c.typeWord.label) ?? [];
    const bare = !(c.date || c.issuer || c.year || c.label.year);
    return { outcome: 'unknown', near: [], ...((labels.length || bare) && { defined: labels }) };
  }
  if (!docs.length) return unknown(pool);
  const central = docs.filter((d) => d.level === 'trung-uong');
  if (central.length === 1) return resolvedAs(central[0], how);
  if (central.length > 1) return ambiguous(central);
  return pickLocal(c, docs, options, how, year);
}

export function byName(c: AliasCitation, index: CatalogueIndex, options: CheckOptions): Resolution {
  const asOf = options.asOf || todayIso();
  const named = index.byAlias.get(c.label.key) ?? [];
  const docs = named.filter(issuedBy(asOf));
  if (!docs.length) return unknown(named);
  // A local document's alias names it only within its own province.
  if (docs.every((d) => d.level !== 'trung-uong')) {
    const mine = options.province ? docs.filter((d) => d.province && provinceKey(d.province) === provinceKey(options.province ?? '')) : [];
    return mine.length === 1 ? resolvedAs(mine[0], 'alias') : ambiguous(mine.length ? mine : docs);
  }
  if (docs.length === 1) return resolvedAs(docs[0], 'alias');
  const chosen = inForce(docs, asOf, index);
  return chosen ? resolvedAs(chosen, 'alias') : ambiguous(docs);
}

/**
 * A law by its name. The year picks the version passed that year ("Luật Quốc tịch Việt Nam năm 1998" is not the
 * 2008 law); "(sửa đổi)" picks the revised law that replaced an earlier one; "Luật sửa đổi, bổ sung … của Luật X"
 * is the amending law, never X; without either, the version in force on the text's date.
 */
export function byLawName(c: LawNameCitation, index: CatalogueIndex, options: CheckOptions): Resolution {
  const asOf = options.asOf || todayIso();
  let named = index.byAlias.get(c.label.key) ?? [];
  if (c.amends && !named.length) {
    const targets = new Set((index.byAlias.get(c.amends) ?? []).map((d) => d.id));
    named = index.documents.filter((d) => d.type === 'Luật' && d.amends?.some((r) => targets.has(r.id)));
  }
  let docs = named.filter(issuedBy(asOf));
  const year = c.year ?? c.date?.iso.slice(0, 4);
  if (year) docs = docs.filter((d) => d.issuedOn.startsWith(year) || index.symbols.get(d.id)?.year === year);
  if (c.revised) docs = docs.filter((d) => (d.replaces?.length ?? 0) > 0 || /sửa đổi/i.test(d.title ?? ''));
  if (!docs.length) return unknown(c.amends ? [] : named);
  if (docs.length === 1) return resolvedAs(docs[0], 'law-name');
  const chosen = c.revised ? latest(docs) : inForce(docs, asOf, index);
  return chosen ? resolvedAs(chosen, 'law-name') : ambiguous(docs);
}

function latest(docs: CitableDocument[]): CitableDocument | undefined {
  return [...docs].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0];
}

/**
 * Two laws named "Luật Phòng, chống mua bán người" (2011, 2024): the one in force on the as-of date; failing
 * that, the latest issued by then.
 */
function inForce(docs: CitableDocument[], asOf: string, index: CatalogueIndex): CitableDocument | undefined {
  const live = docs.filter((d) => statusOn(d, asOf, index.documents).code === 'in-force');
  if (live.length === 1) return live[0];
  return live.length === 0 ? latest(docs.filter(issuedBy(asOf))) : undefined;
}
