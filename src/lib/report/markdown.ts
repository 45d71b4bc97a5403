import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { markdownToHast as parse } from 'satteri';

const OPTIONS = {
  features: { gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại đoạn văn {reference}' } }, frontmatter: false },
  position: false,
};

/**
 * Reports are rendered here rather than by Astro's page pipeline so that the text the citation engine reads,
 * the graph's anchors and the page's HTML all come from one tree. Sătteri is Astro 7's own Markdown engine:
 * the same output, about 20× faster than a unified/remark pipeline on 2,000 reports (bench:scale).
 */
export function markdownToHast(markdown: string): Root {
  return parse(markdown, OPTIONS) as Root;
}

export function hastToHtml(tree: Root): string {
  return toHtml(tree);
}
