import type { TreeNode } from './graph.ts';

/**
 * How much of a document's implementation a page shows before pointing to its full list: at the scale of a
 * whole archive a central resolution is carried out by hundreds of plans and reports (bench:scale measured
 * 326 KB pages), and a document page should stay light on a phone.
 */
export const PAGE_LIMITS = { treeNodes: 40, reports: 20, mentions: 20 } as const;

/** The first `max` nodes of a tree in reading order (pre-order), and how many were left out. */
export function capTree(tree: TreeNode, max: number): { tree: TreeNode; hidden: number } {
  let budget = max;
  let hidden = 0;
  const walk = (node: TreeNode): TreeNode => {
    const children: TreeNode[] = [];
    for (const child of node.children) {
      if (budget > 0) {
        budget--;
        children.push(walk(child));
      } else hidden += size(child);
    }
    return { ...node, children };
  };
  return { tree: walk(tree), hidden };
}

function size(node: TreeNode): number {
  return 1 + node.children.reduce((n, c) => n + size(c), 0);
}

/** True when a document page would cap one of its lists, so the document gets a full-list page. */
export function needsFullList(views: { tree: TreeNode; implementing: unknown[]; mentioning: unknown[] }): boolean {
  return (
    size(views.tree) - 1 > PAGE_LIMITS.treeNodes ||
    views.implementing.length > PAGE_LIMITS.reports ||
    views.mentioning.length > PAGE_LIMITS.mentions
  );
}
