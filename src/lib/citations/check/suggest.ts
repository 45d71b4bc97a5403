/**
 * Suggestions: the corrected text to put in place of a citation. The citation as written is kept — its "số",
 * its pinpoint, its word order — and only the wrong parts are replaced, so the suggestion can be pasted over
 * the span: "Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ" → "Nghị định số 80/2020/NĐ-CP ngày 08/7/2020
 * của Chính phủ". How a document is worded from scratch is format/citation.ts.
 */
import { fullCitation, shortCitation } from '../../format/citation.ts';
import type { CitableDocument, FoundCitation } from '../model.ts';
import { tidy } from '../../text/fold.ts';

export interface Fixes {
  type?: string;
  symbol?: string;
  date?: string;
  issuer?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces the first occurrence of `written`, tolerating whitespace between its characters (PDF line breaks). */
function replaceLoose(text: string, written: string, by: string): string {
  const at = text.indexOf(written);
  if (at !== -1) return text.slice(0, at) + by + text.slice(at + written.length);
  const pattern = new RegExp([...written.replace(/\s+/g, '')].map(escape).join('\\s*'), 'u');
  return text.replace(pattern, () => by);
}

/**
 * The citation's own text with the parts in `fixes` replaced; "" when nothing inside the span changes (the
 * wrong part was inherited from a list or from the clause before, outside the span).
 */
export function rewrite(c: FoundCitation, fixes: Fixes): string {
  const inherited = new Set(c.inherited ?? []);
  const before = tidy(c.text);
  let text = before;
  const typeWord = 'typeWord' in c ? c.typeWord : undefined;
  if (fixes.type && typeWord && !inherited.has('type')) text = replaceLoose(text, typeWord.written, fixes.type);
  if (fixes.symbol && 'symbol' in c) text = replaceLoose(text, c.symbol.written, fixes.symbol);
  if (fixes.date && c.date && !inherited.has('date')) text = replaceLoose(text, c.date.written, fixes.date);
  if (fixes.issuer && c.issuer && !inherited.has('issuer')) text = replaceLoose(text, c.issuer.written, fixes.issuer);
  return text === before ? '' : text;
}

/** How to cite `doc` in the same register as `c`: full when `c` wrote its own date or issuer, else short. */
export function citeLike(c: FoundCitation, doc: CitableDocument): string {
  const own = (part: 'date' | 'issuer') => c[part] && !c.inherited?.includes(part);
  return (own('date') || own('issuer')) && doc.type !== 'Luật' ? fullCitation(doc, false) : shortCitation(doc);
}
