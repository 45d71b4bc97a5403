import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { footnoteLabel: 'Chú thích', footnoteBackLabel: 'Quay lại đoạn văn' });

/**
 * Reports are rendered here rather than by Astro's Markdown pipeline so that the text the citation engine
 * reads, the graph's anchors and the page's HTML all come from one tree.
 */
export function markdownToHast(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root;
}

export function hastToHtml(tree: Root): string {
  return toHtml(tree);
}
