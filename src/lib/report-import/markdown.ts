/**
 * A report's body as Markdown, faithful to the Word file: Word headings and the numbered headings reports type
 * by hand ("I. KẾT QUẢ…", a bold "1. Công tác…") become ##/###/####, lists stay lists, footnotes become GFM
 * footnotes, a table in the body a GFM table. Headings sit under the page's own h1 (the report's title).
 */
import type { Block } from '../docx/blocks.ts';

const WORD_HEADING: Record<string, string> = { h1: '##', h2: '###', h3: '####', h4: '#####', h5: '######', h6: '######' };

/** A paragraph that is wholly bold: "**…**" with no other bold run inside. */
const allBold = (md: string) => /^\*\*[^*]+\*\*$/.test(md);

/** The Markdown heading level of a typed heading, or undefined for a plain paragraph. */
function typedHeading(b: Block): string | undefined {
  const t = b.text;
  const short = t.length <= 200 && !/[.;:]$/.test(t);
  if (/^[IVXLC]+\.\s/.test(t) && short && (allBold(b.markdown) || t === t.toUpperCase())) return '##';
  if (/^\d+\.\d+\.\s/.test(t) && short && allBold(b.markdown)) return '####';
  if (/^\d+\.\s/.test(t) && short && allBold(b.markdown)) return '###';
  return undefined;
}

/** Plain-paragraph Markdown that must not turn into a list or a heading by accident ("1. Kết quả…", "# …"). */
function paragraph(md: string): string {
  return md.replace(/^(\d+)\.(\s)/, '$1\\.$2').replace(/^#/, '\\#');
}

function blockMarkdown(b: Block): string {
  const word = WORD_HEADING[b.tag];
  if (word) return `${word} ${b.markdown.replace(/^\*\*(.*)\*\*$/s, '$1')}`;
  if (b.list) return `${'  '.repeat(b.list.depth)}${b.list.ordered ? '1.' : '-'} ${b.markdown}`;
  const typed = typedHeading(b);
  if (typed) return `${typed} ${b.markdown.replace(/^\*\*(.*)\*\*$/s, '$1')}`;
  return paragraph(b.markdown);
}

function tableMarkdown(cells: readonly Block[]): string {
  const rows: string[][] = [];
  for (const b of cells) {
    const { row, column } = b.cell!;
    rows[row] ??= [];
    const text = b.markdown.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    rows[row][column] = rows[row][column] ? `${rows[row][column]}<br>${text}` : text;
  }
  const width = Math.max(...rows.filter(Boolean).map((r) => r.length));
  const line = (r: string[] = []) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head, ...rest] = rows.filter(Boolean);
  return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}

/** The Markdown of `blocks` (a body), then the footnotes found anywhere in `all`. */
export function bodyMarkdown(blocks: readonly Block[], all: readonly Block[] = blocks): string {
  const parts: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.footnote) continue;
    if (b.cell) {
      let j = i;
      while (j < blocks.length && blocks[j].cell?.table === b.cell.table) j++;
      parts.push(tableMarkdown(blocks.slice(i, j)));
      i = j - 1;
    } else if (b.list && blocks[i - 1]?.list && parts.length) parts[parts.length - 1] += `\n${blockMarkdown(b)}`;
    else parts.push(blockMarkdown(b));
  }
  const notes = all.filter((b) => b.footnote).map((b) => `[^${b.footnote}]: ${b.markdown}`);
  return [...parts, ...notes].join('\n\n') + '\n';
}
