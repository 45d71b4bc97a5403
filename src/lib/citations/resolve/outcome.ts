/** The three outcomes of resolving a citation, built from catalogue entries. */
import type { CitableDocument, MatchKind, Resolution } from '../model.ts';

export const resolvedAs = (doc: CitableDocument, how: MatchKind): Resolution => ({ outcome: 'resolved', id: doc.id, how });
export const unknown = (near: CitableDocument[] = []): Resolution => ({ outcome: 'unknown', near: near.map((d) => d.id) });
export const ambiguous = (docs: CitableDocument[]): Resolution => ({ outcome: 'ambiguous', candidates: docs.map((d) => d.id) });
