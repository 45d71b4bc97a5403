import { implementationTree, type Graph, type TreeNode } from './graph.ts';
import { IMPLEMENTING_KINDS, type EdgeEvidence, type NodeKey } from './model.ts';

export interface ReportRoute {
  /** Documents between the report and the page's document, nearest the report first (empty when direct). */
  via: NodeKey[];
  /** The report's own sentences that cite the first document of the route. */
  evidence: EdgeEvidence[];
}

export interface ReportLink {
  report: NodeKey;
  /** Every way the report reaches the document: directly, and through each plan it cites that does. */
  routes: ReportRoute[];
}

/** One sentence of a report, quoted once, with every route it supports. */
export interface ReportPassage {
  sentence: string;
  /** Where the sentence's first citation sits in the report page. */
  anchor: string;
  /** Each route's `via` (empty: directly), in the order first met. */
  vias: NodeKey[][];
}

/**
 * The quotes a document page shows for one report: each sentence once, however many of its citations and
 * routes lead to the document (on Chỉ thị 12-CT/TW one paragraph of the Bình Sơn report names the Chỉ thị
 * and the plan carrying it out, twice each: one quote, two routes).
 */
export function reportPassages(link: ReportLink): ReportPassage[] {
  const passages = new Map<string, ReportPassage>();
  for (const route of link.routes)
    for (const e of route.evidence) {
      const passage = passages.get(e.sentence) ?? { sentence: e.sentence, anchor: e.anchor, vias: [] };
      if (!passage.vias.some((v) => v.join() === route.via.join())) passage.vias.push(route.via);
      passages.set(e.sentence, passage);
    }
  return [...passages.values()];
}

/**
 * Reports that carry out `root`, directly or through plans that implement it. Each report edge into the
 * tree is one route, with the shortest chain from that document up to `root` (breadth-first).
 */
export function implementingReports(graph: Graph, root: NodeKey): ReportLink[] {
  const parent = new Map<NodeKey, NodeKey>([[root, root]]);
  const queue: NodeKey[] = [root];
  const routes = new Map<NodeKey, ReportRoute[]>();
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i];
    for (const edge of graph.incoming.get(key) ?? []) {
      if (!IMPLEMENTING_KINDS.has(edge.kind)) continue;
      if (graph.nodes.get(edge.from)?.kind === 'report') {
        routes.set(edge.from, [...(routes.get(edge.from) ?? []), { via: pathUp(parent, key, root), evidence: edge.evidence }]);
      } else if (!parent.has(edge.from)) {
        parent.set(edge.from, key);
        queue.push(edge.from);
      }
    }
  }
  return [...routes].map(([report, r]) => ({ report, routes: r }));
}

/** Reports that only mention `root` (no implementation chain reaches it from them). */
export function mentioningReports(graph: Graph, root: NodeKey): ReportLink[] {
  const implementing = new Set(implementingReports(graph, root).map((r) => r.report));
  return (graph.incoming.get(root) ?? [])
    .filter((e) => e.kind === 'mentions' && !implementing.has(e.from))
    .map((e) => ({ report: e.from, routes: [{ via: [], evidence: e.evidence }] }));
}

/** The implementation tree restricted to documents (reports are listed separately on a document page). */
export function documentTree(graph: Graph, root: NodeKey): TreeNode {
  const prune = (node: TreeNode): TreeNode => ({
    ...node,
    children: node.children.filter((c) => graph.nodes.get(c.key)?.kind === 'document').map(prune),
  });
  return prune(implementationTree(graph, root));
}

/** Counts for an overview: documents and reports below a root. */
export function treeCounts(graph: Graph, tree: TreeNode): { documents: number; reports: number } {
  const seen = new Set<NodeKey>();
  const visit = (n: TreeNode) => {
    if (!n.repeated) seen.add(n.key);
    n.children.forEach(visit);
  };
  tree.children.forEach(visit);
  const kinds = [...seen].map((k) => graph.nodes.get(k)?.kind);
  return { documents: kinds.filter((k) => k === 'document').length, reports: kinds.filter((k) => k === 'report').length };
}

function pathUp(parent: Map<NodeKey, NodeKey>, from: NodeKey, root: NodeKey): NodeKey[] {
  const path: NodeKey[] = [];
  for (let key = from; key !== root; key = parent.get(key)!) path.push(key);
  return path;
}
