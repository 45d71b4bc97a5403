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

/** One filter of the document list: its URL parameter (as on /tim-kiem/), label and choices. */
export interface ListFilter {
  param: string;
  label: string;
  choices: { value: string; label: string }[];
}

/** What each list item carries for the filters: parameter → value (`data-<param>` on the item). */
export function listValues(doc: CatalogueDocument, standing: Standing): Record<string, string> {
  return { 'loai-van-ban': doc.type, 'he-thong': doc.system, cap: doc.level, nam: doc.issuedOn.slice(0, 4), 'hieu-luc': standing };
}

/** The document list's filters, with only the values some document has. */
export function listFilters(documents: CatalogueDocument[], standingOf: (doc: CatalogueDocument) => Standing): ListFilter[] {
  const has = (param: string) => new Set(documents.map((d) => listValues(d, standingOf(d))[param]));
  const present = (param: string, choices: { value: string; label: string }[]) => choices.filter((c) => has(param).has(c.value));
  const types = [...has('loai-van-ban')].sort((a, b) => a.localeCompare(b, 'vi'));
  const years = [...has('nam')].sort().reverse();
  const pairs = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
  return [
    { param: 'hieu-luc', label: 'Tình trạng', choices: present('hieu-luc', pairs(STANDINGS)) },
    { param: 'loai-van-ban', label: 'Loại văn bản', choices: types.map((t) => ({ value: t, label: t })) },
    { param: 'he-thong', label: 'Hệ thống', choices: present('he-thong', pairs(SYSTEMS)) },
    { param: 'cap', label: 'Cấp', choices: present('cap', pairs(LEVELS)) },
    { param: 'nam', label: 'Năm', choices: years.map((y) => ({ value: y, label: y })) },
  ];
}
