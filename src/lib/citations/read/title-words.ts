/**
 * A trích yếu as words to compare: folded, punctuation gone, without its leading "về" or "về việc". The check
 * compares a cited title with the catalogue's (check/title.ts); a plenum's resolution is told from its
 * siblings by the subject the text names (resolve/by-plenum.ts).
 */
import { foldPhrase } from '../../text/fold.ts';

const LEADS = [['ve', 'viec'], ['ve']];

export function titleWords(text: string): string[] {
  const list = foldPhrase(text).split(/[^a-z0-9]+/).filter(Boolean);
  for (const lead of LEADS) if (lead.every((w, i) => list[i] === w)) return list.slice(lead.length);
  return list;
}

/** Whether `seq` stands in `list` word for word, in order. */
export function hasRun(list: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= list.length; i++) {
    for (let j = 0; j < seq.length; j++) if (list[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}
