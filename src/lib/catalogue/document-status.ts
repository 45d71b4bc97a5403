import { formatDateVn, todayIso } from '../format/date.ts';
import { documentLabel } from '../format/citation.ts';
import { STANDINGS, standingOf, type Standing } from '../format/status.ts';
import type { Catalogue } from './catalogue.ts';
import type { CatalogueDocument } from './model.ts';
import { statusOn, type StatusCode } from './status.ts';

/** A document's standing as of a date, as codes and documents; words come only from the functions below. */
export interface DocumentStatus {
  code: StatusCode;
  standing: Standing;
  /** ISO date from which `code` holds. */
  since?: string;
  /** Every document that replaced or repealed it on `since` (see statusOn). */
  successors: CatalogueDocument[];
  note?: string;
}

/** Computed once per document and catalogue for today: the page, the lists, search and open data share it. */
const todays = new WeakMap<Catalogue, Map<string, DocumentStatus>>();

/** The document's standing as of a date (today by default). */
export function documentStatus(doc: CatalogueDocument, catalogue: Catalogue, asOf?: string): DocumentStatus {
  if (asOf) return compute(doc, catalogue, asOf);
  let cache = todays.get(catalogue);
  if (!cache) todays.set(catalogue, (cache = new Map()));
  let status = cache.get(doc.id);
  if (!status) cache.set(doc.id, (status = compute(doc, catalogue, todayIso())));
  return status;
}

function compute(doc: CatalogueDocument, catalogue: Catalogue, asOf: string): DocumentStatus {
  const on = statusOn(doc, asOf, catalogue.documents);
  const successors = (on.successors ?? []).map((id) => catalogue.byId.get(id)).filter((d) => d !== undefined);
  return { code: on.code, standing: standingOf(on.code, doc.status.code), since: on.since, successors, note: doc.status.note };
}

/** The successors as a page names them: "Luật 100/2025/QH15 và Luật 103/2025/QH15". */
export function successorNames(status: DocumentStatus): string {
  const names = status.successors.map(documentLabel);
  return names.length ? [names.slice(0, -1).join(', '), names.at(-1)].filter(Boolean).join(' và ') : 'văn bản khác';
}

/** One line for the attribute table ("Hết hiệu lực: bị thay thế bởi Nghị định 313/2025/NĐ-CP từ 08/12/2025"). */
export function statusLine(status: DocumentStatus): string {
  const since = status.since ? ` từ ${formatDateVn(status.since)}` : '';
  switch (status.code) {
    case 'replaced':
      return `Hết hiệu lực: bị thay thế bởi ${successorNames(status)}${since}`;
    case 'repealed':
      return `Hết hiệu lực: bị bãi bỏ bởi ${successorNames(status)}${since}`;
    case 'expired':
      return `Hết hiệu lực${since}`;
    case 'not-yet':
      return `Chưa có hiệu lực (có hiệu lực${since})`;
    default:
      return STANDINGS[status.standing];
  }
}
