import type { Graph } from './graph.ts';
import type { EdgeKind, GraphNode, NodeKey } from './model.ts';

/** Relation labels as legal databases print them on a lược đồ, read from the page's document outwards. */
export const UP_LABELS: Partial<Record<EdgeKind, string>> = { implements: 'Thực hiện', basedOn: 'Căn cứ', amends: 'Sửa đổi', replaces: 'Thay thế', repeals: 'Bãi bỏ' };
export const DOWN_LABELS: Partial<Record<EdgeKind, string>> = {
  implements: 'Được triển khai bởi',
  'reports-on': 'Được báo cáo thực hiện bởi',
  basedOn: 'Là căn cứ của',
  amends: 'Được sửa đổi bởi',
  replaces: 'Bị thay thế bởi',
  repeals: 'Bị bãi bỏ bởi',
  mentions: 'Được nhắc đến trong',
};

export interface DiagramGroup {
  label: string;
  nodes: GraphNode[];
}

export interface Diagram {
  centre: GraphNode;
  /** What the document stands on (left/top column). */
  up: DiagramGroup[];
  /** What stands on the document (right/bottom column). */
  down: DiagramGroup[];
}

/**
 * The one-step neighbourhood of a node, grouped by relation, for a static lược đồ. A node linked by a
 * relation and also by a mere mention (a report that reports on the document and names it again elsewhere)
 * is listed under the relation only.
 */
export function diagramOf(graph: Graph, key: NodeKey): Diagram {
  const incoming = graph.incoming.get(key) ?? [];
  const related = new Set(incoming.filter((e) => e.kind !== 'mentions').map((e) => e.from));
  return {
    centre: graph.nodes.get(key)!,
    up: group(graph, (graph.outgoing.get(key) ?? []).map((e) => [e.kind, e.to]), UP_LABELS),
    down: group(graph, incoming.filter((e) => e.kind !== 'mentions' || !related.has(e.from)).map((e) => [e.kind, e.from]), DOWN_LABELS),
  };
}

function group(graph: Graph, pairs: [EdgeKind, NodeKey][], labels: Partial<Record<EdgeKind, string>>): DiagramGroup[] {
  const order = Object.keys(labels) as EdgeKind[];
  return order
    .map((kind) => ({ label: labels[kind]!, nodes: pairs.filter(([k]) => k === kind).map(([, n]) => graph.nodes.get(n)!) }))
    .filter((g) => g.nodes.length > 0);
}
