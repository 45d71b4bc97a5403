import type { Catalogue } from '../lib/catalogue/catalogue.ts';
import type { CatalogueReport } from '../lib/catalogue/model.ts';
import type { PlacedCitation } from '../lib/report/render.ts';

/** Placeholder until the citation engine lands: finds nothing. */
export function reportChecker(_catalogue: Catalogue): (text: string, report: CatalogueReport) => PlacedCitation[] {
  return () => [];
}
