import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueDocument } from '../catalogue/model.ts';
import type { AnchoredCitation } from './render.ts';

export interface BasisGroup {
  label: 'Văn bản của Đảng' | 'Văn bản của Nhà nước' | 'Văn bản của địa phương';
  items: { doc: CatalogueDocument; anchors: string[] }[];
}

/**
 * The report's legal bases for the side list: every catalogue document it cites, once, grouped as
 * officials read them (Đảng / Nhà nước at the centre, then local documents), in order of first citation.
 */
export function legalBases(citations: AnchoredCitation[], catalogue: Catalogue): BasisGroup[] {
  const items = new Map<string, { doc: CatalogueDocument; anchors: string[] }>();
  for (const c of citations) {
    const doc = c.id ? catalogue.byId.get(c.id) : undefined;
    if (!doc) continue;
    if (!items.has(doc.id)) items.set(doc.id, { doc, anchors: [] });
    items.get(doc.id)!.anchors.push(c.anchor);
  }
  const groups: BasisGroup[] = [
    { label: 'Văn bản của Đảng', items: [] },
    { label: 'Văn bản của Nhà nước', items: [] },
    { label: 'Văn bản của địa phương', items: [] },
  ];
  for (const item of items.values()) groups[item.doc.level !== 'trung-uong' ? 2 : item.doc.system === 'dang' ? 0 : 1].items.push(item);
  return groups.filter((g) => g.items.length > 0);
}
