/**
 * Candidate citations in folded offsets, before they are merged and mapped back to the input. One builder per
 * anchor: a số ký hiệu, a type word with a bare number, a known name.
 */
import type { CitationKind } from '../model.ts';
import type { IssuerInfo } from '../read/issuer.ts';
import type { TypeWord } from '../read/type-words.ts';
import { describe, tokenize, SYMBOL_CANDIDATE, type SymbolInfo } from '../read/symbol.ts';
import { readAfter, type After, type Span } from './after.ts';
import { clauseBefore, pinpointBefore, typeBefore } from './before.ts';
import { findBare, labelKey } from './short-forms.ts';
import { findPlenums } from './plenums.ts';
import { findNames } from './names.ts';
import { findLawNames } from './law-names.ts';
import type { PhraseTrie } from '../read/phrase-trie.ts';
import { original, upperAt, type Source } from '../read/source.ts';

/** A citation being found, every part a folded span (see Span): merged, bound and mapped back in find.ts. */
export interface Draft extends Span {
  kind: CitationKind;
  typeWord?: Partial<Span> & { word: TypeWord };
  pinpoint?: Span;
  /** The parse, not the token: drafts live until the whole text is read, and parses are shared (memoised). */
  symbol?: Span & { info: SymbolInfo };
  date?: Span & { iso: string };
  issuer?: Span & { info: IssuerInfo };
  title?: Span;
  label?: Span & { key: string; number?: string; year?: string };
  defines?: Span & { key: string };
  definedBy?: Draft;
  inherited?: ('type' | 'date' | 'issuer')[];
  year?: string;
  revised?: boolean;
  amends?: string;
  /** The plenum that adopted a resolution named by it: 4 and "XII" in "Nghị quyết Trung ương 4 khóa XII". */
  plenum?: { number: number; term?: string };
}

/** Which kind wins when two candidates overlap. */
export const RANK: Record<CitationKind, number> = { full: 0, symbol: 1, 'short-form': 2, 'law-name': 3, plenum: 3, alias: 4, number: 4 };

/**
 * The type word ending at `at`, if it is one: an abbreviation counts only in capitals, as written ("NĐ", or
 * "ND" typed without the bar; "HĐ" — hợp đồng — is not "HD", Hướng dẫn).
 */
export function typedAt(src: Source, at: number): (Span & { word: TypeWord }) | undefined {
  const typed = typeBefore(src.folded, at);
  if (!typed?.word.abbreviation) return typed;
  const written = original(src, typed.fs, typed.fe).text.normalize('NFC').replace(/[ÐƉ]/g, 'Đ');
  return written === typed.word.written || written === typed.word.folded.toUpperCase() ? typed : undefined;
}

/**
 * Date and issuer for a citation: its own, written after it; else those of the clause that introduces it
 * ("Ngày 19/5/2015, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW"), which lie outside its span.
 */
function withClause(folded: string, typedStart: number | undefined, after: After): Pick<Draft, 'date' | 'issuer' | 'year' | 'inherited'> {
  const own = { date: after.date, issuer: after.issuer, year: after.year };
  if (typedStart === undefined || after.date || after.issuer) return own;
  const clause = clauseBefore(folded, typedStart);
  if (!clause) return own;
  const inherited: ('date' | 'issuer')[] = clause.date ? ['date', 'issuer'] : ['issuer'];
  return { date: clause.date, issuer: clause.issuer, year: clause.year ?? after.year, inherited };
}

