import { IMPLEMENTING_KINDS, type EdgeKind, type GraphEdge, type GraphNode, type NodeKey } from './model.ts';

export interface Graph {
  nodes: Map<NodeKey, GraphNode>;
  edges: GraphEdge[];
  outgoing: Map<NodeKey, GraphEdge[]>;
  incoming: Map<NodeKey, GraphEdge[]>;
}

/**
 * Builds the graph, merging duplicate edges (same from, to, kind) and their evidence, so that an edge
 * both typed in the catalogue and read in a report appears once. Order is deterministic: edges sorted
 * by the date of their source node, then key.
 */
export function buildGraph(nodes: GraphNode[], edges: GraphEdge[]): Graph {
  const nodeMap = new Map(nodes.map((n) => [n.key, n]));
  const merged = new Map<string, GraphEdge>();
  for (const edge of edges) {
    if (!nodeMap.has(edge.from) || !nodeMap.has(edge.to) || edge.from === edge.to) continue;
    const id = `${edge.from}|${edge.to}|${edge.kind}`;
    const existing = merged.get(id);
    if (existing) existing.evidence.push(...edge.evidence.filter((e) => !existing.evidence.some((x) => x.anchor === e.anchor && x.report === e.report)));
    else merged.set(id, { ...edge, evidence: [...edge.evidence] });
  }
  const order = (a: GraphEdge, b: GraphEdge) => compareNodes(nodeMap.get(a.from)!, nodeMap.get(b.from)!) || a.to.localeCompare(b.to) || a.kind.localeCompare(b.kind);
  const sorted = [...merged.values()].sort(order);
  return { nodes: nodeMap, edges: sorted, outgoing: groupBy(sorted, (e) => e.from), incoming: groupBy(sorted, (e) => e.to) };
}

export interface TreeNode {
  key: NodeKey;
  /** The edge kind that links this node to its parent (undefined at the root). */
  via?: EdgeKind;
  children: TreeNode[];
  /** A cross-reference: the node is shown, with its subtree, in another branch of the tree. */
  repeated?: boolean;
}

/**
 * Everything that carries out `root`, transitively, as a tree in which each node appears once; cycles and
 * diamonds are cut, never looped. A node reached again becomes a cross-reference, but only where the reader
 * would not otherwise see it: when it already sits inside the same parent's subtree (Nghị quyết 169/NQ-CP
 * carries out both Kết luận 12-KL/TW and, directly, Chỉ thị 45-CT/TW above it) or above it (a cycle) it is left out.
 */
export function implementationTree(graph: Graph, root: NodeKey): TreeNode {
  /** Each node shown, with the nodes above it where it is shown. */
  const placed = new Map<NodeKey, ReadonlySet<NodeKey>>([[root, new Set()]]);
  const grow = (key: NodeKey, above: ReadonlySet<NodeKey>, via?: EdgeKind): TreeNode => {
    const children: TreeNode[] = [];
    const path = new Set([...above, key]);
    for (const edge of graph.incoming.get(key) ?? []) {
      if (!IMPLEMENTING_KINDS.has(edge.kind)) continue;
      const shown = placed.get(edge.from);
      if (!shown) {
        placed.set(edge.from, path);
        children.push(grow(edge.from, path, edge.kind));
      } else if (!shown.has(key) && !path.has(edge.from)) children.push({ key: edge.from, via: edge.kind, children: [], repeated: true });
    }
    return { key, via, children };
  };
  return grow(root, new Set());
}

/** Every upward chain from `start` to a document that implements nothing (e.g. report → plan → Chỉ thị). */
export function upwardChains(graph: Graph, start: NodeKey): NodeKey[][] {
  const chains: NodeKey[][] = [];
  const walk = (key: NodeKey, path: NodeKey[]) => {
    const ups = (graph.outgoing.get(key) ?? []).filter((e) => IMPLEMENTING_KINDS.has(e.kind) && !path.includes(e.to));
    if (ups.length === 0 && path.length > 1) chains.push(path);
    for (const edge of ups) walk(edge.to, [...path, edge.to]);
  };
  walk(start, [start]);
  return chains;
}

/** Nodes below `root` in its implementation tree (without the root), each once. */
export function descendants(graph: Graph, root: NodeKey): NodeKey[] {
  const out: NodeKey[] = [];
  const visit = (node: TreeNode) => node.children.forEach((c) => !c.repeated && (out.push(c.key), visit(c)));
  visit(implementationTree(graph, root));
  return out;
}

/** Nodes above `start` on any upward chain, each once, nearest first (breadth-first). */
export function ancestors(graph: Graph, start: NodeKey): NodeKey[] {
  const seen = new Set<NodeKey>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++)
    for (const edge of graph.outgoing.get(queue[i]) ?? [])
      if (IMPLEMENTING_KINDS.has(edge.kind) && !seen.has(edge.to)) seen.add(edge.to), queue.push(edge.to);
  return queue.slice(1);
}

function compareNodes(a: GraphNode, b: GraphNode): number {
  return a.date.localeCompare(b.date) || a.key.localeCompare(b.key);
}

function groupBy(edges: GraphEdge[], key: (e: GraphEdge) => NodeKey): Map<NodeKey, GraphEdge[]> {
  const map = new Map<NodeKey, GraphEdge[]>();
  for (const e of edges) map.set(key(e), [...(map.get(key(e)) ?? []), e]);
  return map;
}
