/**
 * "Nghị quyết Trung ương 4 khóa XII về hội nhập kinh tế quốc tế". A plenum adopts several resolutions (Hội nghị
 * Trung ương 4 khóa XII: Nghị quyết 04-, 05- and 06-NQ/TW) and the catalogue may hold only one of them, so the
 * plenum and khóa only narrow the candidates to entries whose own names state them; the subject the text gives
 * must then single one out. Without a subject that agrees, the citation is unknown, with those entries as near:
 * reported, never linked to a sibling it may not mean.
 */
import { todayIso } from '../../format/date.ts';
import type { CheckOptions, CitableDocument, PlenumCitation, Resolution } from '../model.ts';
import { hasRun, titleWords } from '../read/title-words.ts';
import type { CatalogueIndex, PlenumEntry } from './catalogue-index.ts';
import { issuedBy } from './by-name.ts';
import { ambiguous, resolvedAs, unknown } from './outcome.ts';

/** Fewer shared words than this ("về kinh tế") could name any of a plenum's resolutions. */
const MIN_RUN = 3;

/** The cited trích yếu and a subject agree when one stands word for word in the other. */
function agrees(cited: string[], subjects: string[][]): boolean {
  return subjects.some((s) => (s.length >= MIN_RUN && hasRun(cited, s)) || (cited.length >= MIN_RUN && hasRun(s, cited)));
}

const docsOf = (entries: PlenumEntry[]): CitableDocument[] => [...new Set(entries.map((e) => e.doc))];

export function byPlenum(c: PlenumCitation, index: CatalogueIndex, options: CheckOptions): Resolution {
  const issued = issuedBy(options.asOf || todayIso());
  const { plenum, term } = c.label;
  const year = c.date?.iso.slice(0, 4) ?? c.year;
  const entries = (index.byPlenum.get(plenum) ?? []).filter((e) => issued(e.doc));
  // Without its khóa a plenum's number names one plenum of every term: nothing to resolve.
  const fits = entries.filter((e) => term && e.term === term && (!year || e.doc.issuedOn.startsWith(year)));
  const cited = c.title ? titleWords(c.title) : [];
  const named = docsOf(fits.filter((e) => agrees(cited, e.subjects)));
  if (named.length === 1) return resolvedAs(named[0], 'plenum');
  if (named.length > 1) return ambiguous(named);
  return unknown(docsOf(term ? fits : entries));
}
