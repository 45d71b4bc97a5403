import { applyMarks, collectText, type Mark } from './annotate-hast.ts';
import { hastToHtml, markdownToHast } from './markdown.ts';
import { problemNote } from '../citations/annotate/problem-note.ts';
import { documentUrl } from '../format/url.ts';

/** What the page needs of a checked citation (the citation engine's output has more). */
export interface PlacedCitation {
  start: number;
  end: number;
  text: string;
  id: string | null;
  problems: { code: string; message: string; suggestion?: string }[];
}

export interface AnchoredCitation extends PlacedCitation {
  /** Fragment id on the report page: `trich-dan-1`, `trich-dan-2`, … in reading order. */
  anchor: string;
}

export interface RenderedReport {
  html: string;
  /** The text the citations' offsets refer to. */
  text: string;
  citations: AnchoredCitation[];
}

/** Markdown → HTML with every citation linked to its document and every problem marked in place. */
export function renderReport(markdown: string, cite: (text: string) => PlacedCitation[]): RenderedReport {
  const tree = markdownToHast(markdown);
  const { text } = collectText(tree);
  const citations = cite(text).map((c, i) => ({ ...c, anchor: `trich-dan-${i + 1}` }));
  applyMarks(tree, citations.map(toMark));
  return { html: hastToHtml(tree), text, citations };
}

function toMark(c: AnchoredCitation): Mark {
  return { start: c.start, end: c.end, anchor: c.anchor, href: c.id ? documentUrl(c.id) : undefined, note: problemNote(c.problems) };
}
