/**
 * annotate: plain text + citations → HTML. Works by offsets on the plain text and escapes every piece it emits;
 * it never runs a regex over HTML. A resolved citation becomes a link; a citation with problems is wrapped in a
 * <mark> that carries a visible flag and visually-hidden text with the message and the suggestion, so the
 * problem is not told by colour alone and screen readers read it in place.
 */
import { documentUrl } from '../../format/url.ts';
import { resolvedId, type CheckedCitation, type Problem, type ResolvedCitation } from '../model.ts';
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

/** The citation's own problems, and those marked elsewhere (the wrong words of its title). */
export function splitProblems<P extends { at?: unknown }>(problems: readonly P[]): { own: P[]; elsewhere: P[] } {
  return { own: problems.filter((p) => !p.at), elsewhere: problems.filter((p) => p.at) };
}

function flagged(inner: string, problems: readonly Problem[]): string {
  if (!problems.length) return inner;
  const text = escapeHtml(problemNote(problems) ?? '');
  const codes = escapeHtml(problems.map((p) => p.code).join(' '));
  return (
    `<mark class="cite-problem" data-problems="${codes}" title="${text}">${inner}` +
    `<span class="cite-flag" aria-hidden="true">⚠</span>` +
    `<span class="visually-hidden"> (Lỗi trích dẫn: ${text})</span></mark>`
  );
}

function annotateOne(c: CheckedCitation, linkFor: LinkFor, problems: readonly Problem[]): string {
  const inner = escapeHtml(c.text);
  const href = linkFor(c);
  const linked = href ? `<a class="cite" href="${escapeHtml(href)}">${inner}</a>` : `<span class="cite cite-unresolved">${inner}</span>`;
  return flagged(linked, problems);
}

/**
 * HTML for `text` with `citations` marked; a wrong title's problem is marked on its wrong words. Spans out of
 * bounds, out of order or overlapping a previous one are left as plain text rather than trusted.
 */
export function annotate(
  text: string,
  citations: readonly (CheckedCitation | ResolvedCitation)[],
  linkFor: LinkFor = defaultLink,
): string {
  let html = '';
  let at = 0;
  const fits = (start: number, end: number) => start >= at && end <= text.length && end > start;
  for (const citation of citations) {
    const c: CheckedCitation = 'problems' in citation ? citation : { ...citation, problems: [], notes: [] };
    if (!fits(c.start, c.end) || text.slice(c.start, c.end) !== c.text) continue;
    const { own, elsewhere } = splitProblems(c.problems);
    html += escapeHtml(text.slice(at, c.start)) + annotateOne(c, linkFor, own);
    at = c.end;
    for (const p of elsewhere) {
      if (!p.at || !fits(p.at.start, p.at.end)) continue;
      html += escapeHtml(text.slice(at, p.at.start)) + flagged(`<span class="cite-words">${escapeHtml(text.slice(p.at.start, p.at.end))}</span>`, [p]);
      at = p.at.end;
    }
  }
  return html + escapeHtml(text.slice(at));
}
