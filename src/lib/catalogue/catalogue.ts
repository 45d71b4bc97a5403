import { RELATION_KINDS, type RelationKind } from '../schema/document.ts';
import type { CatalogueDocument } from './model.ts';

export interface Catalogue {
  documents: CatalogueDocument[];
  byId: Map<string, CatalogueDocument>;
  /** For each document and relation kind, the documents that point at it (sorted by issue date). */
  inverse: Map<string, Record<RelationKind, CatalogueDocument[]>>;
}

/** Indexes validated documents once; documents are sorted by issue date, then symbol. */
export function buildCatalogue(documents: CatalogueDocument[]): Catalogue {
  const sorted = [...documents].sort(byDateThenSymbol);
  const byId = new Map(sorted.map((d) => [d.id, d]));
  const inverse = new Map(sorted.map((d) => [d.id, emptyRelations()]));
  for (const doc of sorted)
    for (const kind of RELATION_KINDS)
      for (const ref of doc[kind]) inverse.get(ref.id)?.[kind].push(doc);
  return { documents: sorted, byId, inverse };
}

/** The documents a relation of `doc` points at, resolved. */
export function targets(catalogue: Catalogue, doc: CatalogueDocument, kind: RelationKind): CatalogueDocument[] {
  return doc[kind].map((ref) => catalogue.byId.get(ref.id)).filter((d): d is CatalogueDocument => !!d);
}

export function byDateThenSymbol(a: CatalogueDocument, b: CatalogueDocument): number {
  return a.issuedOn.localeCompare(b.issuedOn) || a.symbol.localeCompare(b.symbol, 'vi');
}

function emptyRelations(): Record<RelationKind, CatalogueDocument[]> {
  return { implements: [], basedOn: [], replaces: [], amends: [], repeals: [] };
}
