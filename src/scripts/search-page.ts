// /tim-kiem/: the query, filters and order live in the URL (lib/search/params.ts), so a search can be
// shared; results render as the reader types. A query the exact table answers (a symbol, a name) shows its
// hit from the table's shard alone, with a "Tìm thêm trong toàn văn" button that loads Pagefind and the
// full-text results behind it (search-engine.ts says why); any other query goes to Pagefind at once.
import { FILTERS, type FilterName } from '../lib/search/record.ts';
import { hasCriteria, parseState, SORT_PARAM, stateToSearch, type SearchState, type SortKey } from '../lib/search/params.ts';
import { answersAlone, exactLabel, interpret, metaLine, search, type FilterCounts, type Hit, type SearchOutcome } from './search-engine.ts';

const PAGE = 20;

export function setupSearchPage(): void {
  const form = document.getElementById('tk') as HTMLFormElement | null;
  const input = document.getElementById('tk-q') as HTMLInputElement | null;
  const status = document.getElementById('tk-trang-thai');
  const message = document.getElementById('tk-thong-bao');
  const heading = document.getElementById('tk-tieu-de');
  const list = document.getElementById('tk-ket-qua') as HTMLOListElement | null;
  const more = document.getElementById('tk-them') as HTMLButtonElement | null;
  const fullText = document.getElementById('tk-toan-van') as HTMLButtonElement | null;
  if (!form || !input || !status || !message || !heading || !list || !more || !fullText) return;
  document.getElementById('tk-khong-js')?.remove();
  form.hidden = false;

  const selects = new Map<FilterName, HTMLSelectElement>(
    FILTERS.map(({ name, param }) => [name, form.elements.namedItem(param) as HTMLSelectElement]),
  );
  const sortSelect = form.elements.namedItem(SORT_PARAM) as HTMLSelectElement;
  const filterBox = document.getElementById('tk-loc') as HTMLDetailsElement | null;
  const chosen = document.getElementById('tk-loc-dang-chon');
  let generation = 0;
  let outcome: SearchOutcome | undefined;
  /** The search whose exact hits are shown alone, for "Tìm thêm trong toàn văn". */
  let exactOnly: SearchState | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    return { q: input.value.trim(), filters, sort: sortSelect.value as SortKey };
  };

  const fill = (state: SearchState) => {
    input.value = state.q;
    for (const [name, select] of selects) {
      const value = state.filters[name] ?? '';
      // A value from a shared link that this build does not list still filters; show it as a choice.
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    sortSelect.value = state.sort;
    // Open on wide screens, or when a shared link carries filters; on a phone they wait behind the summary.
    if (filterBox && (matchMedia('(min-width: 48rem)').matches || Object.keys(state.filters).length)) filterBox.open = true;
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    const active = Object.keys(state.filters).length;
    if (chosen) chosen.textContent = active ? `(đang lọc theo ${active} mục)` : '';
    if (!hasCriteria(state)) {
      list.replaceChildren();
      list.removeAttribute('data-total');
      heading.hidden = true;
      message.hidden = true;
      more.hidden = true;
      fullText.hidden = true;
      exactOnly = undefined;
      status.textContent = 'Nhập số hiệu, tên gọi hoặc nội dung cần tìm, hoặc chọn một bộ lọc.';
      counts({});
      return;
    }
    status.textContent = 'Đang tìm…';
    // The exact table first: an exact hit by symbol or name is shown without Pagefind.
    const early = state.q ? await interpret(state.q).catch(() => undefined) : undefined;
    if (mine !== generation) return;
    if (early && answersAlone(early.interpretation, state)) {
      showExact(state, early.hits);
      return;
    }
    await full(state, mine);
  };

  const full = async (state: SearchState, mine: number) => {
    exactOnly = undefined;
    fullText.hidden = true;
    try {
      const found = await search(state, PAGE);
      if (mine !== generation) return;
      outcome = found;
      show(state, found);
    } catch {
      if (mine !== generation) return;
      status.textContent = 'Chưa tải được chỉ mục tìm kiếm. Mời tải lại trang, hoặc tra theo danh mục văn bản.';
    }
  };

  /** The exact hits alone; Pagefind waits for the button. */
  const showExact = (state: SearchState, hits: Hit[]) => {
    outcome = undefined;
    exactOnly = state;
    list.replaceChildren(...hits.map(item));
    list.dataset.total = String(hits.length);
    message.hidden = true;
    message.textContent = '';
    heading.hidden = false;
    heading.textContent = 'Kết quả';
    status.textContent = `Khớp chính xác. ${hits.length} kết quả cho “${state.q}”; có thể tìm thêm trong toàn văn.`;
    more.hidden = true;
    fullText.hidden = false;
    fullText.disabled = false;
    counts({});
  };

  const show = (state: SearchState, found: SearchOutcome) => {
    const { interpretation, hits, total } = found;
    list.replaceChildren(...hits.map(item));
    list.dataset.total = String(total);
    const missing = interpretation.kind === 'missing';
    message.hidden = !missing;
    message.textContent = missing ? `${interpretation.message}.` : '';
    heading.hidden = hits.length === 0;
    heading.textContent = missing ? 'Có phải bạn muốn tìm …' : 'Kết quả';
    const filtered = Object.keys(state.filters).length ? ' (đã lọc)' : '';
    const what = state.q ? ` cho “${state.q}”` : '';
    status.textContent = missing
      ? `${interpretation.message}. ${total} gợi ý.`
      : total
        ? `${interpretation.kind === 'exact' && interpretation.reason !== 'number' ? 'Khớp chính xác. ' : ''}${total} kết quả${what}${filtered}.`
        : `Không tìm thấy kết quả${what}${filtered}.`;
    more.hidden = hits.length >= total;
    counts(found.counts);
  };

  /** Shows, beside each filter value, how many results it would leave. */
  const counts = (byFilter: FilterCounts) => {
    for (const [name, select] of selects) {
      for (const option of select.options) {
        const label = option.dataset.label;
        if (!label) continue;
        const n = byFilter[name]?.[label];
        option.textContent = n === undefined ? label : `${label} (${n})`;
      }
    }
  };

  const update = (push: boolean) => {
    const state = read();
    const url = `/tim-kiem/${stateToSearch(state)}`;
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), 200);
  });
  fullText.addEventListener('click', async () => {
    const state = exactOnly;
    if (!state) return;
    const mine = ++generation;
    const before = list.children.length;
    fullText.disabled = true;
    status.textContent = 'Đang tìm trong toàn văn…';
    await full(state, mine);
    if (mine !== generation) return;
    // The exact hits stay first; take the reader to the first of what was added (or to the status).
    const next = (list.children[before] ?? list.children[0])?.querySelector('a');
    next?.focus();
  });
  more.addEventListener('click', async () => {
    if (!outcome) return;
    const before = outcome.hits.length;
    const hasMore = await outcome.more(PAGE);
    list.append(...outcome.hits.slice(before).map(item));
    more.hidden = !hasMore && outcome.hits.length >= outcome.total;
    (list.children[before]?.querySelector('a') as HTMLElement | null)?.focus();
  });
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    fill(state);
    void run(state);
  });

  const initial = parseState(location.search);
  fill(initial);
  void run(initial);
}

function item(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  h3.append(a);
  const exact = exactLabel(hit);
  if (exact) {
    li.classList.add('is-exact');
    li.dataset.exact = hit.exact;
    const badge = document.createElement('span');
    badge.className = 'sr-exact';
    badge.textContent = exact;
    h3.append(' ', badge);
  }
  li.append(h3);
  if (hit.name) li.append(paragraph('tk-name', hit.name));
  li.append(paragraph('meta', metaLine(hit)));
  if (hit.excerpt) {
    const p = paragraph('tk-excerpt', '');
    p.innerHTML = hit.excerpt; // Pagefind's excerpt: page text with < and > escaped, <mark> added
    li.append(p);
  }
  return li;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
