/**
 * Suggestions: the corrected text to put in place of a citation. The citation as written is kept — its "số",
 * its pinpoint, its word order — and only the wrong parts are replaced, so the suggestion can be pasted over
 * the span: "Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ" → "Nghị định số 80/2020/NĐ-CP ngày 08/7/2020
 * của Chính phủ".
 */
import { shortCitation } from '../../format/citation.ts';
import { formatDateVn } from '../../format/date.ts';
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

/** The citation's own text with the parts in `fixes` replaced; inherited parts are not in the span, so not fixed. */
export function rewrite(c: FoundCitation, fixes: Fixes): string {
  const inherited = new Set(c.inherited ?? []);
  let text = tidy(c.text);
  if (fixes.type && c.typeWord && !inherited.has('type')) text = replaceLoose(text, c.typeWord.written, fixes.type);
  if (fixes.symbol && c.symbol) text = replaceLoose(text, c.symbol.written, fixes.symbol);
  if (fixes.date && c.date && !inherited.has('date')) text = replaceLoose(text, c.date.written, fixes.date);
  if (fixes.issuer && c.issuer && !inherited.has('issuer')) text = replaceLoose(text, c.issuer.written, fixes.issuer);
  return text;
}

/** How to cite `doc` in the same register as `c`: full when `c` gave a date or issuer, else short. */
export function citeLike(c: FoundCitation, doc: CitableDocument): string {
  const full = (c.date && !c.inherited?.includes('date')) || (c.issuer && !c.inherited?.includes('issuer'));
  if (!full || doc.type === 'Luật') return shortCitation(doc);
  const issuer = doc.term ? `${doc.issuer} khóa ${doc.term}` : doc.issuer;
  return `${doc.type} số ${doc.symbol} ngày ${formatDateVn(doc.issuedOn)} của ${issuer}`;
}

/** "Kế hoạch 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi": enough to tell local documents apart. */
export function identify(doc: CitableDocument): string {
  return `${doc.type} ${doc.symbol} ngày ${formatDateVn(doc.issuedOn)} của ${doc.issuer}`;
}
