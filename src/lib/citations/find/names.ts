/**
 * Names known to the catalogue that are not laws (aliases such as "Đề án Huy động", and the labels a text
 * defines) — found with a word trie. The finder gets the trie from the catalogue index, so
 * `findCitations(text)` alone still finds everything that has a số ký hiệu or a type word.
 */
import { matchAt, type PhraseTrie } from '../read/phrase-trie.ts';

export interface NameCandidate {
  fs: number;
  fe: number;
  /** Key of the phrase matched (trie value): "luat cu tru". */
  key: string;
}

const anchors = new WeakMap<PhraseTrie<unknown>, RegExp | null>();
/** Beyond this many prefixes an alternation costs more per position than looking every word up in the trie. */
const MAX_PREFIXES = 64;

function anchorFor(trie: PhraseTrie<unknown>): RegExp | null {
  const cached = anchors.get(trie);
  if (cached !== undefined) return cached;
  let anchor: RegExp | null = null;
  if (trie.prefixes.size && trie.prefixes.size <= MAX_PREFIXES) {
    // Two words, not one: "luật" alone is everywhere ("pháp luật"), "luật cư" is not.
    const prefixes = [...trie.prefixes]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/ /g, '[\\s,-]{1,4}'))
      .join('|');
    const initials = [...new Set([...trie.firstWords].map((w) => w[0]))].join('');
    anchor = new RegExp(`(?=[${initials}])(?<![a-z0-9])(?:${prefixes})(?![a-z0-9])`, 'g');
  }
  anchors.set(trie, anchor);
  return anchor;
}

/** Every word of the text whose first word starts a phrase (many phrases: a text defining hundreds of labels). */
const WORDS = /[a-z0-9]+/g;

/** A name followed by a symbol continuation is the start of something else ("NQ 36-NQ/TW"). */
const CONTINUES = /\s{0,2}[-/.]\s{0,2}[0-9a-z]/y;

export function findNames(folded: string, trie: PhraseTrie<string> | undefined): NameCandidate[] {
  if (!trie?.prefixes.size) return [];
  const found: NameCandidate[] = [];
  const anchor = anchorFor(trie) ?? WORDS;
  const byWord = anchor === WORDS;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(folded); m; m = anchor.exec(folded)) {
    if (byWord && !trie.firstWords.has(m[0])) continue;
    const match = matchAt(trie, folded, m.index);
    if (!match) continue;
    CONTINUES.lastIndex = match.end;
    if (/\d$/.test(folded.slice(match.start, match.end)) && CONTINUES.test(folded)) continue;
    const key = match.values[0];
    // Laws by name are read by law-names.ts, which also reads their year and qualifier.
    if (!key.startsWith('luat ')) found.push({ fs: match.start, fe: match.end, key });
    anchor.lastIndex = match.end;
  }
  return found;
}