export function symbolDrafts(src: Source): Draft[] {
  const { folded } = src;
  const drafts: Draft[] = [];
  SYMBOL_CANDIDATE.lastIndex = 0;
  for (let m = SYMBOL_CANDIDATE.exec(folded); m; m = SYMBOL_CANDIDATE.exec(folded)) {
    let token = tokenize(folded, m.index, m.index + m[0].length);
    if (!token) continue;
    // "80 / 2020 / NĐ - CP" is a symbol; "27/NQ-CP - văn bản" is not "27/NQ-CP-VAN": spaced parts must be capitals.
    const bad = token.spaced.findIndex((spaced, i) => spaced && !capitals(src, token!.segmentStarts[i], token!.segments[i].length));
    if (bad === 0) continue;
    if (bad > 0) token = tokenize(folded, m.index, token.segmentStarts[bad - 1] + token.segments[bad - 1].length);
    // "giai đoạn 2021-2025" is a range of years, not a number with a year.
    if (!token || (token.year && token.separators[0] === '-')) continue;
    const typed = typedAt(src, token.start);
    // A bare "3-A" or "15/QĐ" needs a type word; "36-NQ/TW", "80/2020/NĐ-CP" stand alone.
    if (!typed && token.segments.length < 2 && !token.year) continue;
    const after = readAfter(folded, token.end);
    const pinpoint = typed ? pinpointBefore(folded, typed.fs) : null;
    const { year: _year, ...context } = withClause(folded, typed?.fs, after);
    drafts.push({
      fs: pinpoint?.fs ?? typed?.fs ?? token.start,
      fe: after.end,
      kind: typed ? 'full' : 'symbol',
      typeWord: typed,
      pinpoint: pinpoint ?? undefined,
      symbol: { fs: token.start, fe: token.end, info: describe(token) },
      ...context,
    });
  }
  return drafts;
}

/** A code as officials write it: capitals, at most one small letter (TTg, SNgV, CTr). */
function capitals(src: Source, fs: number, length: number): boolean {
  const { start, text } = original(src, fs, fs + length);
  const small = text.normalize('NFC').match(/\p{Ll}/gu)?.length ?? 0;
  return start >= 0 && upperAt(src, fs) && small <= 1;
}

const LIST_GAP = /^\s*(?:,|;|va|,\s*va)\s*(?:so\s*:?\s*)?$/;

/**
 * "Các Nghị quyết số 01/NQ-CP và 02/NQ-CP ngày 01/01/2021 của Chính phủ": the second item takes the type of the
 * first, the first takes the date and issuer of the last.
 */
export function shareListFields(folded: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const [a, b] = [drafts[i - 1], drafts[i]];
    if (!a.symbol || !b.symbol || b.typeWord || !a.typeWord) continue;
    if (!LIST_GAP.test(folded.slice(a.fe, b.symbol.fs))) continue;
    b.typeWord = { word: a.typeWord.word };
    (b.inherited ??= []).push('type');
  }
  for (let i = drafts.length - 2; i >= 0; i--) {
    const [a, b] = [drafts[i], drafts[i + 1]];
    if (!a.symbol || !b.symbol || a.date || a.issuer || !b.inherited?.includes('type')) continue;
    if (!LIST_GAP.test(folded.slice(a.symbol.fe, b.symbol.fs))) continue;
    if (b.date) (a.inherited ??= []).push('date'), (a.date = { ...b.date });
    if (b.issuer) (a.inherited ??= []).push('issuer'), (a.issuer = { ...b.issuer });
  }
}

/**
 * What surrounds a citation that starts with its type word at `fs` and ends at `fe`: the pinpoint before it,
 * the date and issuer after it (or those of the clause that introduces it).
 */
function aroundTyped(src: Source, fs: number, fe: number, readYear: boolean): Pick<Draft, 'fs' | 'fe' | 'pinpoint' | 'date' | 'issuer' | 'year' | 'inherited'> {
  const pinpoint = pinpointBefore(src.folded, fs);
  const after = readAfter(src.folded, fe, readYear);
  return { fs: pinpoint?.fs ?? fs, fe: after.end, pinpoint: pinpoint ?? undefined, ...withClause(src.folded, fs, after) };
}

/** "Chỉ thị 45 ngày 19/5/2015 của Bộ Chính trị", "kế hoạch 92", "NĐ 80/2020": a type word and a bare number. */
export function bareDrafts(src: Source): Draft[] {
  return findBare(src.folded, (at) => typedAt(src, at)).map((bare) => ({
    ...aroundTyped(src, bare.fs, bare.fe, !bare.year),
    kind: 'number',
    typeWord: { fs: bare.fs, fe: bare.typeEnd, word: bare.word },
    label: { fs: bare.fs, fe: bare.fe, key: bare.key, number: bare.number, year: bare.year },
  }));
}

