/** What a reader is told about a citation's problems: each message, then each distinct correct form once. */
export function problemNote(problems: readonly { message: string; suggestion?: string }[]): string | undefined {
  if (problems.length === 0) return undefined;
  const suggestions = [...new Set(problems.map((p) => p.suggestion).filter(Boolean))];
  return [...problems.map((p) => p.message), ...suggestions.map((s) => `Nên viết: “${s}”.`)].join(' ');
}
