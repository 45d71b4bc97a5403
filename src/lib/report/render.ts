import { applyMarks, collectText, type Mark } from './annotate-hast.ts';
import { hastToHtml, markdownToHast } from './markdown.ts';
import { problemNote } from '../citations/annotate/problem-note.ts';
import { splitProblems } from '../citations/annotate/annotate.ts';
import { documentUrl } from '../format/url.ts';

/** What the page needs of a checked citation (the citation engine's output has more). */
export interface PlacedCitation {
  start: number;
  end: number;
  text: string;
  id: string | null;
  /** `at`: the problem lies in these words (a wrong title), not in the citation itself. */
  problems: { code: string; message: string; suggestion?: string; at?: { start: number; end: number } }[];
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
  applyMarks(tree, citations.flatMap(toMarks));
  return { html: hastToHtml(tree), text, citations };
}

/** The citation's mark, and one on the wrong words of its title when the engine knows where they are. */
function toMarks(c: AnchoredCitation): Mark[] {
  const { own, elsewhere } = splitProblems(c.problems);
  const cited: Mark = { start: c.start, end: c.end, anchor: c.anchor, href: c.id ? documentUrl(c.id) : undefined, note: problemNote(own) };
  return [cited, ...elsewhere.flatMap((p, i) => (p.at ? [{ ...p.at, anchor: `${c.anchor}-${i + 1}`, words: true, note: problemNote([p]) }] : []))];
}
