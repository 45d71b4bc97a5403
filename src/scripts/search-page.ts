// /tim-kiem/: the query, filters and order live in the URL (lib/search/params.ts), so a search can be
// shared; results render as the reader types. A query the exact table answers (a symbol, a name) shows its
// hit from the table's shard alone, with a "Tìm thêm trong toàn văn" button that loads Pagefind and the
// full-text results behind it (search-engine.ts says why); any other query goes to Pagefind at once.
import { FILTERS, type FilterName } from '../lib/search/record.ts';
import { hasCriteria, parseState, SORT_PARAM, stateToSearch, type SearchState, type SortKey } from '../lib/search/params.ts';
import { fillItem } from './result-item.ts';
import { answersAlone, interpret, search, type FilterCounts, type Hit, type SearchOutcome } from './search-engine.ts';

const PAGE = 20;

interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  message: HTMLElement;
  heading: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  fullText: HTMLButtonElement;
  selects: Map<FilterName, HTMLSelectElement>;
  sort: HTMLSelectElement;
  filterBox: HTMLDetailsElement | null;
  chosen: HTMLElement | null;
}

/** What one page's searches share: the newest search's number (older answers are dropped) and what is shown. */
interface Session {
  parts: Parts;
  generation: number;
  outcome?: SearchOutcome;
  /** The search whose exact hits are shown alone, for "Tìm thêm trong toàn văn". */
  exactOnly?: SearchState;
  timer?: ReturnType<typeof setTimeout>;
}

export function setupSearchPage(): void {
  const parts = findParts();
  if (!parts) return;
  const session: Session = { parts, generation: 0 };
  const { form, input } = parts;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(session.timer);
    update(session, true);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update(session, true);
  });
  input.addEventListener('input', () => {
    clearTimeout(session.timer);
    session.timer = setTimeout(() => update(session, false), 200);
  });
  parts.fullText.addEventListener('click', () => void moreFullText(session));
  parts.more.addEventListener('click', () => void nextPage(session));
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    fillState(parts, state);
    void run(session, state);
  });
  const initial = parseState(location.search);
  fillState(parts, initial);
  void run(session, initial);
}

/** The form's state into the URL (a new history entry for a submitted or filtered search), then the search. */
function update(session: Session, push: boolean): void {
  const state = readState(session.parts);
  const url = `/tim-kiem/${stateToSearch(state)}`;
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void run(session, state);
}

async function run(session: Session, state: SearchState): Promise<void> {
  const { parts } = session;
  const mine = ++session.generation;
  const active = Object.keys(state.filters).length;
  if (parts.chosen) parts.chosen.textContent = active ? `(đang lọc theo ${active} mục)` : '';
  session.exactOnly = undefined;
  if (!hasCriteria(state)) return showEmpty(parts);
  parts.status.textContent = 'Đang tìm…';
  // The exact table first: an exact hit by symbol or name is shown without Pagefind.
  const early = state.q ? await interpret(state.q).catch(() => undefined) : undefined;
  if (mine !== session.generation) return;
  if (early && answersAlone(early.interpretation, state)) {
    session.outcome = undefined;
    session.exactOnly = state;
    return showExact(parts, state, early.hits);
  }
  await full(session, state, mine);
}

/** Pagefind's results (behind the table's exact hits), unless a newer search has started meanwhile. */
async function full(session: Session, state: SearchState, mine: number): Promise<void> {
  const { parts } = session;
  session.exactOnly = undefined;
  parts.fullText.hidden = true;
  try {
    const found = await search(state, PAGE);
    if (mine !== session.generation) return;
    session.outcome = found;
    show(parts, state, found);
  } catch {
    if (mine !== session.generation) return;
    parts.status.textContent = 'Chưa tải được chỉ mục tìm kiếm. Mời tải lại trang, hoặc tra theo danh mục văn bản.';
  }
}

/** "Tìm thêm trong toàn văn": the exact hits stay first; the reader lands on the first of what was added. */
async function moreFullText(session: Session): Promise<void> {
  const { parts, exactOnly: state } = session;
  if (!state) return;
  const mine = ++session.generation;
  const before = parts.list.children.length;
  parts.fullText.disabled = true;
  parts.status.textContent = 'Đang tìm trong toàn văn…';
  await full(session, state, mine);
  if (mine !== session.generation) return;
  (parts.list.children[before] ?? parts.list.children[0])?.querySelector('a')?.focus();
}

/** "Xem thêm kết quả": the next page of results, and the focus on the first of them. */
async function nextPage({ parts, outcome }: Session): Promise<void> {
  if (!outcome) return;
  const before = outcome.hits.length;
  const hasMore = await outcome.more(PAGE);
  parts.list.append(...outcome.hits.slice(before).map(item));
  parts.more.hidden = !hasMore && outcome.hits.length >= outcome.total;
  (parts.list.children[before]?.querySelector('a') as HTMLElement | null)?.focus();
}

