/**
 * annotate: plain text + citations → HTML. Works by offsets on the plain text and escapes every piece it emits;
 * it never runs a regex over HTML. A resolved citation becomes a link; a citation with problems is wrapped in a
 * <mark> that carries a visible flag and visually-hidden text with the message and the suggestion, so the
 * problem is not told by colour alone and screen readers read it in place.
 */
import { documentUrl } from '../../format/url.ts';
import { resolvedId, type CheckedCitation, type ResolvedCitation } from '../model.ts';
import { problemNote } from './problem-note.ts';

export type LinkFor = (citation: CheckedCitation) => string | null | undefined;

export const defaultLink: LinkFor = (c) => {
  const id = resolvedId(c);
  return id ? documentUrl(id) : null;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function annotateOne(c: CheckedCitation, linkFor: LinkFor): string {
  const inner = escapeHtml(c.text);
  const href = linkFor(c);
  const linked = href ? `<a class="cite" href="${escapeHtml(href)}">${inner}</a>` : `<span class="cite cite-unresolved">${inner}</span>`;
  if (!c.problems.length) return linked;
  const text = escapeHtml(problemNote(c.problems) ?? '');
  const codes = escapeHtml(c.problems.map((p) => p.code).join(' '));
  return (
    `<mark class="cite-problem" data-problems="${codes}" title="${text}">${linked}` +
    `<span class="cite-flag" aria-hidden="true">⚠</span>` +
    `<span class="visually-hidden"> (Lỗi trích dẫn: ${text})</span></mark>`
  );
}

/**
 * HTML for `text` with `citations` marked. Citations out of bounds, out of order or overlapping a previous one
 * are left as plain text rather than trusted.
 */
export function annotate(
  text: string,
  citations: readonly (CheckedCitation | ResolvedCitation)[],
  linkFor: LinkFor = defaultLink,
): string {
  let html = '';
  let at = 0;
  for (const citation of citations) {
    const c: CheckedCitation = 'problems' in citation ? citation : { ...citation, problems: [], notes: [] };
    if (c.start < at || c.end > text.length || c.end <= c.start || text.slice(c.start, c.end) !== c.text) continue;
    html += escapeHtml(text.slice(at, c.start)) + annotateOne(c, linkFor);
    at = c.end;
  }
  return html + escapeHtml(text.slice(at));
}
