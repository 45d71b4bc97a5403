/**
 * Word-trie matching of known phrases (law names, aliases, provinces) on folded text: case-, diacritic- and
 * punctuation-blind between words, so "Luật phòng chống mua bán người" (seed 000, no comma) finds
 * "Luật Phòng, chống mua bán người", and "Chỉ thị 12" finds the alias "Chỉ thị số 12".
 * Cost per position: at most `maxWords` map lookups — no regex alternation over hundreds of phrases.
 */
import { foldWords } from '../../text/fold.ts';
import { endOf } from './sticky.ts';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values?: T[];
}

export interface PhraseTrie<T> {
  root: TrieNode<T>;
  /** First words of all phrases. */
  firstWords: Set<string>;
  /** First two words (or the only word) of all phrases, for an anchor regex: "luat cu", "nq 36". */
  prefixes: Set<string>;
  maxWords: number;
}

export interface PhraseMatch<T> {
  /** Folded span. */
  start: number;
  end: number;
  values: T[];
}

export function phraseKey(phrase: string): string {
  return foldWords(phrase).join(' ');
}

export function buildTrie<T>(entries: Iterable<[string, T]>): PhraseTrie<T> {
  const trie: PhraseTrie<T> = { root: { next: new Map() }, firstWords: new Set(), prefixes: new Set(), maxWords: 0 };
  for (const [phrase, value] of entries) {
    const words = foldWords(phrase);
    if (!words.length) continue;
    let node = trie.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    (node.values ??= []).includes(value) || node.values.push(value);
    trie.firstWords.add(words[0]);
    trie.prefixes.add(words.slice(0, 2).join(' '));
    trie.maxWords = Math.max(trie.maxWords, words.length);
  }
  return trie;
}

const WORD = /[a-z0-9]+/y;
/** Between words: spaces, line breaks, commas, hyphens ("Phòng, chống"; "Bà Rịa - Vũng Tàu"). */
const GAP = /[\s,-]{1,4}/y;

/** The word starting at `at`, or null: `test` and a slice, not a match array per word looked up. */
function wordAt(folded: string, at: number): string | null {
  WORD.lastIndex = at;
  return WORD.test(folded) ? folded.slice(at, WORD.lastIndex) : null;
}

/** Longest phrase starting exactly at folded offset `at` (which must be a word start). */
export function matchAt<T>(trie: PhraseTrie<T>, folded: string, at: number): PhraseMatch<T> | null {
  let node = trie.root;
  let pos = at;
  let best: PhraseMatch<T> | null = null;
  for (let count = 0; count <= trie.maxWords + 1; count++) {
    if (count > 0) {
      pos = endOf(GAP, folded, pos);
      if (pos < 0) break;
    }
    const word = wordAt(folded, pos);
    if (word === null) break;
    const wordEnd = pos + word.length;
    const child = node.next.get(word);
    if (!child && word === 'so' && count > 0) {
      // "Chỉ thị số 12" against the key "chi thi 12": skip "số" when a number follows.
      const next = endOf(GAP, folded, wordEnd);
      if (next >= 0 && /\d/.test(folded[next] ?? '')) {
        pos = wordEnd;
        continue;
      }
    }
    if (!child) break;
    node = child;
    pos = wordEnd;
    if (node.values) best = { start: at, end: pos, values: node.values };
  }
  return best;
}