function findParts(): Parts | undefined {
  const form = document.getElementById('tk') as HTMLFormElement | null;
  const input = document.getElementById('tk-q') as HTMLInputElement | null;
  const status = document.getElementById('tk-trang-thai');
  const message = document.getElementById('tk-thong-bao');
  const heading = document.getElementById('tk-tieu-de');
  const list = document.getElementById('tk-ket-qua') as HTMLOListElement | null;
  const more = document.getElementById('tk-them') as HTMLButtonElement | null;
  const fullText = document.getElementById('tk-toan-van') as HTMLButtonElement | null;
  if (!form || !input || !status || !message || !heading || !list || !more || !fullText) return undefined;
  document.getElementById('tk-khong-js')?.remove();
  form.hidden = false;
  const selects = new Map(FILTERS.map(({ name, param }) => [name, form.elements.namedItem(param) as HTMLSelectElement]));
  const sort = form.elements.namedItem(SORT_PARAM) as HTMLSelectElement;
  const filterBox = document.getElementById('tk-loc') as HTMLDetailsElement | null;
  return { form, input, status, message, heading, list, more, fullText, selects, sort, filterBox, chosen: document.getElementById('tk-loc-dang-chon') };
}

function readState({ input, selects, sort }: Parts): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [name, select] of selects) if (select.value) filters[name] = select.value;
  return { q: input.value.trim(), filters, sort: sort.value as SortKey };
}

function fillState({ input, selects, sort, filterBox }: Parts, state: SearchState): void {
  input.value = state.q;
  for (const [name, select] of selects) {
    const value = state.filters[name] ?? '';
    // A value from a shared link that this build does not list still filters; show it as a choice.
    if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
    select.value = value;
  }
  sort.value = state.sort;
  // Open on wide screens, or when a shared link carries filters; on a phone they wait behind the summary.
  if (filterBox && (matchMedia('(min-width: 48rem)').matches || Object.keys(state.filters).length)) filterBox.open = true;
}

function showEmpty(parts: Parts): void {
  parts.list.replaceChildren();
  parts.list.removeAttribute('data-total');
  for (const el of [parts.heading, parts.message, parts.more, parts.fullText]) el.hidden = true;
  parts.status.textContent = 'Nhập số hiệu, tên gọi hoặc nội dung cần tìm, hoặc chọn một bộ lọc.';
  counts(parts, {});
}

/** The exact hits alone; Pagefind waits for the button. */
function showExact(parts: Parts, state: SearchState, hits: Hit[]): void {
  parts.list.replaceChildren(...hits.map(item));
  parts.list.dataset.total = String(hits.length);
  parts.message.hidden = true;
  parts.message.textContent = '';
  parts.heading.hidden = false;
  parts.heading.textContent = 'Kết quả';
  parts.status.textContent = `Khớp chính xác. ${hits.length} kết quả cho “${state.q}”; có thể tìm thêm trong toàn văn.`;
  parts.more.hidden = true;
  parts.fullText.hidden = false;
  parts.fullText.disabled = false;
  counts(parts, {});
}

function show(parts: Parts, state: SearchState, found: SearchOutcome): void {
  const { interpretation, hits, total } = found;
  parts.list.replaceChildren(...hits.map(item));
  parts.list.dataset.total = String(total);
  const missing = interpretation.kind === 'missing';
  parts.message.hidden = !missing;
  parts.message.textContent = missing ? `${interpretation.message}.` : '';
  parts.heading.hidden = hits.length === 0;
  parts.heading.textContent = missing ? 'Có phải bạn muốn tìm …' : 'Kết quả';
  parts.status.textContent = statusText(state, found);
  parts.more.hidden = hits.length >= total;
  counts(parts, found.counts);
}

function statusText(state: SearchState, { interpretation, total }: SearchOutcome): string {
  if (interpretation.kind === 'missing') return `${interpretation.message}. ${total} gợi ý.`;
  const filtered = Object.keys(state.filters).length ? ' (đã lọc)' : '';
  const what = state.q ? ` cho “${state.q}”` : '';
  if (!total) return `Không tìm thấy kết quả${what}${filtered}.`;
  const exact = interpretation.kind === 'exact' && interpretation.reason !== 'number' ? 'Khớp chính xác. ' : '';
  return `${exact}${total} kết quả${what}${filtered}.`;
}

/** Shows, beside each filter value, how many results it would leave. */
function counts({ selects }: Parts, byFilter: FilterCounts): void {
  for (const [name, select] of selects) {
    for (const option of select.options) {
      const label = option.dataset.label;
      if (!label) continue;
      const n = byFilter[name]?.[label];
      option.textContent = n === undefined ? label : `${label} (${n})`;
    }
  }
}

function item(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  fillItem(li, hit, { link: true, excerpt: true });
  if (hit.exact) li.classList.add('is-exact');
  return li;
}
