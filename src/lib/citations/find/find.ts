/**
 * find: text → FoundCitation[]. Anchors are located with precompiled, bounded regexes over the folded copy;
 * everything around an anchor is read in windows of at most a few hundred characters (context.ts), so time
 * grows linearly with the text. Spans are mapped back to the input at the very end.
 */
import type { AliasCitation, FoundCitation } from '../model.ts';
import { readDefinition, readTitle, type Span } from './after.ts';
import { changeBefore } from './before.ts';
import { bareDrafts, joinNamesAndSymbols, lawDrafts, merge, nameDrafts, plenumDrafts, shareListFields, symbolDrafts, type Draft } from './drafts.ts';
import { typeWord } from '../read/type-words.ts';
import { isBareLabel, labelKey } from './short-forms.ts';
import { buildTrie, type PhraseTrie } from '../read/phrase-trie.ts';
import { makeSource, original, writtenAt, type Source } from '../read/source.ts';
import { tidy } from '../../text/fold.ts';

export interface FindOptions {
  /** Known names (law names, aliases) from the catalogue index; keys are phrase keys. */
  names?: PhraseTrie<string>;
}

export function findCitations(input: string, options: FindOptions = {}): FoundCitation[] {
  const src = makeSource(input);
  const symbols = symbolDrafts(src);
  shareListFields(src.folded, symbols);
  let drafts = merge([...symbols, ...bareDrafts(src), ...plenumDrafts(src), ...nameDrafts(src, options.names), ...lawDrafts(src, options.names)]);
  drafts = joinNamesAndSymbols(src.folded, drafts, typeWord('luat')!);
  const zones = attachTitlesAndDefinitions(src, drafts);
  drafts = bindShortForms(src, outside(drafts, zones), zones);
  const index = new Map(drafts.map((d, i) => [d, i]));
  return drafts.map((d) => toFound(src, d, index));
}

/** Reads each citation's trích yếu and short-form definition; returns the label spans (not citations themselves). */
function attachTitlesAndDefinitions(src: Source, drafts: Draft[]): Span[] {
  const zones: Span[] = [];
  drafts.forEach((draft, i) => {
    const limit = drafts[i + 1]?.fs ?? src.folded.length;
    // A name's own "về …" is part of the name (law-names.ts); after its year or a number it is a trích yếu.
    if (draft.symbol || draft.kind === 'number' || draft.plenum || (draft.kind === 'law-name' && draft.year))
      draft.title = readTitle(src.folded, draft.fe, limit) ?? undefined;
    const definition = readDefinition(src.folded, draft.title?.fe ?? draft.fe);
    if (!definition) return;
    draft.defines = { ...definition, key: labelKey(src.folded.slice(definition.fs, definition.fe)) };
    zones.push(definition);
  });
  return zones;
}

/**
 * Turns mentions of defined labels into short forms. Type + number labels were already found as aliases; other
 * labels ("gọi tắt là Đề án Huy động") are looked up with a trie of this text's definitions.
 */
function bindShortForms(src: Source, drafts: Draft[], zones: Span[]): Draft[] {
  // The nearest definition before a mention; a mention before any definition takes the first one.
  const latest = new Map<string, Draft>();
  for (const draft of drafts) if (draft.defines && !latest.has(draft.defines.key)) latest.set(draft.defines.key, draft);
  if (!latest.size) return drafts;
  // Type + number labels are already found; only other labels ("Đề án Huy động") need a scan of their own.
  const plain = [...latest.keys()].filter((key) => !isBareLabel(key) && (/\d/.test(key) || key.split(' ').length > 2));
  const extra = plain.length ? nameDrafts(src, buildTrie(plain.map((key): [string, string] => [key, key])), 'short-form') : [];
  const all = extra.length ? merge([...drafts, ...outside(extra, zones)]) : drafts;
  for (const draft of all) {
    if (draft.defines) latest.set(draft.defines.key, draft);
    if (!draft.label || draft.symbol) continue;
    const definer = latest.get(draft.label.key);
    if (definer && definer !== draft) {
      draft.kind = 'short-form';
      draft.definedBy = definer;
    } else if (draft.kind === 'short-form') draft.kind = draft.typeWord && draft.label.number ? 'number' : 'alias';
  }
  return all;
}

/** Drafts that do not overlap any zone; both lists sorted by start (linear, for 100 MB inputs). */
function outside(drafts: Draft[], zones: Span[]): Draft[] {
  if (!zones.length) return drafts;
  const kept: Draft[] = [];
  let z = 0;
  for (const draft of drafts) {
    while (z < zones.length && zones[z].fe <= draft.fs) z++;
    if (z < zones.length && zones[z].fs < draft.fe) continue;
    kept.push(draft);
  }
  return kept;
}

function toFound(src: Source, d: Draft, index: Map<Draft, number>): FoundCitation {
  // One object per citation, kind fields assigned onto the base: 100 MB of text makes millions of them.
  const base = baseOf(src, d);
  const typeWord = d.typeWord && {
    written: d.typeWord.fs === undefined || d.typeWord.fe === undefined ? d.typeWord.word.label : writtenAt(src, d.typeWord.fs, d.typeWord.fe),
    label: d.typeWord.word.label,
  };
  if (d.symbol) {
    const symbol = { written: writtenAt(src, d.symbol.fs, d.symbol.fe).replace(/\s+/g, ''), ...d.symbol.info };
    return Object.assign(base, { kind: d.kind === 'full' ? ('full' as const) : ('symbol' as const), symbol }, typeWord && { typeWord });
  }
  const { fs, fe, key, number, year } = d.label ?? { fs: d.fs, fe: d.fe, key: '' };
  const label = { written: writtenAt(src, fs, fe), key };
  const definedBy = d.definedBy && index.get(d.definedBy);
  if (d.kind === 'short-form' && definedBy !== undefined) return Object.assign(base, { kind: 'short-form' as const, label, definedBy });
  if (typeWord && number) return Object.assign(base, { kind: 'number' as const, typeWord, label: year ? { ...label, number, year } : { ...label, number } });
  if (typeWord && d.plenum) {
    const { number: plenum, term } = d.plenum;
    return Object.assign(base, { kind: 'plenum' as const, typeWord, label: term ? { ...label, plenum, term } : { ...label, plenum } });
  }
  if (d.kind === 'law-name')
    return Object.assign(base, { kind: 'law-name' as const, label }, d.revised && { revised: true }, d.amends && { amends: d.amends });
  return Object.assign(base, { kind: 'alias' as const, label });
}

/** The parts every kind may carry, mapped back to the input. */
function baseOf(src: Source, d: Draft): Omit<AliasCitation, 'kind' | 'label'> {
  const base: Omit<AliasCitation, 'kind' | 'label'> = original(src, d.fs, d.fe);
  if (d.date) base.date = { written: writtenAt(src, d.date.fs, d.date.fe), iso: d.date.iso };
  if (d.issuer) base.issuer = { written: writtenAt(src, d.issuer.fs, d.issuer.fe), ...d.issuer.info };
  if (d.year) base.year = d.year;
  if (d.title) {
    const title = original(src, d.title.fs, d.title.fe);
    base.title = tidy(title.text);
    if (title.text === base.title) base.titleAt = { start: title.start, end: title.end };
  }
  if (d.pinpoint) base.pinpoint = writtenAt(src, d.pinpoint.fs, d.pinpoint.fe);
  if (d.defines) base.defines = writtenAt(src, d.defines.fs, d.defines.fe);
  if (d.inherited) base.inherited = d.inherited;
  const change = changeBefore(src.folded, d.fs);
  if (change) base.changedHere = change;
  return base;
}
