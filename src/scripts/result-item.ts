// One search result, as both search UIs show it (the header box's options, the search page's list): the
// title, the exact marker, the status badge, the name, the meta line and, on the search page, Pagefind's
// excerpt. Imports only types from search-engine.ts, so the header script stays small until first focus.
import { formatDateVn } from '../lib/format/date.ts';
import { STANDINGS } from '../lib/format/status.ts';
import type { Hit } from './search-engine.ts';

export interface ItemShape {
  /** The title is a link (search page) rather than the text of a listbox option (header box). */
  link: boolean;
  /** Show Pagefind's excerpt under the meta line. */
  excerpt: boolean;
}

/** The parts of a result, appended to `li`; `li.dataset.exact` tells tests and styles an exact hit. */
export function fillItem(li: HTMLElement, hit: Hit, shape: ItemShape): void {
  const title = element(shape.link ? 'h3' : 'span', 'hit-title', '');
  if (shape.link) {
    const a = element('a', '', hit.title) as HTMLAnchorElement;
    a.href = hit.url;
    title.append(a);
  } else title.textContent = hit.title;
  const exact = exactLabel(hit);
  if (exact) {
    li.dataset.exact = hit.exact;
    title.append(' ', element('span', 'hit-exact', exact));
  }
  if (hit.status) title.append(' ', statusBadge(hit.status));
  li.append(title);
  if (hit.name) li.append(element(shape.link ? 'p' : 'span', 'hit-name', hit.name));
  li.append(element(shape.link ? 'p' : 'span', 'hit-meta meta', metaLine(hit)));
  if (shape.excerpt && hit.excerpt) {
    const p = element('p', 'hit-excerpt', '');
    p.innerHTML = hit.excerpt; // Pagefind's excerpt: page text with < and > escaped, <mark> added
    li.append(p);
  }
}

/** The status badge, as the document list prints it (components/StatusBadge.astro: same class and words). */
export function statusBadge(status: NonNullable<Hit['status']>): HTMLElement {
  const badge = element('span', `badge s-${status}`, STANDINGS[status]);
  badge.dataset.status = status;
  return badge;
}

/** The line under a result's title: what it is, who issued it, when. */
export function metaLine(hit: Hit): string {
  const date = hit.date ? formatDateVn(hit.date) : '';
  if (hit.kind === 'report') return ['Báo cáo', date && `năm ${hit.date!.slice(0, 4)}`].filter(Boolean).join(' · ');
  return [`Văn bản: ${hit.type}`, hit.issuer, date].filter(Boolean).join(' · ');
}

/** The exact marker's words, or undefined. */
export function exactLabel(hit: Hit): string | undefined {
  if (hit.exact === 'symbol') return 'Khớp chính xác số hiệu';
  if (hit.exact === 'name') return 'Khớp chính xác tên gọi';
  if (hit.exact === 'number') return 'Khớp số';
  return undefined;
}

function element(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}
