/**
 * What the CLI prints (npm run cite): the JSON contract and a readable Vietnamese report with line:column
 * positions, its problems worded as everywhere else (problem-note.ts).
 */
import type { CatalogueIndex } from '../resolve/catalogue-index.ts';
import { defaultLink, type LinkFor } from './annotate.ts';
import { noteParts, shouldWrite } from './problem-note.ts';
import { resolvedId, type CheckedCitation, type Note, type Problem } from '../model.ts';

export interface CitationJson {
  start: number;
  end: number;
  text: string;
  /** Canonical symbol of the resolved entry; null when unresolved. */
  symbol: string | null;
  /** The symbol as the text wrote it; null when the citation has none (a short form, a law by name). */
  written: string | null;
  id: string | null;
  url: string | null;
  problems: Pick<Problem, 'code' | 'message' | 'suggestion'>[];
  /** Advice that is not an error (a first mention without date or issuer). */
  notes: Pick<Note, 'code' | 'message' | 'suggestion'>[];
}

export function toJson(citations: readonly CheckedCitation[], index: CatalogueIndex, linkFor: LinkFor = defaultLink): { citations: CitationJson[] } {
  return {
    citations: citations.map((c) => {
      const id = resolvedId(c);
      return {
        start: c.start,
        end: c.end,
        text: c.text,
        symbol: id ? (index.byId.get(id)?.symbol ?? null) : null,
        written: 'symbol' in c ? c.symbol.written : null,
        id,
        url: linkFor(c) ?? null,
        problems: c.problems.map(({ code, message, suggestion }) => ({ code, message, suggestion })),
        notes: c.notes.map(({ code, message, suggestion }) => ({ code, message, suggestion })),
      };
    }),
  };
}

/** 1-based line and column (UTF-16 units) of each offset. */
export function lineColumn(text: string): (offset: number) => [number, number] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - starts[lo] + 1];
  };
}

export function formatReport(
  input: string,
  citations: readonly CheckedCitation[],
  index: CatalogueIndex,
  linkFor: LinkFor = defaultLink,
): string {
  const position = lineColumn(input);
  const lines: string[] = [];
  for (const c of citations) {
    const [line, column] = position(c.start);
    const id = resolvedId(c);
    const doc = id ? index.byId.get(id) : undefined;
    const target = doc ? `${doc.type} ${doc.symbol} — ${linkFor(c) ?? doc.id}` : 'không có trong danh mục';
    lines.push(`${line}:${column}  ${c.text.replace(/\s+/g, ' ')}`, `    → ${target}`);
    for (const p of c.problems) lines.push(`    ✗ [${p.code}] ${p.message}`);
    for (const n of c.notes) lines.push(`    ℹ [${n.code}] ${n.message}`);
    for (const s of noteParts(c.problems, c.notes).suggestions) lines.push(`      ${shouldWrite(s)}`);
  }
  const resolved = citations.filter((c) => resolvedId(c)).length;
  const flagged = citations.filter((c) => c.problems.length).length;
  const problems = citations.reduce((n, c) => n + c.problems.length, 0);
  lines.push(
    '',
    citations.length
      ? `Tìm thấy ${citations.length} trích dẫn: ${resolved} khớp với danh mục; ${flagged} trích dẫn có tổng cộng ${problems} vấn đề.`
      : 'Không tìm thấy trích dẫn văn bản nào.',
  );
  return lines.join('\n');
}
