import { byAuthorityThenDate } from '../catalogue/authority.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueDocument, CatalogueReport } from '../catalogue/model.ts';
import type { Topic } from '../schema/vocabulary.ts';
import { descendants, type Graph } from './graph.ts';
import { docKey, reportKey, type NodeKey } from './model.ts';

/**
 * The coverage matrix (/bao-phu/): central documents (rows) × provinces (columns); a cell holds what the
 * province has that carries the row out — its plans, programmes, reports — found by walking the graph down
 * from the row. A report added tomorrow fills its cell without anyone editing a list.
 */
export interface CoverageRow {
  doc: CatalogueDocument;
  /** Province → its implementing documents and reports, in graph order (by date). */
  cells: Map<string, NodeKey[]>;
}

export interface Coverage {
  provinces: string[];
  rows: CoverageRow[];
}

/** Where each local node belongs: documents by their province, reports by theirs. */
export function nodeProvinces(catalogue: Catalogue, reports: CatalogueReport[]): Map<NodeKey, string> {
  const out = new Map<NodeKey, string>();
  for (const d of catalogue.documents) if (d.level !== 'trung-uong' && d.province) out.set(docKey(d.id), d.province);
  for (const r of reports) out.set(reportKey(r.id), r.province);
  return out;
}

/**
 * Rows: central documents (of the topic, when given) that at least one province carries out. Columns: every
 * province of the catalogue, so a blank cell shows a province with nothing recorded for that row.
 */
export function coverage(catalogue: Catalogue, graph: Graph, provinces: Map<NodeKey, string>, topic?: Topic): Coverage {
  const rows: CoverageRow[] = [];
  const central = catalogue.documents.filter((d) => d.level === 'trung-uong' && (!topic || d.topics.includes(topic)));
  for (const doc of [...central].sort(byAuthorityThenDate)) {
    const cells = new Map<string, NodeKey[]>();
    for (const key of descendants(graph, docKey(doc.id))) {
      const province = provinces.get(key);
      if (province) cells.set(province, [...(cells.get(province) ?? []), key]);
    }
    if (cells.size) rows.push({ doc, cells });
  }
  return { provinces: [...new Set(provinces.values())].sort((a, b) => a.localeCompare(b, 'vi')), rows };
}
