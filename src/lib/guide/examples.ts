import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueDocument } from '../catalogue/model.ts';
import { upwardChains, type Graph } from '../graph/graph.ts';
import type { NodeKey } from '../graph/model.ts';

/**
 * Which catalogue document illustrates which point of the guide (/huong-dan/). Only the choice is written here;
 * every fact shown (symbol, date, issuer, citation) is read from the catalogue at build time, and a missing id
 * stops the build with a message naming this file.
 */
export const SYMBOL_EXAMPLES = [
  { id: '36-nq-tw', pattern: 'Văn bản của cơ quan Trung ương Đảng' },
  { id: 'lang-son-149-kh-tu-2024', pattern: 'Văn bản của cấp ủy địa phương' },
  { id: '80-2020-nd-cp', pattern: 'Văn bản quy phạm pháp luật của Chính phủ (có năm)' },
  { id: '68-2020-qh14', pattern: 'Luật của Quốc hội (khóa trong ký hiệu)' },
  { id: '09-2025-tt-bng', pattern: 'Thông tư của một bộ' },
  { id: '27-nq-cp', pattern: 'Văn bản hành chính của Chính phủ (không có năm)' },
  { id: '1797-qd-ttg', pattern: 'Quyết định của Thủ tướng Chính phủ' },
  { id: 'quang-ngai-92-kh-ubnd-2022', pattern: 'Kế hoạch của UBND tỉnh' },
  { id: 'quang-ngai-1353-sngv-dn-2023', pattern: 'Công văn (không có tên loại trong ký hiệu)' },
] as const;

/** Citations shown in full and short form: a Party resolution, a law (named by its title), a local plan. */
export const CITATION_EXAMPLES = ['36-nq-tw', '68-2020-qh14', 'quang-ngai-92-kh-ubnd-2022'] as const;

export function pickExample(catalogue: Catalogue, id: string): CatalogueDocument {
  const doc = catalogue.byId.get(id);
  if (!doc)
    throw new Error(
      `Hướng dẫn (/huong-dan/): văn bản ví dụ "${id}" không có trong danh mục. Chọn văn bản khác trong src/lib/guide/examples.ts (guide example missing from the catalogue).`,
    );
  return doc;
}

/**
 * The guide's picture of a whole chain: the longest one from any report up to a document that implements
 * nothing (report → provincial plan → Government programme → Party resolution), computed from the graph.
 */
export function longestChain(graph: Graph): NodeKey[] {
  let best: NodeKey[] = [];
  for (const node of graph.nodes.values())
    if (node.kind === 'report') for (const chain of upwardChains(graph, node.key)) if (chain.length > best.length) best = chain;
  return best;
}
