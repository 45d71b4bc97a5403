// The header combobox (WAI-ARIA 1.2 "combobox with listbox popup"): the input keeps the focus, arrows
// move aria-activedescendant through the options, Enter opens the active one (or submits to /tim-kiem/),
// Esc closes, "/" anywhere else focuses the box. The search code loads on first focus; the exact table's
// shard for a query as it is typed; Pagefind only when a query needs full text (search-engine.ts): for an
// exact hit by symbol or name the last option, "Tìm thêm trong toàn văn", loads it in place.
import type { Hit } from './search-engine.ts';
import type { Interpretation } from '../lib/search/query.ts';

/** The search code itself (query interpretation, table, Pagefind glue) loads with the first focus too. */
type Engine = typeof import('./search-engine.ts');
let engine: Promise<Engine> | undefined;
const load = (): Promise<Engine> => {
  engine ??= import('./search-engine.ts').catch((error) => {
    engine = undefined;
    throw error;
  });
  return engine;
};
const warmUp = () => void load().catch(() => {});

const QUICK = 6;

export function setupSearchBox(): void {
  const input = document.getElementById('o-tim-kiem') as HTMLInputElement | null;
  const popup = document.getElementById('o-tim-kiem-popup');
  const list = document.getElementById('o-tim-kiem-goi-y');
  const note = document.getElementById('o-tim-kiem-ghi-chu');
  const status = document.getElementById('o-tim-kiem-trang-thai');
  if (!input || !popup || !list || !note || !status || !input.form) return;
  const form = input.form;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  /** `act`: instead of opening `url`, what choosing the option does (the full-text option). */
  let options: { el: HTMLElement; url: string; act?: () => void }[] = [];
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (yes: boolean) => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };

  const setActive = (i: number) => {
    options[active]?.el.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (option) {
      option.el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.el.id);
      option.el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /**
   * `total` undefined: the table's answer while Pagefind's is on its way. `fullText`: the table's answer is
   * all there is until the reader asks for more (an exact hit): the last option loads the full-text results.
   */
  const render = (
    { exactLabel, metaLine }: Engine,
    query: string,
    interpretation: Interpretation,
    hits: Hit[],
    total: number | undefined,
    fullText?: () => void,
  ) => {
    // Pagefind's results replace the table's a moment later: keep the reader's place if that result is still there.
    const was = options[active]?.url;
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const missing = interpretation.kind === 'missing' ? `${interpretation.message}.` : '';
    note.hidden = !missing;
    note.textContent = missing && hits.length ? `${missing} Có phải bạn muốn tìm …` : missing;
    hits.slice(0, QUICK).forEach((hit, i) => {
      const li = option(`o-tim-kiem-${i}`, hit.url);
      const title = span('sb-title', hit.title);
      li.append(title);
      const exact = exactLabel(hit);
      if (exact) li.append(span('sb-exact', exact));
      if (hit.name) li.append(span('sb-name', hit.name));
      li.append(span('sb-meta', metaLine(hit)));
      list.append(li);
    });
    if (fullText) {
      const more = option('o-tim-kiem-toan-van', '', fullText);
      more.classList.add('sb-all');
      more.textContent = `Tìm thêm trong toàn văn cho “${query}” ›`;
      list.append(more);
      status.textContent = announce(interpretation, hits, hits.length, true);
    } else if (total !== undefined) {
      const all = option('o-tim-kiem-tat-ca', `/tim-kiem/?q=${encodeURIComponent(query)}`);
      all.classList.add('sb-all');
      all.textContent = total > 0 ? `Xem tất cả ${total} kết quả cho “${query}” ›` : `Không thấy kết quả cho “${query}” — mở trang tìm kiếm ›`;
      list.append(all);
      status.textContent = announce(interpretation, hits, total);
    }
    open(true);
    const again = options.findIndex((o) => o.url === was);
    if (was && again >= 0) setActive(again);
  };

  const option = (id: string, url: string, act?: () => void) => {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    options.push({ el: li, url, ...(act ? { act } : {}) });
    return li;
  };
  const choose = (o: (typeof options)[number]) => (o.act ? o.act() : location.assign(o.url));

  /** The full-text results for a query the table answered exactly: the exact hits stay first. */
  const fullText = (e: Engine, mine: number, query: string, shown: number) => async () => {
    status.textContent = 'Đang tìm trong toàn văn…';
    try {
      const outcome = await e.search({ q: query, filters: {}, sort: 'lien-quan' }, QUICK);
      if (mine !== generation) return;
      render(e, query, outcome.interpretation, outcome.hits, outcome.total);
      // The reader asked for more: put them on the first of it (or on "Xem tất cả" when there is none).
      setActive(Math.min(shown, QUICK, options.length - 1));
    } catch {
      if (mine !== generation) return;
      status.textContent = 'Chưa tải được chỉ mục tìm kiếm; nhấn Enter để mở trang tìm kiếm.';
    }
  };

  // On every keystroke the table answers at once (exact hits, near misses: a lookup in the query's shard);
  // an exact hit by symbol or name stops there, otherwise Pagefind's results follow once typing pauses.
  const run = async (mine: number, query: string) => {
    let e: Engine;
    try {
      e = await load();
    } catch {
      status.textContent = 'Chưa tải được công cụ tìm kiếm; nhấn Enter để mở trang tìm kiếm.';
      return;
    }
    try {
      const early = await e.interpret(query);
      if (mine !== generation) return;
      if (e.answersAlone(early.interpretation)) {
        clearTimeout(timer);
        render(e, query, early.interpretation, early.hits, undefined, fullText(e, mine, query, early.hits.length));
        return;
      }
      e.prepareFullText();
      if (early.hits.length) render(e, query, early.interpretation, early.hits, undefined);
    } catch {
      // The table failed to load: Pagefind alone still answers below.
    }
    clearTimeout(timer);
    timer = setTimeout(async () => {
      try {
        const outcome = await e.search({ q: query, filters: {}, sort: 'lien-quan' }, QUICK);
        if (mine !== generation) return;
        render(e, query, outcome.interpretation, outcome.hits, outcome.total);
      } catch {
        if (mine !== generation) return;
        status.textContent = 'Chưa tải được chỉ mục tìm kiếm; nhấn Enter để mở trang tìm kiếm.';
      }
    }, 120);
  };

  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', () => {
    warmUp();
    clearTimeout(timer);
    const mine = ++generation;
    const query = input.value.trim();
    if (!query) {
      open(false);
      status.textContent = '';
      return;
    }
    void run(mine, query);
  });
  input.addEventListener('keydown', (event) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault();
        if (popup.hidden) open(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
        break;
      }
      case 'Enter':
        if (!popup.hidden && options[active]) {
          event.preventDefault();
          choose(options[active]);
        }
        break;
      case 'Escape':
        if (!popup.hidden) {
          event.preventDefault();
          open(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          status.textContent = '';
        }
        break;
      case 'Tab':
        open(false);
        break;
    }
  });
  // Options are not focusable: keep the focus in the input when one is pressed, then follow it.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = (event.target as Element).closest('[role="option"]');
    const hit = options.find((o) => o.el === li);
    if (hit) choose(hit);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('click', () => {
    if (options.length && popup.hidden && input.value.trim()) open(true);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

function editable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

function announce(interpretation: Interpretation, hits: Hit[], total: number, fullText = false): string {
  const help = 'Dùng phím mũi tên để chọn, Enter để mở.';
  if (interpretation.kind === 'missing') return `${interpretation.message}. ${hits.length} gợi ý. ${help}`;
  const exact = hits[0]?.exact && hits[0].exact !== 'number' ? `Khớp chính xác: ${hits[0].title}. ` : '';
  if (fullText) return `${exact}${total} kết quả khớp; mục cuối: tìm thêm trong toàn văn. ${help}`;
  return total ? `${exact}${total} kết quả. ${help}` : 'Không tìm thấy kết quả.';
}
