import { parseHTML } from 'linkedom';
import { readPage } from './dist.ts';

/** A built page as a DOM document, for assertions on content. */
export function loadPage(path: string): Document {
  return parseHTML(readPage(path)).document as unknown as Document;
}

/** Visible text with runs of white space folded. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The attribute table as label → value (without the "chưa xác minh" marker). */
export function attributeMap(doc: Document): Record<string, string> {
  const rows = [...doc.querySelectorAll('table.attributes tr')];
  return Object.fromEntries(rows.map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('td')).replace(/ chưa xác minh$/, '')]));
}
