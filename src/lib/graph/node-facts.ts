import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueReport } from '../catalogue/model.ts';
import { documentLabel } from '../format/citation.ts';
import { formatDateVn } from '../format/date.ts';
import { reportDateText } from '../format/report.ts';
import { LEVELS, SYSTEMS } from '../schema/vocabulary.ts';
import { idOf, type NodeKey } from './model.ts';

/** What a node of the implementation picture says about itself: kind and level, name, issuer and date. */
export interface NodeFacts {
  kind: 'document' | 'report';
  /** "Đảng · Trung ương", "Nhà nước · Tỉnh", "Báo cáo". */
  badge: string;
  /** CSS hooks: system and level of a document, or "report". */
  classes: string;
  title: string;
  /** Issuer or reporting body (with province), and date. */
  detail: string;
}

export function nodeFacts(key: NodeKey, catalogue: Catalogue, reports: ReadonlyMap<string, CatalogueReport>): NodeFacts {
  const id = idOf(key);
  const doc = key.startsWith('van-ban/') ? catalogue.byId.get(id) : undefined;
  if (doc)
    return {
      kind: 'document',
      badge: `${SYSTEMS[doc.system]} · ${LEVELS[doc.level]}`,
      classes: `is-${doc.system} level-${doc.level}`,
      title: documentLabel(doc),
      detail: `${doc.issuer}, ${formatDateVn(doc.issuedOn)}`,
    };
  const report = reports.get(id);
  if (!report) throw new Error(`Nút không có trong danh mục: ${key}`);
  const place = report.reportingBody.includes(report.province) ? '' : ` (${report.province})`;
  return { kind: 'report', badge: 'Báo cáo', classes: 'is-report', title: report.title, detail: `${report.reportingBody}${place}, ${reportDateText(report.date)}` };
}
