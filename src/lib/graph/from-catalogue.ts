import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueReport } from '../catalogue/model.ts';
import { documentLabel } from '../format/citation.ts';
import { reportLabel } from '../format/report.ts';
import { RELATION_KINDS } from '../schema/document.ts';
import { docKey, reportKey, type GraphEdge, type GraphNode } from './model.ts';

export function documentNodes(catalogue: Catalogue): GraphNode[] {
  return catalogue.documents.map((d) => ({
    key: docKey(d.id),
    kind: 'document',
    // Local symbols repeat across provinces: say whose plan it is.
    label: d.level === 'trung-uong' ? documentLabel(d) : `${documentLabel(d)} (${d.issuer})`,
    date: d.issuedOn,
    system: d.system,
    level: d.level,
  }));
}

export function reportNodes(reports: CatalogueReport[]): GraphNode[] {
  return reports.map((r) => ({ key: reportKey(r.id), kind: 'report', label: reportLabel(r), date: r.date }));
}

/** The relations typed in the catalogue's frontmatter. */
export function catalogueEdges(catalogue: Catalogue): GraphEdge[] {
  return catalogue.documents.flatMap((doc) =>
    RELATION_KINDS.flatMap((kind) => doc[kind].map((ref) => ({ from: docKey(doc.id), to: docKey(ref.id), kind, evidence: [] }))),
  );
}
