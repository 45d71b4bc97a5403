import type { Element, ElementContent, Nodes, Root, Text } from 'hast';

/** A span of the report's plain text to mark: a link when `href` is set, a problem note when `note` is. */
export interface Mark {
  start: number;
  end: number;
  anchor: string;
  href?: string;
  /** Shown in place after the citation: what is wrong and the correct form. */
  note?: string;
  /** Words of the text that are wrong (a cited title), not a citation: marked without a link. */
  words?: boolean;
}

interface Piece {
  node: Text;
  parent: Element | Root;
  start: number;
}

const SKIP = new Set(['code', 'pre', 'script', 'style']);

/**
 * The report's text as the reader sees it, with the text node each offset came from. The citation
 * engine runs on this text; marks then split the text nodes by offset, so nothing is ever matched or
 * replaced inside HTML.
 */
export function collectText(tree: Root): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const walk = (node: Nodes, parent: Element | Root) => {
    if (node.type === 'text') {
      pieces.push({ node, parent, start: text.length });
      text += node.value;
    } else if ((node.type === 'element' && !SKIP.has(node.tagName)) || node.type === 'root') {
      for (const child of node.children) walk(child, node as Element | Root);
    }
  };
  walk(tree, tree);
  return { text, pieces };
}

/** Wraps each mark's text in place; a mark crossing several text nodes is wrapped piece by piece. */
export function applyMarks(tree: Root, marks: Mark[]): void {
  const { pieces } = collectText(tree);
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  // Right to left, so earlier offsets stay valid while nodes are split.
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p];
    const end = piece.start + piece.node.value.length;
    const inside = sorted.filter((m) => m.start < end && m.end > piece.start);
    if (inside.length) splitPiece(piece, inside);
  }
}

function splitPiece(piece: Piece, marks: Mark[]): void {
  const { node, parent, start } = piece;
  const out: ElementContent[] = [];
  const inLink = parent.type === 'element' && parent.tagName === 'a';
  let cursor = 0;
  for (const mark of marks) {
    const from = Math.max(mark.start - start, 0);
    const to = Math.min(mark.end - start, node.value.length);
    if (from > cursor) out.push(text(node.value.slice(cursor, from)));
    const isFirst = mark.start >= start;
    const isLast = mark.end <= start + node.value.length;
    out.push(...wrap(text(node.value.slice(from, to)), mark, isFirst, isLast, inLink));
    cursor = to;
  }
  if (cursor < node.value.length) out.push(text(node.value.slice(cursor)));
  const siblings = parent.children as ElementContent[];
  siblings.splice(siblings.indexOf(node), 1, ...out);
}

function wrap(content: Text, mark: Mark, isFirst: boolean, isLast: boolean, inLink: boolean): ElementContent[] {
  const id = isFirst ? { id: mark.anchor } : {};
  const className = [mark.words ? 'cite-words' : 'cite'];
  const linked: ElementContent =
    mark.href && !inLink ? el('a', { href: mark.href, className, ...id }, [content]) : el('span', { className, ...id }, [content]);
  if (!mark.note) return [linked];
  const marked = el('mark', { className: ['cite-problem'] }, [linked]);
  if (!isLast) return [marked];
  const note = el('span', { className: ['cite-note'], role: 'note' }, [text(`⚠ Trích dẫn có vấn đề: ${mark.note}`)]);
  return [marked, text(' '), note];
}

const text = (value: string): Text => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
