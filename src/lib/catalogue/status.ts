/**
 * Tình trạng hiệu lực on a given date, computed from the catalogue's edges rather than stored: a 2023 report
 * citing Nghị định 80/2020/NĐ-CP cited a document in force (it was replaced by 313/2025/NĐ-CP only from
 * 08/12/2025), while a draft written today citing it is not. Pure: no Astro, no node:* — the browser uses it too.
 */

/** Stored codes that mean "in force": a law in force, or a Party document still being carried out. */
const IN_FORCE_CODES = new Set(['con-hieu-luc', 'dang-thuc-hien']);

export type StatusCode = 'in-force' | 'not-yet' | 'replaced' | 'repealed' | 'expired' | 'unknown';

export interface StatusOn {
  code: StatusCode;
  /** Id of the document that replaced or repealed it (the first of `successors`). */
  by?: string;
  /**
   * Every document that replaced (or repealed) it on `since`, in catalogue order: Luật Tương trợ tư pháp 2007
   * gave way to several laws on one day, and the page and the checker both name them all.
   */
  successors?: string[];
  /** ISO date from which `code` holds (replacement/repeal takes effect, expiry, entry into force). */
  since?: string;
}

/** The facts status depends on; CatalogueDocument and the citation engine's CitableDocument both fit. */
export interface StatusFacts {
  id: string;
  issuedOn: string;
  effectiveFrom?: string;
  status?: { code: string; until?: string };
  replaces?: readonly { id: string }[];
  repeals?: readonly { id: string }[];
}

/** When a document's own provisions take effect: its effectiveFrom, else (Party documents) its issue date. */
export function startOf(doc: StatusFacts): string {
  return doc.effectiveFrom ?? doc.issuedOn;
}

/**
 * Status of `doc` on ISO `date`:
 * - not-yet   before its effectiveFrom (or issue date);
 * - replaced  some document that `replaces` it has taken effect on or before `date`;
 * - repealed  likewise through `repeals` (the earlier of the two wins);
 * - expired   its own `status.until` ≤ `date`;
 * - in-force  its status says in force, or it is known to end only after `date`;
 * - unknown   otherwise ("chua-xac-dinh", or "het-hieu-luc" without a date: we cannot tell for a past date).
 */
export function statusOn(doc: StatusFacts, date: string, documents: readonly StatusFacts[]): StatusOn {
  const start = startOf(doc);
  if (date < start) return { code: 'not-yet', since: start };
  let ended: StatusOn | null = null;
  let endsLater = false;
  for (const other of endersOf(doc.id, documents)) {
    for (const [edge, code] of [
      [other.replaces, 'replaced'],
      [other.repeals, 'repealed'],
    ] as const) {
      if (!edge?.some((ref) => ref.id === doc.id)) continue;
      const since = startOf(other);
      if (since > date) endsLater = true;
      else if (!ended || since < ended.since!) ended = { code, by: other.id, since };
    }
  }
  if (ended) return { ...ended, successors: successorsOn(doc.id, ended, documents) };
  const until = doc.status?.until;
  if (until && until <= date) return { code: 'expired', since: until };
  if (endsLater || (until && until > date) || IN_FORCE_CODES.has(doc.status?.code ?? '')) return { code: 'in-force', since: start };
  return { code: 'unknown' };
}

/** The documents that end `id` the way `ended` says (same edge), taking effect on the same day. */
function successorsOn(id: string, ended: StatusOn, documents: readonly StatusFacts[]): string[] {
  const edge = ended.code === 'replaced' ? 'replaces' : 'repeals';
  return endersOf(id, documents)
    .filter((other) => other[edge]?.some((ref) => ref.id === id) && startOf(other) === ended.since)
    .map((other) => other.id);
}

/**
 * The documents of `documents` that replace or repeal `id`, in list order. Indexed once per list (and again
 * if its length changes): statusOn runs for every page, table row and citation, and scanning the whole
 * catalogue each time made a 10,000-document build quadratic (90 s of describeStatus in bench:scale).
 */
const endersIndex = new WeakMap<readonly StatusFacts[], { length: number; byTarget: Map<string, StatusFacts[]> }>();

function endersOf(id: string, documents: readonly StatusFacts[]): readonly StatusFacts[] {
  let entry = endersIndex.get(documents);
  if (!entry || entry.length !== documents.length) {
    const byTarget = new Map<string, StatusFacts[]>();
    for (const other of documents)
      for (const ref of [...(other.replaces ?? []), ...(other.repeals ?? [])]) {
        const list = byTarget.get(ref.id) ?? [];
        if (list.at(-1) !== other) list.push(other);
        byTarget.set(ref.id, list);
      }
    entry = { length: documents.length, byTarget };
    endersIndex.set(documents, entry);
  }
  return entry.byTarget.get(id) ?? [];
}
