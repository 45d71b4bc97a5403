/**
 * Corrections: the engine's suggestions as edits of the checked text, and applying them. An edit replaces one
 * citation's span (`start`–`end`, UTF-16 offsets into the text that was checked) by the suggested wording;
 * everything outside the spans it replaces is kept byte for byte.
 */
import type { CheckedCitation, ProblemCode } from '../citations/index.ts';

export interface Correction {
  start: number;
  end: number;
  /** The text the span held when it was checked: an edit whose span no longer holds it is stale. */
  from: string;
  to: string;
}

/**
 * Problems whose suggestion is a new wording of the citation's own span. Two are left out: a wrong title's
 * suggestion replaces the title clause after the span, and an unknown short form's is only a guess among the
 * labels the text defines, so both are shown to copy but never applied.
 */
const SPAN_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'wrong-year-in-symbol',
  'wrong-date',
  'wrong-issuer',
  'wrong-type',
  'malformed-symbol',
  'replaced',
  'repealed',
]);

/** A successor supersedes a corrected wording of the document it replaces. */
const STATUS_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['replaced', 'repealed']);

export interface Suggestion {
  /** The wording to write. */
  text: string;
  /** The edit that writes it in place, when the suggestion is a new wording of the citation's span. */
  correction?: Correction;
}

/** The distinct suggestions for one citation, in the order of its problems. */
export function suggestionsOf(c: CheckedCitation): Suggestion[] {
  const seen = new Map<string, Suggestion>();
  for (const p of c.problems) {
    if (!p.suggestion) continue;
    const applicable = SPAN_CODES.has(p.code) && p.suggestion !== c.text;
    const known = seen.get(p.suggestion);
    if (known && (known.correction || !applicable)) continue;
    seen.set(p.suggestion, {
      text: p.suggestion,
      ...(applicable && { correction: { start: c.start, end: c.end, from: c.text, to: p.suggestion } }),
    });
  }
  return [...seen.values()];
}

/**
 * The one edit "apply all" makes to a citation: the successor when the document was replaced or repealed
 * (rewording the old document would only be undone), else the corrected wording of its fields.
 */
export function bestCorrection(c: CheckedCitation): Correction | undefined {
  const status = c.problems.find((p) => STATUS_CODES.has(p.code) && p.suggestion);
  const byStatus = status && suggestionsOf(c).find((s) => s.text === status.suggestion)?.correction;
  return byStatus ?? suggestionsOf(c).find((s) => s.correction)?.correction;
}

export function allCorrections(citations: readonly CheckedCitation[]): Correction[] {
  return citations.map(bestCorrection).filter((c): c is Correction => c !== undefined);
}

export interface Applied {
  text: string;
  applied: Correction[];
  /** Edits left out: stale (the span no longer holds `from`), empty or out of bounds, or overlapping an earlier edit. */
  skipped: Correction[];
}

/**
 * Applies `corrections` to `text`. Earlier corrections in the list win: one that overlaps a correction already
 * taken is skipped, so two suggestions for one span never both land. Spans are replaced from the end of the
 * text backwards, so every offset still points into the text as it was checked.
 */
export function applyCorrections(text: string, corrections: readonly Correction[]): Applied {
  const taken: Correction[] = [];
  const skipped: Correction[] = [];
  for (const c of corrections) {
    const fits = c.start >= 0 && c.end <= text.length && c.start < c.end && text.slice(c.start, c.end) === c.from;
    const overlaps = taken.some((t) => c.start < t.end && t.start < c.end);
    (fits && !overlaps ? taken : skipped).push(c);
  }
  const ordered = [...taken].sort((a, b) => b.start - a.start);
  let result = text;
  for (const c of ordered) result = result.slice(0, c.start) + c.to + result.slice(c.end);
  return { text: result, applied: taken, skipped };
}
