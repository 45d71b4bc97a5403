/**
 * The citation engine's public verbs: find → resolve → check → annotate, over plain data. The catalogue is
 * passed in (a CatalogueIndex, or the documents themselves); nothing here imports Astro or node:*, so the build,
 * the browser checker and the CLI run the same code.
 */
import { asIndex, type CatalogueIndex } from './resolve/catalogue-index.ts';
import { checkCitations } from './check/check.ts';
import { findCitations } from './find/find.ts';
import type { CheckedCitation, CheckOptions, CitableDocument } from './model.ts';
import { resolveCitations } from './resolve/resolve.ts';

export { findCitations, type FindOptions } from './find/find.ts';
export { resolveCitations } from './resolve/resolve.ts';
export { checkCitations } from './check/check.ts';
export { annotate, defaultLink, escapeHtml, type LinkFor } from './annotate/annotate.ts';
export { documentUrl } from '../format/url.ts';
export { problemNote } from './annotate/problem-note.ts';
export { asIndex, buildCatalogueIndex, buildCatalogueIndex as indexCatalogue, type CatalogueIndex } from './resolve/catalogue-index.ts';
export { toJson, formatReport, type CitationJson } from './annotate/cli-output.ts';
export { parseSymbol, type SymbolInfo } from './read/symbol.ts';
export { endOfPeriod } from './read/date.ts';
export { PROBLEM_CODES } from './check/problems.ts';
export { resolvedId } from './model.ts';
export type {
  CheckedCitation,
  CheckOptions,
  CitableDocument,
  CitationKind,
  FoundCitation,
  MatchKind,
  Problem,
  ProblemCode,
  ResolvedCitation,
  Resolution,
  Note,
  NumberCitation,
  LawNameCitation,
  SymbolCitation,
} from './model.ts';

/** find → resolve → check in one call: what the report pages and the browser checker need. */
export function citeText(
  text: string,
  catalogue: CatalogueIndex | readonly CitableDocument[],
  options: CheckOptions = {},
): CheckedCitation[] {
  const index = asIndex(catalogue);
  const found = findCitations(text, { names: index.names });
  return checkCitations(resolveCitations(found, index, options), index, options);
}
