import type { Catalogue } from '../lib/catalogue/catalogue.ts';
import type { CatalogueReport } from '../lib/catalogue/model.ts';
import { buildCatalogueIndex, citeText, endOfPeriod, resolvedId } from '../lib/citations/index.ts';
import type { PlacedCitation } from '../lib/report/render.ts';

/**
 * Checks a report's text as of the report's own date (the last day of the period it leaves open, e.g.
 * "2023" → 31/12/2023) and in its province, so a basis in force then is not flagged and a bare
 * "Kế hoạch số 92/KH-UBND" is looked up among that province's plans.
 */
export function reportChecker(catalogue: Catalogue): (text: string, report: CatalogueReport) => PlacedCitation[] {
  const index = buildCatalogueIndex(catalogue.documents);
  return (text, report) =>
    citeText(text, index, { asOf: endOfPeriod(report.date), province: report.province }).map((c) => ({
      ...c,
      id: resolvedId(c),
    }));
}
