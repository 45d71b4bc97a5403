/**
 * Does a trích yếu as cited contradict the catalogue's? Cited titles are routinely shortened, paraphrased or run
 * on into the sentence, so only two kinds of difference count, and only when the two largely overlap:
 * - a negation dropped or added: seed 001 cites Nghị định 80/2020/NĐ-CP as "về … viện trợ không hoàn lại thuộc hỗ
 *   trợ phát triển chính thức", the decree is about aid "không thuộc" ODA — the opposite;
 * - a different period: "giai đoạn 2011-2015" for a strategy "giai đoạn 2011-2020".
 */
import { foldPhrase } from '../../text/fold.ts';
import { hasRun, titleWords } from '../read/title-words.ts';

const NEGATIONS = new Set(['khong', 'chua']);

/** A negation in `a` whose two neighbours stand side by side, unnegated, in `b`: [before, negation, after], or null. */
function droppedNegation(a: string[], b: string[]): string[] | null {
  for (let i = 1; i + 1 < a.length; i++) {
    if (!NEGATIONS.has(a[i])) continue;
    const [prev, next] = [a[i - 1], a[i + 1]];
    if (hasRun(b, [prev, next]) && !hasRun(b, [prev, a[i], next])) return [prev, a[i], next];
  }
  return null;
}

const RANGE = /((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)/g;

function ranges(text: string): string[] {
  return [...foldPhrase(text).matchAll(RANGE)].map((m) => `${m[1]}-${m[2]}`);
}

const actualCache = new Map<string, { words: string[]; ranges: string[]; plain: string }>();

/** Lower-case, without a leading "về"/"về việc": enough to see that a title was copied exactly. */
function plain(text: string): string {
  return text.toLowerCase().replace(/^về (việc )?/, '').replace(/[.;,\s]+$/, '');
}

/**
 * The words of the cited title that contradict the catalogue's, as the text writes them ("thuộc hỗ trợ", "không
 * thuộc", "2011-2015"), or null when the titles agree.
 */
export function wrongWords(cited: string, actual: string): string | null {
  let known = actualCache.get(actual);
  if (!known) actualCache.set(actual, (known = { words: titleWords(actual), ranges: ranges(actual), plain: plain(actual) }));
  // Most citations copy the title (or its beginning, or run on after it): nothing to compare word by word.
  const p = plain(cited);
  if (p.startsWith(known.plain) || known.plain.startsWith(p)) return null;
  const a = known.words;
  const c = titleWords(cited);
  if (a.length < 3 || c.length < 3) return null;
  const inCited = new Set(c);
  const shared = new Set(a.filter((w) => inCited.has(w))).size / new Set(a).size;
  if (shared < 0.6) return null;
  const dropped = droppedNegation(a, c);
  // The word that lost its negation ("thuộc" where the title says "không thuộc"), found after its neighbour.
  if (dropped) return asWritten(cited, [dropped[0], dropped[2]], 1);
  const added = droppedNegation(c, a);
  if (added) return asWritten(cited, added);
  const [rc, ra] = [ranges(cited), known.ranges];
  return rc.length > 0 && ra.length > 0 && !rc.some((r) => ra.includes(r)) ? asWritten(cited, rc[0].split('-')) : null;
}

/** The stretch of `cited` that spells the folded words `seq` in order (as written), from its `from`-th word. */
function asWritten(cited: string, seq: string[], from = 0): string {
  const nfc = cited.normalize('NFC');
  const spans = [...nfc.matchAll(/[\p{L}\p{N}]+/gu)];
  const folded = spans.map((m) => foldPhrase(m[0]));
  for (let i = 0; i + seq.length <= folded.length; i++)
    if (seq.every((w, j) => folded[i + j] === w)) {
      const last = spans[i + seq.length - 1];
      return nfc.slice(spans[i + from].index, (last.index ?? 0) + last[0].length);
    }
  return seq.slice(from).join(' ');
}
