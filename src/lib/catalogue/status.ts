import type { CatalogueDocument } from './model.ts';

export type StatusCode = 'in-force' | 'not-yet' | 'replaced' | 'repealed' | 'expired' | 'unknown';

export interface StatusOn {
  code: StatusCode;
  /** id of the replacing or repealing document. */
  by?: string;
  /** ISO date from which the code holds. */
  since?: string;
}

/**
 * A document's standing on a given date, derived from the catalogue's own edges: a successor that
 * `replaces` (or `repeals`) it and has taken effect by then, its own `status.until`, or its
 * `effectiveFrom`. Checks as of a report's date use this, so a basis in force then is not flagged.
 */
export function statusOn(doc: CatalogueDocument, date: string, documents: readonly CatalogueDocument[]): StatusOn {
  const ended = endingEdge(doc, date, documents);
  if (ended) return ended;
  if (doc.status.until && doc.status.until <= date) return { code: 'expired', since: doc.status.until };
  if (doc.effectiveFrom && doc.effectiveFrom > date) return { code: 'not-yet', since: doc.effectiveFrom };
  if (date < doc.issuedOn) return { code: 'not-yet', since: doc.issuedOn };
  return { code: doc.status.code === 'chua-xac-dinh' ? 'unknown' : 'in-force' };
}

function endingEdge(doc: CatalogueDocument, date: string, documents: readonly CatalogueDocument[]): StatusOn | undefined {
  let best: StatusOn | undefined;
  for (const other of documents) {
    const from = other.effectiveFrom ?? other.issuedOn;
    if (from > date) continue;
    const code = other.replaces.some((r) => r.id === doc.id) ? 'replaced' : other.repeals.some((r) => r.id === doc.id) ? 'repealed' : undefined;
    if (code && (!best || from < best.since!)) best = { code, by: other.id, since: from };
  }
  return best;
}
