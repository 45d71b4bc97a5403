/**
 * End of a sticky pattern matched exactly at `at`, or -1. `test` and lastIndex, not `exec`: the readers call
 * this at every candidate of a text, and a match array per call is garbage that a 100 MB text pays for.
 */
export function endOf(pattern: RegExp, folded: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(folded) ? pattern.lastIndex : -1;
}
