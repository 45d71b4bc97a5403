import { slugify } from '../format/slug.ts';
import { STANDINGS, type Standing } from '../format/status.ts';
import { LEVELS, SYSTEMS } from '../schema/vocabulary.ts';
import type { CatalogueDocument } from './model.ts';

export interface DocumentGroup {
  key: string;
  label: string;
  /** 0 Party, 1 State (central), 2 local: the order of the groups. */
  rank: number;
  documents: CatalogueDocument[];
}

/** Party, then State, then local documents; within each, by type then date (newest first). */
export function groupDocuments(documents: CatalogueDocument[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const doc of documents) {
    const label = doc.level === 'trung-uong' ? `${SYSTEMS[doc.system]} – ${doc.type}` : `Địa phương (${LEVELS[doc.level].toLowerCase()}) – ${doc.type}`;
    const key = slugify(label);
    const rank = doc.level !== 'trung-uong' ? 2 : doc.system === 'dang' ? 0 : 1;
    if (!groups.has(key)) groups.set(key, { key, label, rank, documents: [] });
    groups.get(key)!.documents.push(doc);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, documents: g.documents.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn)) }))
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'vi'));
}

/** One filter of the document list: its URL parameter and label, and the values to choose from. */
export interface ListFilter {
  param: string;
  label: string;
  values: string[];
}

/**
 * What each list item carries for the filters: parameter → value (`data-<param>` on the item). Parameters and
 * values are those of the search page (search/record.ts FILTERS: labels, as Pagefind filters on them), so
 * `?hieu-luc=Bị thay thế&cap=Trung ương` filters the same way on /van-ban/ and /tim-kiem/.
 */
export function listValues(doc: CatalogueDocument, standing: Standing): Record<string, string> {
  return {
    'hieu-luc': STANDINGS[standing],
    'loai-van-ban': doc.type,
    'he-thong': SYSTEMS[doc.system],
    cap: LEVELS[doc.level],
    nam: doc.issuedOn.slice(0, 4),
  };
}

const LIST_LABELS: Record<string, string> = { 'hieu-luc': 'Tình trạng', 'loai-van-ban': 'Loại văn bản', 'he-thong': 'Hệ thống', cap: 'Cấp', nam: 'Năm' };

/** The document list's filters, with only the values some document has: statuses and levels in their own order, years newest first. */
export function listFilters(documents: CatalogueDocument[], standingOf: (doc: CatalogueDocument) => Standing): ListFilter[] {
  const rows = documents.map((d) => listValues(d, standingOf(d)));
  const order: Record<string, readonly string[]> = { 'hieu-luc': Object.values(STANDINGS), 'he-thong': Object.values(SYSTEMS), cap: Object.values(LEVELS) };
  return Object.entries(LIST_LABELS).map(([param, label]) => {
    const values = [...new Set(rows.map((r) => r[param]))];
    const known = order[param];
    if (known) values.sort((a, b) => known.indexOf(a) - known.indexOf(b));
    else if (param === 'nam') values.sort().reverse();
    else values.sort((a, b) => a.localeCompare(b, 'vi'));
    return { param, label, values };
  });
}
