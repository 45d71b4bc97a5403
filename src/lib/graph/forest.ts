import { byAuthorityThenDate } from '../catalogue/authority.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { implementationTree, type Graph, type TreeNode } from './graph.ts';
import { IMPLEMENTING_KINDS, docKey, type NodeKey } from './model.ts';

/**
 * /trien-khai/ as one picture: every implementation chain of the catalogue, each node drawn once on the page.
 * Each root's tree is `implementationTree` (a node at its deepest place, cross-referenced elsewhere); across
 * trees, a node already drawn under an earlier root (roots in order of authority) is not drawn again. Every
 * place a node is not drawn becomes an entry of its `alsoUnder` ("also carries out").
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

export function implementationForest(graph: Graph, roots: NodeKey[]): ForestNode[] {
  const drawn = new Set<NodeKey>();
  const also = new Map<NodeKey, NodeKey[]>();
  const place = (node: TreeNode, parent?: NodeKey): ForestNode | undefined => {
    if (node.repeated || drawn.has(node.key)) {
      if (parent) also.set(node.key, [...(also.get(node.key) ?? []), parent]);
      return undefined;
    }
    drawn.add(node.key);
    const children = node.children.map((c) => place(c, node.key)).filter((c) => c !== undefined);
    return { key: node.key, children, alsoUnder: [] };
  };
  const forest = roots.map((root) => place(implementationTree(graph, root))).filter((t) => t !== undefined);
  const fill = (node: ForestNode) => {
    node.alsoUnder = [...new Set(also.get(node.key) ?? [])];
    node.children.forEach(fill);
  };
  forest.forEach(fill);
  return forest;
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
