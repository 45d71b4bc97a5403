import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueReport } from '../catalogue/model.ts';
import { asciiFold } from '../text/fold.ts';
import type { AnchoredCitation } from '../report/render.ts';
import { docKey, reportKey, type GraphEdge } from './model.ts';
import { citationRole, sentenceAt, splitSentences } from './roles.ts';

/**
 * The text between two citations that makes the first carry out the second, as the seeds write it:
 * "Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 57-KL/TW".
 * Matched on ASCII-folded text; a semicolon between them ends the apposition (lists of bases use ";").
 */
const APPOSITION = /^[^;]{0,160}?\b(?:ve|de)\s+(?:viec\s+)?(?:trien khai\s+)?(?:thuc hien|trien khai)\s*$/;

export interface ReportCitations {
  report: CatalogueReport;
  text: string;
  citations: AnchoredCitation[];
}

/** Edges read from one report: report → document (reports-on or mentions), and document → document. */
export function reportEdges({ report, text, citations }: ReportCitations, catalogue: Catalogue): GraphEdge[] {
  const sentences = splitSentences(text);
  const named = new Set(report.reportsOn.map((r) => r.id));
  const edges: GraphEdge[] = [];
  citations.forEach((c, i) => {
    const doc = c.id ? catalogue.byId.get(c.id) : undefined;
    if (!doc) return;
    const { sentence, before } = sentenceAt(sentences, c.start, c.end);
    const evidence = [{ report: report.id, sentence, anchor: c.anchor }];
    const role = citationRole({ before, documentType: doc.type, namedByReport: named.has(doc.id) || report.title.includes(doc.symbol) });
    edges.push({ from: reportKey(report.id), to: docKey(doc.id), kind: role === 'implements' ? 'reports-on' : 'mentions', evidence });
    const next = citations[i + 1];
    const target = next?.id ? catalogue.byId.get(next.id) : undefined;
    if (target && target.issuedOn <= doc.issuedOn && APPOSITION.test(asciiFold(text.slice(c.end, next.start)).toLowerCase()))
      edges.push({ from: docKey(doc.id), to: docKey(target.id), kind: 'implements', evidence });
  });
  return edges;
}
