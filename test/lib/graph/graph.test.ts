import { describe, expect, it } from 'vitest';
import { ancestors, buildGraph, descendants, implementationTree, upwardChains } from '../../../src/lib/graph/graph.ts';
import type { EdgeKind, GraphEdge, GraphNode, NodeKey } from '../../../src/lib/graph/model.ts';

const node = (key: NodeKey, date: string): GraphNode => ({ key, kind: key.startsWith('bao-cao') ? 'report' : 'document', label: key, date });
const edge = (from: NodeKey, to: NodeKey, kind: EdgeKind = 'implements', anchor?: string): GraphEdge => ({
  from,
  to,
  kind,
  evidence: anchor ? [{ report: 'r', sentence: 's', anchor }] : [],
});

// Nghị quyết 36 → Chỉ thị 45 → Nghị quyết 27 → Kế hoạch 194 → the Bắc Giang report, the seeds' chain.
const nodes = [
  node('van-ban/36', '2004-03-26'),
  node('van-ban/45', '2015-05-19'),
  node('van-ban/27', '2016-04-05'),
  node('van-ban/194', '2016-09-16'),
  node('bao-cao/bg', '2021-05'),
];
const chain = [
  edge('van-ban/45', 'van-ban/36'),
  edge('van-ban/27', 'van-ban/36'),
  edge('van-ban/27', 'van-ban/45'),
  edge('van-ban/194', 'van-ban/27'),
  edge('bao-cao/bg', 'van-ban/194', 'reports-on', '#1'),
  edge('bao-cao/bg', 'van-ban/27', 'reports-on', '#2'),
];

describe('the implementation graph', () => {
  const graph = buildGraph(nodes, chain);

  const flat = (t: ReturnType<typeof implementationTree>, depth = 0): string[] => [
    `${'  '.repeat(depth)}${t.key}${t.repeated ? ' (đã nêu)' : ''}`,
    ...t.children.flatMap((c) => flat(c, depth + 1)),
  ];

  it('walks down from a Party resolution to the report, each node once: a diamond inside one branch is not repeated', () => {
    expect(flat(implementationTree(graph, 'van-ban/36'))).toEqual(['van-ban/36', '  van-ban/45', '    van-ban/27', '      van-ban/194', '        bao-cao/bg']);
    expect(descendants(graph, 'van-ban/36')).toEqual(['van-ban/45', 'van-ban/27', 'van-ban/194', 'bao-cao/bg']);
  });

  it('places a node at its deepest place: the Văn Quan report under the district plan, not directly under Kết luận 57', () => {
    const langSon = buildGraph(
      // the report is dated by its year only, so it sorts (and, walked depth-first, is met) before the plans of that year
      [node('van-ban/57', '2023-06-15'), node('van-ban/149', '2024-01-29'), node('van-ban/143', '2024-02-20'), node('van-ban/47', '2024-04-15'), node('bao-cao/vq', '2024')],
      [
        edge('van-ban/149', 'van-ban/57'),
        edge('van-ban/143', 'van-ban/149'),
        edge('van-ban/47', 'van-ban/57'),
        edge('bao-cao/vq', 'van-ban/57', 'reports-on', '#1'),
        edge('bao-cao/vq', 'van-ban/149', 'reports-on', '#2'),
        edge('bao-cao/vq', 'van-ban/143', 'reports-on', '#3'),
        edge('bao-cao/vq', 'van-ban/47', 'reports-on', '#4'),
      ],
    );
    expect(flat(implementationTree(langSon, 'van-ban/57'))).toEqual([
      'van-ban/57',
      '  van-ban/149',
      '    van-ban/143',
      '      bao-cao/vq',
      '  van-ban/47',
      '    bao-cao/vq (đã nêu)',
    ]);
  });

  it('cross-references a node reached again from another branch, once per parent, and never one above it', () => {
    // The report also carries out Nghị quyết 47, a second child of 36: it is shown under 194 and pointed to under 47.
    const wider = buildGraph([...nodes, node('van-ban/47', '2018-01-01')], [...chain, edge('van-ban/47', 'van-ban/36'), edge('bao-cao/bg', 'van-ban/47', 'reports-on', '#3'), edge('van-ban/36', 'van-ban/194')]);
    expect(flat(implementationTree(wider, 'van-ban/36'))).toEqual([
      'van-ban/36',
      '  van-ban/45',
      '    van-ban/27',
      '      van-ban/194',
      '        bao-cao/bg',
      '  van-ban/47',
      '    bao-cao/bg (đã nêu)',
    ]);
  });

  it('gives every upward chain from a report to a root, and the ancestors nearest first', () => {
    expect(upwardChains(graph, 'bao-cao/bg')).toEqual([
      ['bao-cao/bg', 'van-ban/194', 'van-ban/27', 'van-ban/36'],
      ['bao-cao/bg', 'van-ban/194', 'van-ban/27', 'van-ban/45', 'van-ban/36'],
      ['bao-cao/bg', 'van-ban/27', 'van-ban/36'],
      ['bao-cao/bg', 'van-ban/27', 'van-ban/45', 'van-ban/36'],
    ]);
    expect(ancestors(graph, 'bao-cao/bg')).toEqual(['van-ban/194', 'van-ban/27', 'van-ban/36', 'van-ban/45']);
  });

  it('merges an edge typed in the catalogue with the same edge read in a report, keeping the evidence once', () => {
    const merged = buildGraph(nodes, [edge('van-ban/194', 'van-ban/27'), edge('van-ban/194', 'van-ban/27', 'implements', '#3'), edge('van-ban/194', 'van-ban/27', 'implements', '#3')]);
    expect(merged.edges).toHaveLength(1);
    expect(merged.edges[0].evidence.map((e) => e.anchor)).toEqual(['#3']);
  });

  it('tolerates cycles among mentions and never loops on them', () => {
    const cyclic = buildGraph(nodes, [...chain, edge('van-ban/36', 'bao-cao/bg', 'mentions'), edge('van-ban/36', 'van-ban/194', 'implements')]);
    expect(() => implementationTree(cyclic, 'van-ban/36')).not.toThrow();
    expect(upwardChains(cyclic, 'bao-cao/bg').every((c) => new Set(c).size === c.length)).toBe(true);
  });

  it('orders edges deterministically whatever the input order', () => {
    const shuffled = buildGraph(nodes, [...chain].reverse());
    expect(shuffled.edges).toEqual(graph.edges);
  });

  it('drops edges to unknown nodes and self-loops', () => {
    const g = buildGraph(nodes, [edge('van-ban/36', 'van-ban/99'), edge('van-ban/36', 'van-ban/36')]);
    expect(g.edges).toEqual([]);
  });
});

