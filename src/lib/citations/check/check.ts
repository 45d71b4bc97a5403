/**
 * check: ResolvedCitation[] → CheckedCitation[]. Compares what the text says with the catalogue entry (symbol,
 * date, issuer, type, title) and asks whether the document was still in force on the as-of date: a draft written
 * today citing 80/2020/NĐ-CP learns it was replaced by 313/2025/NĐ-CP; a 2023 report citing it does not. Each
 * citation gets at most one suggestion (the corrected citation, else the corrected title, else the successor),
 * and a first mention without date or issuer gets a note.
 */
import { statusOn, type StatusOn } from '../../catalogue/status.ts';
import { aboutClause, distinguishingLabel, fullCitation, issuerWithTerm, namedDocument } from '../../format/citation.ts';
import { formatDateVn, todayIso } from '../../format/date.ts';
import { asIndex, type CatalogueIndex } from '../resolve/catalogue-index.ts';
import { sameBody } from '../read/issuer.ts';
import { sameFamily } from '../read/type-words.ts';
import type { CheckOptions, CheckedCitation, CitableDocument, Note, Problem, ResolvedCitation } from '../model.ts';
import { firstMentionNote, problem } from './problems.ts';
import { citeLike, rewrite, type Fixes } from './suggest.ts';
import { wrongWords } from './title.ts';
import { foldWords } from '../../text/fold.ts';

type StatusOf = (doc: CitableDocument) => StatusOn;

export function checkCitations(
  resolved: readonly ResolvedCitation[],
  catalogue: CatalogueIndex | readonly CitableDocument[],
  options: CheckOptions = {},
): CheckedCitation[] {
  const index = asIndex(catalogue);
  const asOf = options.asOf || todayIso();
  const status = new Map<string, StatusOn>();
  const statusOf: StatusOf = (doc) => {
    let s = status.get(doc.id);
    if (!s) status.set(doc.id, (s = statusOn(doc, asOf, index.documents)));
    return s;
  };
  // A report cites the same few documents in the same words again and again: check each wording once.
  const seen = new Map<string, Problem[]>();
  const mentioned = new Set<string>();
  return resolved.map((c) => {
    const typeWord = 'typeWord' in c ? c.typeWord?.label : undefined;
    const key = JSON.stringify([c.kind, c.text, c.title, typeWord, c.date?.iso, c.issuer?.written, c.inherited, c.year, c.changedHere, c.resolution]);
    let problems = seen.get(key);
    if (!problems) seen.set(key, (problems = checkOne(c, index, statusOf)));
    return { ...c, problems: problems.map((p) => placed(c, p)), notes: firstMention(c, index, mentioned) };
  });
}

/** A copy of a (cached) problem for this citation, with the input offsets of its wrong words when known. */
function placed(c: ResolvedCitation, p: Problem): Problem {
  const at = p.wrongWords && c.titleAt && c.title ? c.title.indexOf(p.wrongWords) : -1;
  if (!c.titleAt || !p.wrongWords || at < 0) return { ...p };
  const start = c.titleAt.start + at;
  return { ...p, at: { start, end: start + p.wrongWords.length } };
}

function checkOne(c: ResolvedCitation, index: CatalogueIndex, statusOf: StatusOf): Problem[] {
  const doc = c.resolution.outcome === 'resolved' ? index.byId.get(c.resolution.id) : undefined;
  return doc ? checkResolved(c, doc, index, statusOf) : checkUnresolved(c, index);
}

/** Same text, or the same in an all-capitals heading ("NGHỊ QUYẾT SỐ 45-CTR/TU"). */
function sameSymbolText(written: string, canonical: string): boolean {
  const w = written.normalize('NFC');
  return w === canonical || (w === w.toUpperCase() && w === canonical.toUpperCase());
}

function checkResolved(c: ResolvedCitation, doc: CitableDocument, index: CatalogueIndex, statusOf: StatusOf): Problem[] {
  const fixes: Fixes = {};
  // Each field problem shares one suggestion: the citation with every wrong part corrected.
  const pending: ((corrected: string) => Problem)[] = [];
  const symbol = c.kind === 'full' || c.kind === 'symbol' ? c.symbol : undefined;
  if (symbol && c.resolution.outcome === 'resolved' && c.resolution.how === 'year') {
    fixes.symbol = doc.symbol;
    pending.push((s) => problem('wrong-year-in-symbol', { written: symbol.written, symbol: doc.symbol }, s));
  } else if (symbol && !sameSymbolText(symbol.written, doc.symbol)) {
    fixes.symbol = doc.symbol;
    pending.push((s) => problem('malformed-symbol', { written: symbol.written, symbol: doc.symbol }, s));
  }
  const date = c.date;
  if (date && date.iso !== doc.issuedOn) {
    const right = (fixes.date = formatDateVn(doc.issuedOn));
    const effective = date.iso === doc.effectiveFrom;
    pending.push((s) => problem('wrong-date', { symbol: doc.symbol, date: right, written: formatDateVn(date.iso), effective }, s));
  }
  const actual = index.issuers.get(doc.id);
  const issuer = c.issuer;
  const wrongTerm = issuer?.term && doc.term && issuer.term !== doc.term;
  if (issuer && actual && (!sameBody(issuer.body, actual.body) || wrongTerm)) {
    const right = (fixes.issuer = issuer.term && doc.term ? issuerWithTerm(doc) : doc.issuer);
    pending.push((s) => problem('wrong-issuer', { symbol: doc.symbol, issuer: right, written: issuer.written }, s));
  }
  // In a number or an alias the type word is part of a name ("Quy chế 272" for Quyết định 272-QĐ/TW).
  const typeWord = symbol && 'typeWord' in c ? c.typeWord : undefined;
  if (typeWord && !sameFamily(typeWord.label, doc.type)) {
    fixes.type = doc.type;
    pending.push((s) => problem('wrong-type', { symbol: doc.symbol, type: doc.type, written: typeWord.written }, s));
  }
  const corrected = pending.length ? rewrite(c, fixes) : '';
  const problems = pending.map((make) => make(corrected));
  let suggested = corrected !== '';
  const wrong = c.title && doc.title ? wrongWords(c.title, doc.title) : null;
  if (wrong && doc.title) {
    problems.push({ ...problem('wrong-title', { symbol: doc.symbol, title: doc.title, wrong }, suggested ? '' : aboutClause(doc.title, c.title)), wrongWords: wrong });
    suggested = true;
  }
  if (!c.changedHere) problems.push(...statusProblems(c, doc, index, statusOf(doc), suggested));
  return problems;
}

