/**
 * The one wording of a citation's problems, for all three outputs — the browser checker, the report page, the
 * CLI: each message in order, then the one correct form as "Nên viết: “…”."
 */
interface Said {
  message: string;
  suggestion?: string;
}

export interface NoteParts {
  messages: string[];
  /** Distinct suggestions (one per citation, as the checker gives them). */
  suggestions: string[];
}

export function noteParts(problems: readonly Said[], notes: readonly Said[] = []): NoteParts {
  const said = [...problems, ...notes];
  return { messages: said.map((p) => p.message), suggestions: [...new Set(said.map((p) => p.suggestion ?? '').filter(Boolean))] };
}

export const shouldWrite = (suggestion: string): string => `Nên viết: “${suggestion}”.`;

/** What a reader is told about a citation's problems (and notes), in one paragraph; undefined when nothing. */
export function problemNote(problems: readonly Said[], notes: readonly Said[] = []): string | undefined {
  const { messages, suggestions } = noteParts(problems, notes);
  if (!messages.length) return undefined;
  return [...messages, ...suggestions.map(shouldWrite)].join(' ');
}
