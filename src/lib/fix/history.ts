/**
 * Undo for the checker's "Sửa" and "Áp dụng tất cả": each apply records the draft as it was before, and undo
 * gives back the most recent one. Immutable, so the page keeps one value and tests compare plain arrays.
 */
export interface History {
  /** Drafts before each apply, oldest first. */
  readonly past: readonly string[];
}

/** Enough to walk back a session of fixes without keeping every version of a long draft. */
const DEPTH = 20;

export const EMPTY_HISTORY: History = { past: [] };

/** The history after an apply that changed `before` into something else. */
export function record(history: History, before: string): History {
  return { past: [...history.past, before].slice(-DEPTH) };
}

/** The draft before the last apply and the history without it; undefined when there is nothing to undo. */
export function undo(history: History): { text: string; history: History } | undefined {
  if (history.past.length === 0) return undefined;
  return { text: history.past[history.past.length - 1], history: { past: history.past.slice(0, -1) } };
}