/**
 * Replaced, repealed, expired. The successors are named by type and title ("Luật Dẫn độ (100/2025/QH15), …");
 * the successor is suggested only when it is one and nothing else was suggested — the writer's own document,
 * corrected, comes first.
 */
function statusProblems(c: ResolvedCitation, doc: CitableDocument, index: CatalogueIndex, status: StatusOn, suggested: boolean): Problem[] {
  if (status.code !== 'replaced' && status.code !== 'repealed' && status.code !== 'expired') return [];
  const since = status.since ? formatDateVn(status.since) : '';
  if (status.code === 'expired') return [problem('expired', { symbol: doc.symbol, since })];
  // Luật Tương trợ tư pháp 2007 is replaced by four laws on one day: name them all.
  const successors = (status.successors ?? []).map((id) => index.byId.get(id)).filter((d) => d !== undefined);
  const by = successors.length ? successors.map(namedDocument).join(', ') : 'văn bản khác';
  const covering = successors.length > 1 ? covers(c, doc, successors) : undefined;
  const heir = successors.length === 1 ? successors[0] : covering;
  const suggestion = heir && !suggested ? citeLike(c, heir) : '';
  if (status.code === 'repealed') return [problem('repealed', { symbol: doc.symbol, by, since }, suggestion)];
  return [problem('replaced', { symbol: doc.symbol, by, since, ...(covering && { covers: namedDocument(covering) }) }, suggestion)];
}

/**
 * Of several successors, the one whose subject the citation names: "Luật Tương trợ tư pháp năm 2007 về dẫn độ"
 * → Luật Dẫn độ. A successor's subject is the words of its title that the replaced document's title lacks.
 */
function covers(c: ResolvedCitation, doc: CitableDocument, successors: CitableDocument[]): CitableDocument | undefined {
  if (!c.title) return undefined;
  const cited = new Set(foldWords(c.title));
  const old = new Set(foldWords(`${doc.type} ${doc.title ?? ''}`));
  const fits = successors.filter((s) => {
    const own = foldWords(s.title ?? '').filter((w) => !old.has(w) && w !== 've');
    return own.length > 0 && own.every((w) => cited.has(w));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

function checkUnresolved(c: ResolvedCitation, index: CatalogueIndex): Problem[] {
  const symbol = c.kind === 'full' || c.kind === 'symbol' ? c.symbol : undefined;
  const label = 'label' in c ? c.label : undefined;
  const revised = c.kind === 'law-name' && c.revised ? ' (sửa đổi)' : '';
  const written = symbol?.written ?? (label ? `${label.written}${revised}${c.year ? ` năm ${c.year}` : ''}` : c.text);
  const labels = (ids: string[]) => ids.flatMap((id) => index.byId.get(id) ?? []).map(distinguishingLabel);
  const problems: Problem[] = [];
  if (symbol && !symbol.wellFormed)
    problems.push(problem('malformed-symbol', { written, symbol: symbol.canonical }, rewrite(c, { symbol: symbol.canonical })));
  const why = c.resolution;
  if (why.outcome === 'ambiguous') problems.push(problem('ambiguous', { written, candidates: labels(why.candidates) }));
  else if (why.outcome === 'unknown' && why.defined)
    problems.push(problem('unknown-short-form', { label: written, defined: why.defined }, why.defined[0] ?? ''));
  else if (why.outcome === 'unknown' && !why.reported)
    problems.push(problem('unknown-document', { written, near: labels(why.near), ...(c.kind === 'plenum' && { plenum: true }) }));
  return problems;
}

/** The note for a first mention of a known document without date or issuer; later mentions get none. */
function firstMention(c: ResolvedCitation, index: CatalogueIndex, mentioned: Set<string>): Note[] {
  if (c.kind === 'short-form' || c.kind === 'law-name' || c.changedHere) return [];
  const id = c.resolution.outcome === 'resolved' ? c.resolution.id : undefined;
  const key = id ?? ('symbol' in c ? c.symbol.key : c.label.key);
  if (mentioned.has(key)) return [];
  mentioned.add(key);
  // Only with the full form to offer: an unresolved citation's problem already asks for date and issuer.
  const doc = id ? index.byId.get(id) : undefined;
  if (c.date || c.issuer || !doc) return [];
  return [firstMentionNote(fullCitation(doc))];
}
