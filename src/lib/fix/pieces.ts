/**
 * The checked text cut at its citations, for a view that marks them (the checker's marked draft). Each
 * citation keeps its index in the checked list, so a result and its place in the draft can link to each other.
 * As in annotate(), a citation out of bounds, out of order or not matching the text is left as plain text.
 */
import type { CheckedCitation } from '../citations/index.ts';

export type Piece = { text: string } | { citation: CheckedCitation; index: number };

export function draftPieces(text: string, citations: readonly CheckedCitation[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  citations.forEach((c, index) => {
    if (c.start < at || c.end > text.length || c.end <= c.start || text.slice(c.start, c.end) !== c.text) return;
    if (c.start > at) pieces.push({ text: text.slice(at, c.start) });
    pieces.push({ citation: c, index });
    at = c.end;
  });
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
