/**
 * A text being searched: the input as given and its folded copy (see normalize.ts). Stages work in folded
 * offsets and convert at the edge, so every reported span is a slice of the input exactly as given.
 */
import { fold, tidy } from '../../text/fold.ts';

export interface Source {
  input: string;
  folded: string;
  toOriginal(i: number): number;
}

export function makeSource(input: string): Source {
  const { text, toOriginal } = fold(input);
  return { input, folded: text, toOriginal };
}

/** Original span of a folded span. */
export function original(src: Source, fs: number, fe: number): { start: number; end: number; text: string } {
  const start = src.toOriginal(fs);
  const end = src.toOriginal(fe);
  return { start, end, text: src.input.slice(start, end) };
}

/** What the text wrote between two folded offsets, tidied (NFC, one space for any whitespace run). */
export function writtenAt(src: Source, fs: number, fe: number): string {
  return tidy(original(src, fs, fe).text);
}

/** Whether the original character at folded offset `i` is an upper-case letter. */
export function upperAt(src: Source, i: number): boolean {
  const ch = src.input[src.toOriginal(i)] ?? '';
  return ch !== ch.toLowerCase();
}
