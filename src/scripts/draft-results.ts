// The checker's two views of one check: the list of citations (each with its problems, what to write instead,
// and buttons to copy or apply it) and the marked draft (each citation in place, its note printed under it, not
// hidden in a tooltip). A result and its place in the draft link to each other.
import { documentUrl, problemNote, resolvedId, type CatalogueIndex, type CheckedCitation } from '../lib/citations/index.ts';
import { suggestionsOf, type Correction } from '../lib/fix/corrections.ts';
import { draftPieces } from '../lib/fix/pieces.ts';

export interface ResultActions {
  copy(text: string, button: HTMLButtonElement): void;
  apply(correction: Correction): void;
}

export const resultId = (i: number) => `ket-qua-${i + 1}`;
const placeId = (i: number) => `trich-dan-${i + 1}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  return el('a', { href, ...(className && { className }) }, text);
}

function button(text: string, onClick: () => void, describedBy: string): HTMLButtonElement {
  const b = el('button', { type: 'button', className: 'small' }, text);
  b.setAttribute('aria-describedby', describedBy);
  b.addEventListener('click', onClick);
  return b;
}

function resultItem(c: CheckedCitation, i: number, index: CatalogueIndex, actions: ResultActions): HTMLLIElement {
  const id = resolvedId(c);
  const doc = id ? index.byId.get(id) : undefined;
  const item = el('li', { id: resultId(i), tabIndex: -1, className: c.problems.length ? 'result bad' : 'result' });
  item.append(el('p', { className: 'result-quote' }, `${i + 1}. “`, c.text, '”'));
  const links = el('p', { className: 'result-links' });
  links.append(doc ? link(documentUrl(doc.id), `${doc.type} ${doc.symbol}`) : 'Không có trong danh mục', ' · ', link(`#${placeId(i)}`, 'Xem trong bản thảo'));
  item.append(links);
  if (c.problems.length === 0 && c.notes.length === 0)
    item.append(el('p', { className: 'result-ok' }, doc ? 'Trích dẫn khớp với danh mục.' : 'Không có gì cần sửa.'));
  for (const p of c.problems) item.append(el('p', { className: 'result-problem' }, p.message));
  // First-mention notes (Nghị định 30/2020/NĐ-CP) are advice, not errors: shown apart from the problems.
  for (const n of c.notes) item.append(el('p', { className: 'result-note' }, n.message));
  suggestionsOf(c).forEach((s, j) => {
    const quoteId = `goi-y-${i + 1}-${j + 1}`;
    const box = el('div', { className: 'suggestion' }, el('p', {}, 'Nên viết: ', el('q', { id: quoteId }, s.text)));
    const copy = button('Chép', () => actions.copy(s.text, copy), quoteId);
    const tools = el('p', { className: 'suggestion-tools' }, copy);
    const correction = s.correction;
    if (correction) tools.append(button('Sửa', () => actions.apply(correction), quoteId));
    box.append(tools);
    item.append(box);
  });
  return item;
}

export function renderResults(list: HTMLElement, citations: readonly CheckedCitation[], index: CatalogueIndex, actions: ResultActions): void {
  list.replaceChildren(...citations.map((c, i) => resultItem(c, i, index, actions)));
}

function placed(c: CheckedCitation, i: number, index: CatalogueIndex): HTMLElement {
  const id = resolvedId(c);
  const doc = id ? index.byId.get(id) : undefined;
  const cite = doc ? link(documentUrl(doc.id), c.text, 'cite') : el('span', { className: 'cite cite-unresolved' }, c.text);
  const back = link(`#${resultId(i)}`, `[${i + 1}]`, 'cite-back');
  back.setAttribute('aria-label', `Về kết quả số ${i + 1}`);
  const place = el('span', { id: placeId(i), tabIndex: -1, className: 'cite-place' });
  if (!c.problems.length) {
    place.append(cite, back);
    return place;
  }
  const mark = el('mark', { className: 'cite-problem' }, cite);
  mark.dataset.problems = c.problems.map((p) => p.code).join(' ');
  place.append(mark, back, el('span', { className: 'cite-note' }, el('span', { className: 'cite-flag' }, 'Lỗi trích dẫn: '), problemNote(c.problems, c.notes) ?? ''));
  return place;
}

export function renderMarkedDraft(preview: HTMLElement, text: string, citations: readonly CheckedCitation[], index: CatalogueIndex): void {
  preview.replaceChildren(...draftPieces(text, citations).map((p) => ('text' in p ? p.text : placed(p.citation, p.index, index))));
}
