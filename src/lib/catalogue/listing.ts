import { slugify } from '../format/slug.ts';
import { LEVELS, SYSTEMS } from '../schema/vocabulary.ts';
import type { CatalogueDocument } from './model.ts';

export interface DocumentGroup {
  key: string;
  label: string;
  documents: CatalogueDocument[];
}

/** Party, then State, then local documents; within each, by type then date (newest first). */
export function groupDocuments(documents: CatalogueDocument[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const doc of documents) {
    const label = doc.level === 'trung-uong' ? `${SYSTEMS[doc.system]} – ${doc.type}` : `Địa phương (${LEVELS[doc.level].toLowerCase()}) – ${doc.type}`;
    const key = slugify(label);
    if (!groups.has(key)) groups.set(key, { key, label, documents: [] });
    groups.get(key)!.documents.push(doc);
  }
  const rank = (g: DocumentGroup) => (g.label.startsWith('Đảng') ? 0 : g.label.startsWith('Nhà nước') ? 1 : 2);
  return [...groups.values()]
    .map((g) => ({ ...g, documents: g.documents.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn)) }))
    .sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label, 'vi'));
}
