/**
 * check: ResolvedCitation[] → CheckedCitation[]. Compares what the text says with the catalogue entry (symbol,
 * date, issuer, type, title) and asks whether the document was still in force on the as-of date: a draft written
 * today citing 80/2020/NĐ-CP learns it was replaced by 313/2025/NĐ-CP; a 2023 report citing it does not.
 */
import { statusOn, type StatusOn } from '../catalogue/status.ts';
import { formatDateVn, todayIso } from '../format/date.ts';
import { asIndex, type CatalogueIndex } from './catalogue-index.ts';
import { sameBody } from './issuer.ts';
import type { CheckOptions, CheckedCitation, CitableDocument, Problem, ResolvedCitation } from './models.ts';
import { problem } from './problems.ts';
import { sameFamily } from './resolve.ts';
import { citeLike, identify, rewrite, type Fixes } from './suggest.ts';
import { titleClause, titleContradicts } from './title.ts';

export function checkCitations(
  resolved: readonly ResolvedCitation[],
  catalogue: CatalogueIndex | readonly CitableDocument[],
  options: CheckOptions = {},
): CheckedCitation[] {
  const index = asIndex(catalogue);
  const asOf = options.asOf || todayIso();
  const status = new Map<string, StatusOn>();
  const statusOf = (doc: CitableDocument) => {
    let s = status.get(doc.id);
    if (!s) status.set(doc.id, (s = statusOn(doc, asOf, index.documents)));
    return s;
  };
  // A report cites the same few documents in the same words again and again: check each wording once.
  const seen = new Map<string, Problem[]>();
  return resolved.map((c) => {
    const inherited = [c.typeWord?.label, c.date?.iso, c.issuer?.written, c.inherited];
    const key = JSON.stringify([c.kind, c.text, c.title, inherited, c.changedHere, c.resolution, c.unresolved]);
    let problems = seen.get(key);
    if (!problems) seen.set(key, (problems = c.resolution ? checkResolved(c, index, statusOf) : checkUnresolved(c, index)));
    return { ...c, problems: problems.map((p) => ({ ...p })) };
  });
}

/** Same text, or the same in an all-capitals heading ("NGHỊ QUYẾT SỐ 45-CTR/TU"). */
function sameSymbolText(written: string, canonical: string): boolean {
  const w = written.normalize('NFC');
  return w === canonical || (w === w.toUpperCase() && w === canonical.toUpperCase());
}

type StatusOf = (doc: CitableDocument) => StatusOn;

function checkResolved(c: ResolvedCitation, index: CatalogueIndex, statusOf: StatusOf): Problem[] {
  const doc = index.byId.get(c.resolution!.id)!;
  const fixes: Fixes = {};
  // Each field problem suggests the same text: the citation with every wrong part corrected.
  const pending: ((corrected: string) => Problem)[] = [];
  if (c.symbol && c.resolution!.how === 'year') {
    fixes.symbol = doc.symbol;
    pending.push((s) => problem('wrong-year-in-symbol', { written: c.symbol!.written, symbol: doc.symbol }, s));
  } else if (c.symbol && !sameSymbolText(c.symbol.written, doc.symbol)) {
    fixes.symbol = doc.symbol;
    pending.push((s) => problem('malformed-symbol', { written: c.symbol!.written, symbol: doc.symbol }, s));
  }
  if (c.date && c.date.iso !== doc.issuedOn) {
    fixes.date = formatDateVn(doc.issuedOn);
    pending.push((s) => problem('wrong-date', { symbol: doc.symbol, date: fixes.date!, written: formatDateVn(c.date!.iso) }, s));
  }
  const actual = index.issuers.get(doc.id);
  const wrongTerm = c.issuer?.term && doc.term && c.issuer.term !== doc.term;
  if (c.issuer && actual && (!sameBody(c.issuer.body, actual.body) || wrongTerm)) {
    fixes.issuer = c.issuer.term && doc.term ? `${doc.issuer} khóa ${doc.term}` : doc.issuer;
    pending.push((s) => problem('wrong-issuer', { symbol: doc.symbol, issuer: fixes.issuer!, written: c.issuer!.written }, s));
  }
  // In a short form or an alias the type word is part of a name ("Quy chế 272" for Quyết định 272-QĐ/TW).
  if (c.typeWord && c.symbol && !sameFamily(c.typeWord.label, doc.type)) {
    fixes.type = doc.type;
    pending.push((s) => problem('wrong-type', { symbol: doc.symbol, type: doc.type, written: c.typeWord!.written }, s));
  }
  const corrected = pending.length ? rewrite(c, fixes) : '';
  const problems = pending.map((make) => make(corrected));
  if (c.title && doc.title && titleContradicts(c.title, doc.title))
    problems.push(problem('wrong-title', { symbol: doc.symbol, title: doc.title }, titleClause(doc.title, c.title)));
  if (!c.changedHere) problems.push(...statusProblems(c, doc, index, statusOf(doc)));
  return problems;
}

function statusProblems(c: ResolvedCitation, doc: CitableDocument, index: CatalogueIndex, status: StatusOn): Problem[] {
  if (status.code !== 'replaced' && status.code !== 'repealed' && status.code !== 'expired') return [];
  const since = status.since ? formatDateVn(status.since) : '';
  // Luật Tương trợ tư pháp 2007 is replaced by several laws on one day: name them all (as the page does), suggest none.
  const successors = (status.successors ?? []).map((id) => index.byId.get(id)).filter((d) => d !== undefined);
  const by = successors.length ? successors.map((d) => `${d.type} ${d.symbol}`).join('; ') : 'văn bản khác';
  const suggestion = successors.length === 1 ? citeLike(c, successors[0]) : '';
  if (status.code === 'replaced') return [problem('replaced', { symbol: doc.symbol, by, since }, suggestion)];
  if (status.code === 'repealed') return [problem('repealed', { symbol: doc.symbol, by, since }, suggestion)];
  if (status.code === 'expired') return [problem('expired', { symbol: doc.symbol, since })];
  return [];
}

function checkUnresolved(c: ResolvedCitation, index: CatalogueIndex): Problem[] {
  const why = c.unresolved;
  const written = c.symbol?.written ?? c.label?.written ?? c.text;
  const labels = (ids: string[]) => ids.map((id) => index.byId.get(id)).filter((d) => d !== undefined).map(identify);
  const problems: Problem[] = [];
  if (c.symbol && !c.symbol.wellFormed)
    problems.push(problem('malformed-symbol', { written, symbol: c.symbol.canonical }, rewrite(c, { symbol: c.symbol.canonical })));
  if (why?.reason === 'unknown') problems.push(problem('unknown-document', { written, near: labels(why.near ?? []) }));
  if (why?.reason === 'ambiguous') problems.push(problem('ambiguous', { written, candidates: labels(why.candidates) }));
  if (why?.reason === 'unknown-short-form')
    problems.push(problem('unknown-short-form', { label: written, defined: why.defined }, why.defined[0] ?? ''));
  return problems;
}
