import { formatDateVn, todayIso } from '../format/date.ts';
import { documentLabel } from '../format/citation.ts';
import { STATUSES } from '../schema/vocabulary.ts';
import type { Catalogue } from './catalogue.ts';
import type { CatalogueDocument } from './model.ts';
import { statusOn } from './status.ts';

export interface StatusDescription {
  /** One line for the attribute table ("Hết hiệu lực: bị thay thế bởi Nghị định 313/2025/NĐ-CP từ 08/12/2025"). */
  text: string;
  /** Set when the document is no longer (or not yet) in force: the page says so at the top. */
  notice?: { kind: 'replaced' | 'repealed' | 'expired' | 'not-yet'; successor?: CatalogueDocument; since?: string };
  note?: string;
}

/** The document's standing as of a date (today by default), in words a page can show. */
export function describeStatus(doc: CatalogueDocument, catalogue: Catalogue, asOf = todayIso()): StatusDescription {
  const status = statusOn(doc, asOf, catalogue.documents);
  const successor = status.by ? catalogue.byId.get(status.by) : undefined;
  const since = status.since ? ` từ ${formatDateVn(status.since)}` : '';
  const note = doc.status.note;
  switch (status.code) {
    case 'replaced':
      return { text: `Hết hiệu lực: bị thay thế bởi ${successor ? documentLabel(successor) : 'văn bản khác'}${since}`, notice: { kind: 'replaced', successor, since: status.since }, note };
    case 'repealed':
      return { text: `Hết hiệu lực: bị bãi bỏ bởi ${successor ? documentLabel(successor) : 'văn bản khác'}${since}`, notice: { kind: 'repealed', successor, since: status.since }, note };
    case 'expired':
      return { text: `Hết hiệu lực${since}`, notice: { kind: 'expired', since: status.since }, note };
    case 'not-yet':
      return { text: `Chưa có hiệu lực (có hiệu lực${since})`, notice: { kind: 'not-yet', since: status.since }, note };
    default:
      return { text: STATUSES[doc.status.code], note };
  }
}
