import type { AnchoredCitation } from './render.ts';

export interface ProblemGroup {
  /** What is wrong, as the checker words it (the note in the text says the same, with the correct form). */
  message: string;
  /** The citation as first written with this problem, and where each place is in the page. */
  written: string;
  anchors: string[];
}

/**
 * The report's problems for the box above its text: each distinct problem once, with the places it occurs,
 * in order of first occurrence. "80/2022/NĐ-CP" written three times is one entry with three places, even
 * where one of them also has a wrong date.
 */
export function problemGroups(citations: readonly AnchoredCitation[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const c of citations)
    for (const { message } of c.problems) {
      const group = groups.get(message) ?? { message, written: c.text, anchors: [] };
      if (!group.anchors.includes(c.anchor)) group.anchors.push(c.anchor);
      groups.set(message, group);
    }
  return [...groups.values()];
}
