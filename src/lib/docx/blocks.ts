/**
 * A Word file's content as blocks (paragraphs, headings, list items, footnotes, table cells), read from the HTML
 * that mammoth makes of it. mammoth's HTML is small and regular — p, h1–h6, ul/ol/li, table/tr/td, strong, em,
 * sup, a, br, with & < > " escaped — so a tokenizer is enough and this stays pure, for the browser and the CLI.
 * Each block keeps its plain text (what the checker reads) and its Markdown (what add-report writes).
 */

export interface Block {
  tag: 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'li';
  /** Plain text: a line break as "\n", a footnote reference as Word shows it ("[1]"). */
  text: string;
  /** Inline Markdown: **bold**, *italic*, [^1] for a footnote reference, [text](url) for a link. */
  markdown: string;
  list?: { ordered: boolean; depth: number };
  /** For the footnotes mammoth lists at the end: the footnote's number. */
  footnote?: string;
  /** Inside a table: which table of the document, and the cell. */
  cell?: { table: number; row: number; column: number };
}

const TOKEN = /<(\/?)([a-z][a-z0-9]*)([^>]*?)\/?>|([^<]+)/g;
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCodePoint(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" } as Record<string, string>)[name],
  );
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : undefined;
}

/** Characters Markdown would read as syntax inside a paragraph. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

interface State {
  blocks: Block[];
  current?: Block;
  lists: boolean[];
  /** Open links: the closing Markdown to write, or null for a footnote back-link whose text is dropped. */
  links: (string | null)[];
  table: number;
  cell?: { table: number; row: number; column: number };
}

function flush(s: State): void {
  const b = s.current;
  if (b && (b.text.trim() || b.markdown.trim())) s.blocks.push({ ...b, text: b.text.trim(), markdown: b.markdown.trim() });
  s.current = undefined;
}

function open(s: State, tag: string, attrs: string): void {
  if (BLOCK_TAGS.has(tag)) {
    // A <p> inside a list item that has no text yet carries the item's list or footnote.
    const inherit = tag === 'p' && s.current?.tag === 'li' && !s.current.text.trim() ? s.current : undefined;
    flush(s);
    const id = tag === 'li' ? attr(attrs, 'id') : undefined;
    s.current = {
      tag: (inherit ? 'li' : tag) as Block['tag'],
      text: '',
      markdown: '',
      ...(inherit?.list && { list: inherit.list }),
      ...(inherit?.footnote && { footnote: inherit.footnote }),
      ...(tag === 'li' && !id?.startsWith('footnote-') && { list: { ordered: s.lists.at(-1) ?? false, depth: Math.max(0, s.lists.length - 1) } }),
      ...(id?.startsWith('footnote-') && { footnote: id.slice('footnote-'.length) }),
      ...(s.cell && { cell: s.cell }),
    };
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    flush(s);
    s.lists.push(tag === 'ol');
  } else if (tag === 'table') s.table++;
  else if (tag === 'tr') s.cell = { table: s.table, row: (s.cell?.table === s.table ? s.cell.row : -1) + 1, column: -1 };
  else if (tag === 'td' || tag === 'th') s.cell = s.cell && { ...s.cell, column: s.cell.column + 1 };
  else inline(s, tag, attrs);
}

function inline(s: State, tag: string, attrs: string): void {
  s.current ??= { tag: 'p', text: '', markdown: '', ...(s.cell && { cell: s.cell }) };
  const b = s.current;
  if (tag === 'br') {
    b.text += '\n';
    b.markdown += '\\\n';
  } else if (tag === 'strong') b.markdown += '**';
  else if (tag === 'em') b.markdown += '*';
  else if (tag === 'a') {
    const href = attr(attrs, 'href') ?? '';
    const note = /^#footnote-(\d+)$/.exec(href);
    if (note) {
      b.markdown += `[^${note[1]}]`;
      b.text += `[${note[1]}]`;
      s.links.push(null);
    } else if (href.startsWith('#footnote-ref-')) s.links.push(null);
    else {
      b.markdown += '[';
      s.links.push(`](${href})`);
    }
  }
}

function close(s: State, tag: string): void {
  if (BLOCK_TAGS.has(tag)) flush(s);
  else if (tag === 'ul' || tag === 'ol') {
    flush(s);
    s.lists.pop();
  } else if (tag === 'table') s.cell = undefined;
  else if (s.current && tag === 'strong') s.current.markdown += '**';
  else if (s.current && tag === 'em') s.current.markdown += '*';
  else if (s.current && tag === 'a') {
    const end = s.links.pop();
    if (end) s.current.markdown += end;
  }
}

export function blocksOfHtml(html: string): Block[] {
  const s: State = { blocks: [], lists: [], links: [], table: -1 };
  for (const m of html.matchAll(TOKEN)) {
    const [, slash, tag, attrs, raw] = m;
    if (raw !== undefined) {
      // Text inside a link that is dropped (a footnote's "↑", a reference's "[1]") is not written twice.
      if (s.links.includes(null)) continue;
      s.current ??= { tag: 'p', text: '', markdown: '', ...(s.cell && { cell: s.cell }) };
      const text = decode(raw);
      s.current.text += text;
      s.current.markdown += escapeMarkdown(text);
    } else if (slash) close(s, tag);
    else open(s, tag, attrs);
  }
  flush(s);
  return s.blocks;
}

/** The text the checker reads from a Word file: its blocks, one blank line between them. */
export function textOfBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
