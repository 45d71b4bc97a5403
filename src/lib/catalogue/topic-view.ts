import type { Graph } from '../graph/graph.ts';
import { docKey, idOf, type NodeKey } from '../graph/model.ts';
import type { Topic } from '../schema/vocabulary.ts';
import { groupByAuthority, type TierGroup } from './authority.ts';
import type { Catalogue } from './catalogue.ts';
import type { CatalogueReport } from './model.ts';

export interface TopicReport {
  report: CatalogueReport;
  /** The topic's documents the report carries out or names in its title (implements, reports-on). */
  implementing: string[];
  /** The topic's documents it only mentions. */
  mentioning: string[];
}

export interface TopicView {
  /** The topic's documents, in order of authority and time. */
  groups: TierGroup[];
  documentCount: number;
  reports: TopicReport[];
}

/** What a topic page shows, computed from the catalogue and the graph (nothing listed by hand). */
export function topicView(topic: Topic, catalogue: Catalogue, graph: Graph, reports: CatalogueReport[]): TopicView {
  const documents = catalogue.documents.filter((d) => d.topics.includes(topic));
  return { groups: groupByAuthority(documents), documentCount: documents.length, reports: topicReports(new Set(documents.map((d) => docKey(d.id))), graph, reports) };
}

/**
 * Reports that deal with the topic: those whose citations reach one of its documents. Reports that carry a
 * topic document out come first, then those that only mention one; within each, the newest first.
 */
function topicReports(keys: Set<NodeKey>, graph: Graph, reports: CatalogueReport[]): TopicReport[] {
  const out: TopicReport[] = [];
  for (const report of reports) {
    const edges = (graph.outgoing.get(`bao-cao/${report.id}`) ?? []).filter((e) => keys.has(e.to));
    if (!edges.length) continue;
    const implementing = unique(edges.filter((e) => e.kind !== 'mentions').map((e) => idOf(e.to)));
    const mentioning = unique(edges.filter((e) => e.kind === 'mentions').map((e) => idOf(e.to))).filter((id) => !implementing.includes(id));
    out.push({ report, implementing, mentioning });
  }
  const weight = (r: TopicReport) => (r.implementing.length ? 0 : 1);
  return out.sort((a, b) => weight(a) - weight(b) || b.report.date.localeCompare(a.report.date));
}

const unique = (ids: string[]) => [...new Set(ids)];
