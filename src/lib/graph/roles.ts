import { asciiFold } from '../text/fold.ts';

/**
 * Words that make a citation an act of implementation rather than a passing mention, as the seeds use
 * them: "Thực hiện Quyết định số 368/QĐ-TTg…", "triển khai Chỉ thị số 12…", "theo Kế hoạch số 92…",
 * "Căn cứ …", "kết quả thực hiện …", "quán triệt …". Matched on ASCII-folded, lower-case text.
 */
const CUES = ['thuc hien', 'trien khai', 'theo', 'can cu', 'quan triet', 'cu the hoa'];

/** Requests a report answers ("Thực hiện Công văn số 1353…") are not directives it carries out. */
const NEVER_IMPLEMENTED = new Set(['Công văn', 'Thông báo']);

export type CitationRole = 'implements' | 'mentions';

export interface RoleInput {
  /** The sentence text before the citation. */
  before: string;
  documentType: string;
  /** True when the report's own title or `reportsOn` names the document. */
  namedByReport: boolean;
}

export function citationRole({ before, documentType, namedByReport }: RoleInput): CitationRole {
  if (NEVER_IMPLEMENTED.has(documentType)) return 'mentions';
  if (namedByReport) return 'implements';
  const folded = ` ${asciiFold(before).toLowerCase()} `;
  return CUES.some((cue) => folded.includes(` ${cue} `)) ? 'implements' : 'mentions';
}

/**
 * Sentence boundaries: a full stop followed by a space or line end, or a line end. The text is the rendered
 * report's (report/render.ts), where a line end separates blocks — a heading ("I. KẾT QUẢ…"), a paragraph, a
 * list item — so a quote never runs on into the next heading ("… cụ thể: I.").
 */
const BOUNDARY = /[.!?](?=\s|$)|\n\s*/g;

export interface Sentences {
  text: string;
  /** Sorted [start, end) of each sentence. */
  spans: [number, number][];
}

/** Splits once per text; lookups are then a binary search per citation. */
export function splitSentences(text: string): Sentences {
  const spans: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const to = m.index + (m[0].startsWith('\n') ? 0 : 1);
    if (to > from) spans.push([from, to]);
    from = m.index + m[0].length;
  }
  if (from < text.length) spans.push([from, text.length]);
  return { text, spans };
}

/** The sentence holding position `start` (a citation may run past its end): full text and the part before. */
export function sentenceAt({ text, spans }: Sentences, start: number, end: number): { sentence: string; before: string } {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid][0] <= start) lo = mid;
    else hi = mid - 1;
  }
  const [from, to] = spans[lo] ?? [0, text.length];
  return { sentence: text.slice(from, Math.max(to, end)).replace(/\s+/g, ' ').trim(), before: text.slice(from, start) };
}