/** "Nghị quyết Trung ương 4 khóa XII": a Party resolution named by its plenum; "năm 2016" after it is its year. */
export function plenumDrafts(src: Source): Draft[] {
  return findPlenums(src.folded, (at) => typedAt(src, at)).map((p) => ({
    ...aroundTyped(src, p.fs, p.fe, true),
    kind: 'plenum',
    typeWord: p.typeWord,
    label: { fs: p.fs, fe: p.fe, key: labelKey(src.folded.slice(p.fs, p.fe)) },
    plenum: { number: p.number, term: p.term },
  }));
}

export function nameDrafts(src: Source, names: PhraseTrie<string> | undefined, kind: 'alias' | 'short-form' = 'alias'): Draft[] {
  return findNames(src.folded, names).map((name) => {
    const pinpoint = pinpointBefore(src.folded, name.fs);
    return { fs: pinpoint?.fs ?? name.fs, fe: name.fe, kind, pinpoint: pinpoint ?? undefined, label: { fs: name.fs, fe: name.fe, key: name.key } };
  });
}

/** "Luật Cư trú", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015" (the preamble's "Căn cứ"). */
export function lawDrafts(src: Source, names: PhraseTrie<string> | undefined): Draft[] {
  return findLawNames(src, names).map((law) => {
    const pinpoint = pinpointBefore(src.folded, law.fs);
    // The date a law was passed names its version as well as a year does.
    const after = readAfter(src.folded, law.fe);
    return {
      fs: pinpoint?.fs ?? law.fs,
      fe: after.end,
      date: after.date,
      issuer: after.issuer,
      kind: 'law-name',
      pinpoint: pinpoint ?? undefined,
      label: { fs: law.fs, fe: law.nameEnd, key: law.key },
      year: law.year,
      revised: law.revised,
      amends: law.amends,
    };
  });
}

/** Sorted, non-overlapping: on overlap the better rank wins, then the longer span. */
export function merge(drafts: Draft[]): Draft[] {
  const sorted = drafts.sort((a, b) => a.fs - b.fs || RANK[a.kind] - RANK[b.kind] || b.fe - a.fe);
  const kept: Draft[] = [];
  for (const draft of sorted) {
    const last = kept[kept.length - 1];
    if (!last || draft.fs >= last.fe) kept.push(draft);
    else if (RANK[draft.kind] < RANK[last.kind] || (RANK[draft.kind] === RANK[last.kind] && draft.fe - draft.fs > last.fe - last.fs))
      kept[kept.length - 1] = draft;
  }
  return kept;
}

const NAME_JOIN = /^\s{0,3},?\s{0,3}(?:so\s{0,3}:?\s{0,3})?$/;

/**
 * "Luật Cư trú số 68/2020/QH14 ngày 13/11/2020", "Nghị quyết Trung ương 6 khóa XII số 18-NQ/TW": a name followed
 * by its symbol is one citation, typed by the name ("Luật", the resolution's "Nghị quyết"), not a name and a
 * separate bare symbol.
 */
export function joinNamesAndSymbols(folded: string, drafts: Draft[], law: TypeWord): Draft[] {
  const joined: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const [name, next] = [drafts[i], drafts[i + 1]];
    const named = name.kind === 'law-name' || name.kind === 'plenum';
    if (named && next?.kind === 'symbol' && next.symbol && NAME_JOIN.test(folded.slice(name.fe, next.symbol.fs))) {
      const typeWord = name.typeWord ?? { word: law };
      joined.push({ ...next, fs: name.fs, kind: 'full', typeWord, pinpoint: name.pinpoint, label: name.label, year: name.year });
      i++;
    } else joined.push(name);
  }
  return joined;
}
