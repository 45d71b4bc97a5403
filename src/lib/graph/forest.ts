import { byAuthorityThenDate } from '../catalogue/authority.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { Graph } from './graph.ts';
import { IMPLEMENTING_KINDS, docKey, type NodeKey } from './model.ts';

/**
 * /trien-khai/ as one picture: every implementation chain of the catalogue, each node shown once. A node that
 * carries out several documents (a report citing both a provincial plan and the Government's programme) is
 * placed under the deepest of them and names the others in `alsoUnder` instead of being drawn again.
 */
export interface ForestNode {
  key: NodeKey;
  children: ForestNode[];
  /** Its other implementing parents, shown as "also carries out". */
  alsoUnder: NodeKey[];
}

/** Tops of chains: documents carried out by something while carrying out nothing themselves. */
export function chainRoots(graph: Graph, catalogue: Catalogue): NodeKey[] {
  return catalogue.documents
    .filter((d) => {
      const key = docKey(d.id);
      const implemented = (graph.incoming.get(key) ?? []).some((e) => IMPLEMENTING_KINDS.has(e.kind));
      const implementsSomething = (graph.outgoing.get(key) ?? []).some((e) => IMPLEMENTING_KINDS.has(e.kind));
      return implemented && !implementsSomething;
    })
    .sort(byAuthorityThenDate)
    .map((d) => docKey(d.id));
}

const LOCALNESS: Record<string, number> = { 'trung-uong': 0, tinh: 1, huyen: 2 };

export function implementationForest(graph: Graph, roots: NodeKey[]): ForestNode[] {
  const reached = reachable(graph, roots);
  const depth = depths(graph, reached);
  // Each node hangs under its deepest parent: a report citing both 36-NQ/TW and the plan that carries it out
  // belongs under the plan. Between parents as deep, the more local one (a province's plan before the
  // Government's programme), then the one met first (edges are in date order).
  const closeness = (p: NodeKey) => [depth.get(p)!, LOCALNESS[graph.nodes.get(p)?.level ?? ''] ?? 0];
  const closer = (a: NodeKey, b: NodeKey) => {
    const [da, la] = closeness(a);
    const [db, lb] = closeness(b);
    return da > db || (da === db && la > lb);
  };
  const parentOf = new Map<NodeKey, NodeKey>();
  const childrenOf = new Map<NodeKey, NodeKey[]>();
  for (const key of reached) {
    const parents = implementingParents(graph, key).filter((p) => reached.has(p));
    if (!parents.length) continue;
    const parent = parents.reduce((best, p) => (closer(p, best) ? p : best));
    parentOf.set(key, parent);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), key]);
  }
  const build = (key: NodeKey): ForestNode => ({
    key,
    children: (childrenOf.get(key) ?? []).map(build),
    alsoUnder: implementingParents(graph, key).filter((p) => p !== parentOf.get(key)),
  });
  return roots.map(build);
}

function implementingParents(graph: Graph, key: NodeKey): NodeKey[] {
  return [...new Set((graph.outgoing.get(key) ?? []).filter((e) => IMPLEMENTING_KINDS.has(e.kind)).map((e) => e.to))];
}

/** Everything that carries out one of the roots, the roots included, in breadth-first order. */
function reachable(graph: Graph, roots: NodeKey[]): Set<NodeKey> {
  const seen = new Set<NodeKey>(roots);
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++)
    for (const edge of graph.incoming.get(queue[i]) ?? [])
      if (IMPLEMENTING_KINDS.has(edge.kind) && !seen.has(edge.from)) seen.add(edge.from), queue.push(edge.from);
  return seen;
}

/** Longest distance from a root (implements is acyclic: the content check refuses cycles). */
function depths(graph: Graph, nodes: Set<NodeKey>): Map<NodeKey, number> {
  const depth = new Map<NodeKey, number>();
  const of = (key: NodeKey): number => {
    let d = depth.get(key);
    if (d === undefined) {
      depth.set(key, 0); // guards a cycle through report edges
      d = Math.max(-1, ...implementingParents(graph, key).filter((p) => nodes.has(p)).map(of)) + 1;
      depth.set(key, d);
    }
    return d;
  };
  nodes.forEach(of);
  return depth;
}

/** Documents and reports below a forest node (each node is in one place only, so a plain count). */
export function forestCounts(graph: Graph, node: ForestNode): { documents: number; reports: number } {
  const counts = { documents: 0, reports: 0 };
  const visit = (n: ForestNode) =>
    n.children.forEach((c) => {
      counts[graph.nodes.get(c.key)?.kind === 'report' ? 'reports' : 'documents']++;
      visit(c);
    });
  visit(node);
  return counts;
}