describe('views for a document page', async () => {
  const { implementingReports, mentioningReports, documentTree, treeCounts } = await import('../../../src/lib/graph/views.ts');
  const graph = buildGraph([...nodes, node('bao-cao/other', '2022')], [...chain, edge('bao-cao/other', 'van-ban/45', 'mentions', '#9')]);

  it('lists reports implementing a document through the shortest chain, with their quoted evidence', () => {
    const quote = (anchor: string) => [{ report: 'r', sentence: 's', anchor }];
    expect(implementingReports(graph, 'van-ban/36')).toEqual([
      { report: 'bao-cao/bg', routes: [{ via: ['van-ban/27'], evidence: quote('#2') }, { via: ['van-ban/194', 'van-ban/27'], evidence: quote('#1') }] },
    ]);
    expect(implementingReports(graph, 'van-ban/194')).toEqual([{ report: 'bao-cao/bg', routes: [{ via: [], evidence: quote('#1') }] }]);
  });

  it('quotes each sentence once, with every route it supports', async () => {
    const { reportPassages } = await import('../../../src/lib/graph/views.ts');
    const e = (sentence: string, anchor: string) => ({ report: 'r', sentence, anchor });
    const passages = reportPassages({
      report: 'bao-cao/bs',
      routes: [
        // one sentence citing the directive twice (two anchors), and a second sentence
        { via: [], evidence: [e('Thực hiện Chỉ thị 12 và Kế hoạch 92.', '#1'), e('Thực hiện Chỉ thị 12 và Kế hoạch 92.', '#2'), e('Theo Kế hoạch 92.', '#5')] },
        // the same first sentence again, through the plan
        { via: ['van-ban/92'], evidence: [e('Thực hiện Chỉ thị 12 và Kế hoạch 92.', '#3')] },
      ],
    });
    expect(passages).toEqual([
      { sentence: 'Thực hiện Chỉ thị 12 và Kế hoạch 92.', anchor: '#1', vias: [[], ['van-ban/92']] },
      { sentence: 'Theo Kế hoạch 92.', anchor: '#5', vias: [[]] },
    ]);
  });

  it('lists mere mentions apart from implementations', () => {
    expect(mentioningReports(graph, 'van-ban/45').map((r) => r.report)).toEqual(['bao-cao/other']);
    expect(mentioningReports(graph, 'van-ban/27')).toEqual([]);
  });

  it('keeps only documents in the document tree, and counts the full tree', () => {
    const tree = documentTree(graph, 'van-ban/27');
    expect(tree.children.map((c) => c.key)).toEqual(['van-ban/194']);
    expect(treeCounts(graph, implementationTree(graph, 'van-ban/36'))).toEqual({ documents: 3, reports: 1 });
  });
});

describe('capTree', async () => {
  const { capTree } = await import('../../../src/lib/graph/limits.ts');
  const leaf = (key: NodeKey) => ({ key, children: [] });
  const tree = { key: 'van-ban/36' as NodeKey, children: [{ key: 'van-ban/45' as NodeKey, children: [leaf('van-ban/27'), leaf('van-ban/194')] }, leaf('van-ban/169')] };

  it('keeps the first nodes in reading order and counts the rest', () => {
    const { tree: capped, hidden } = capTree(tree, 2);
    expect(capped.children.map((c) => c.key)).toEqual(['van-ban/45']);
    expect(capped.children[0].children.map((c) => c.key)).toEqual(['van-ban/27']);
    expect(hidden).toBe(2);
  });

  it('leaves a small tree whole', () => {
    expect(capTree(tree, 10)).toEqual({ tree, hidden: 0 });
  });
});
