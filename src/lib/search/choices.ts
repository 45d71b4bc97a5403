import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueReport } from '../catalogue/model.ts';
import { documentStatus } from '../catalogue/document-status.ts';
import { STANDING_VALUES, STANDINGS } from '../format/status.ts';
import { documentRecord, FILTERS, reportRecord, type FilterName, type SearchRecord } from './record.ts';

export interface FilterChoice {
  name: FilterName;
  param: string;
  values: string[];
}

/** Every page's search record, as the pages themselves emit it (layouts/Entry.astro). */
export function searchRecords(catalogue: Catalogue, reports: CatalogueReport[]): SearchRecord[] {
  return [...catalogue.documents.map((d) => documentRecord(d, documentStatus(d, catalogue).standing)), ...reports.map(reportRecord)];
}

/** The search page's filter choices: the values the pages emit; years newest first, statuses in their own order. */
export function filterChoices(records: SearchRecord[]): FilterChoice[] {
  const statusOrder: string[] = STANDING_VALUES.map((s) => STANDINGS[s]);
  return FILTERS.map(({ name, param }) => {
    const values = [...new Set(records.flatMap((r) => r.filters[name] ?? []))];
    if (name === 'Năm') values.sort((a, b) => b.localeCompare(a));
    else if (name === 'Tình trạng hiệu lực') values.sort((a, b) => statusOrder.indexOf(a) - statusOrder.indexOf(b));
    else values.sort((a, b) => a.localeCompare(b, 'vi'));
    return { name, param, values };
  });
}
