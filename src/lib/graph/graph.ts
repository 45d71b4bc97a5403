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
 * Everything that carries out `root`, transitively, as a tree in which each node appears once, at its deepest
 * place: a report that carries out Kết luận 57-KL/TW directly and through Kế hoạch 149-KH/TU and the district's
 * Kế hoạch 143 under it sits under 143. Reached from another branch (Nghị quyết 47/NQ-CP), it is a
 * cross-reference there; within its own branch, or from above it (a cycle), it is not repeated at all.
 */
export function implementationTree(graph: Graph, root: NodeKey): TreeNode {
  const { order, forward } = walkDown(graph, root);
  // Longest path from the root, parents before children (reverse post-order): each node's deepest parent.
  const depth = new Map<NodeKey, number>([[root, 0]]);
  const parent = new Map<NodeKey, NodeKey>();
  for (const key of [...order].reverse())
    for (const edge of forward.get(key)!)
      if ((depth.get(edge.from) ?? -1) < depth.get(key)! + 1) depth.set(edge.from, depth.get(key)! + 1), parent.set(edge.from, key);
  const inBranchOf = (key: NodeKey, above: NodeKey) => {
    for (let k = parent.get(key); k; k = parent.get(k)) if (k === above) return true;
    return false;
  };
  const grow = (key: NodeKey, via?: EdgeKind): TreeNode => {
    const children: TreeNode[] = [];
    for (const edge of forward.get(key)!) {
      if (children.some((c) => c.key === edge.from)) continue;
      if (parent.get(edge.from) === key) children.push(grow(edge.from, edge.kind));
      else if (!inBranchOf(edge.from, key)) children.push({ key: edge.from, via: edge.kind, children: [], repeated: true });
    }
    return { key, via, children };
  };
  return grow(root);
}

/**
 * Depth-first from `root` down the implementing edges: the nodes in post-order, and for each its edges to the
 * nodes that carry it out, less those that close a cycle (an edge back to a node still being walked).
 */
function walkDown(graph: Graph, root: NodeKey): { order: NodeKey[]; forward: Map<NodeKey, GraphEdge[]> } {
  const order: NodeKey[] = [];
  const open = new Set<NodeKey>();
  const forward = new Map<NodeKey, GraphEdge[]>();
  const visit = (key: NodeKey) => {
    open.add(key);
    const edges: GraphEdge[] = [];
    for (const edge of graph.incoming.get(key) ?? []) {
      if (!IMPLEMENTING_KINDS.has(edge.kind) || open.has(edge.from)) continue;
      edges.push(edge);
      if (!forward.has(edge.from)) visit(edge.from);
    }
    forward.set(key, edges);
    open.delete(key);
    order.push(key);
  };
  visit(root);
  return { order, forward };
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
