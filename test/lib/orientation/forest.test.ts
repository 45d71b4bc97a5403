import { describe, expect, it } from 'vitest';
import { implementationForest, type ForestNode } from '../../../src/lib/graph/forest.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import type { EdgeKind, GraphNode, NodeKey } from '../../../src/lib/graph/model.ts';

const node = (key: NodeKey, date: string, level = 'trung-uong'): GraphNode => ({ key, kind: key.startsWith('bao-cao') ? 'report' : 'document', label: key, date, level });
const edge = (from: NodeKey, to: NodeKey, kind: EdgeKind = 'implements') => ({ from, to, kind, evidence: [] });
const flat = (n: ForestNode, depth = 0): string[] => [`${'  '.repeat(depth)}${n.key}${n.alsoUnder.length ? ` (+${n.alsoUnder.join(', ')})` : ''}`, ...n.children.flatMap((c) => flat(c, depth + 1))];

// The seeds' chains: 36 → 45 → 27 → 194 → Bắc Giang report (which also cites 27 and 36 directly), and
// 57 → 47 (Government) and 57 → 149 (Tỉnh ủy Lạng Sơn), the Văn Quan report citing both.
const graph = buildGraph(
  [
    node('van-ban/36', '2004-03-26'),
    node('van-ban/45', '2015-05-19'),
    node('van-ban/27', '2016-04-05'),
    node('van-ban/194', '2016-09-16', 'tinh'),
    node('bao-cao/bg', '2021-05'),
    node('van-ban/57', '2023-06-15'),
    node('van-ban/47', '2024-01-01'),
    node('van-ban/149', '2024-01-29', 'tinh'),
    node('bao-cao/vq', '2024'),
    node('van-ban/p', '2024-03-01', 'tinh'),
  ],
  [
    edge('van-ban/45', 'van-ban/36'),
    edge('van-ban/27', 'van-ban/36'),
    edge('van-ban/27', 'van-ban/45'),
    edge('van-ban/194', 'van-ban/27'),
    edge('bao-cao/bg', 'van-ban/36', 'reports-on'),
    edge('bao-cao/bg', 'van-ban/27', 'reports-on'),
    edge('bao-cao/bg', 'van-ban/194', 'implements'),
    edge('van-ban/47', 'van-ban/57'),
    edge('van-ban/149', 'van-ban/57'),
    edge('bao-cao/vq', 'van-ban/47'),
    edge('bao-cao/vq', 'van-ban/149'),
    // a provincial plan carrying out both roots
    edge('van-ban/p', 'van-ban/36'),
    edge('van-ban/p', 'van-ban/57'),
  ],
);

describe('implementationForest', () => {
  const [nq36, kl57] = implementationForest(graph, ['van-ban/36', 'van-ban/57']);

  it('draws each node at its deepest place; citing an ancestor of that place needs no note', () => {
    expect(flat(nq36)).toEqual(['van-ban/36', '  van-ban/45', '    van-ban/27', '      van-ban/194', '        bao-cao/bg', '  van-ban/p (+van-ban/57)']);
  });

  it('draws a node carrying out two branches in one, naming the other', () => {
    expect(flat(kl57)).toEqual(['van-ban/57', '  van-ban/47', '  van-ban/149', '    bao-cao/vq (+van-ban/47)']);
  });

  it('draws a node under the first root only (roots in order of authority), naming the later root', () => {
    const keys = (n: ForestNode): string[] => [n.key, ...n.children.flatMap(keys)];
    expect([...keys(nq36), ...keys(kl57)].filter((k) => k === 'van-ban/p')).toHaveLength(1);
    expect(nq36.children.find((c) => c.key === 'van-ban/p')!.alsoUnder).toEqual(['van-ban/57']);
  });
});
