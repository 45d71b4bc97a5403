import type { Catalogue } from './catalogue.ts';
import type { CatalogueDocument } from './model.ts';
import { startOf } from './status.ts';

export interface Amendment {
  by: CatalogueDocument;
  /** When the amendment takes effect. */
  since: string;
  /** False while the amending text is not yet in force on the given date. */
  applies: boolean;
}

/**
 * The documents that amend `doc`, oldest first, each saying whether it applies on `asOf`. A reader of a law
 * must read it together with these (or with the consolidated text): "Luật 47/2014/QH13, sửa đổi bởi …".
 */
export function amendmentsOf(doc: CatalogueDocument, catalogue: Catalogue, asOf: string): Amendment[] {
  return (catalogue.inverse.get(doc.id)?.amends ?? [])
    .map((by) => ({ by, since: startOf(by), applies: startOf(by) <= asOf }))
    .sort((a, b) => a.since.localeCompare(b.since));
}

