// The header combobox (WAI-ARIA 1.2 "combobox with listbox popup"): the input keeps the focus, arrows
// move aria-activedescendant through the options, Enter opens the active one (or submits to /tim-kiem/),
// Esc closes, "/" anywhere else focuses the box. The search code loads on first focus; the exact table's
// shard for a query as it is typed; Pagefind only when a query needs full text (search-engine.ts): for an
// exact hit by symbol or name the last option, "Tìm thêm trong toàn văn", loads it in place.
import type { Hit } from './search-engine.ts';
import type { Interpretation } from '../lib/search/query.ts';
import { listbox, type Listbox } from './listbox.ts';

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
const INDEX_FAILED = 'Chưa tải được chỉ mục tìm kiếm; nhấn Enter để mở trang tìm kiếm.';

interface Parts {
  input: HTMLInputElement;
  form: HTMLFormElement;
  popup: HTMLElement;
  list: HTMLElement;
  note: HTMLElement;
  status: HTMLElement;
}

/** One answer to show: `total` undefined while Pagefind's is on its way; `fullText` offers Pagefind behind an exact hit. */
interface Answer {
  /** The engine that answered: it also draws the result items. */
  engine: Engine;
  query: string;
  interpretation: Interpretation;
  hits: Hit[];
  total?: number;
  fullText?: () => void;
}

/** What the box's searches share: the newest query's number (older answers are dropped) and the typing timer. */
interface Session {
  parts: Parts;
  box: Listbox;
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
}

export function setupSearchBox(): void {
  const parts = findParts();
  if (!parts) return;
  const { input, form, list, status } = parts;
  const box = listbox(parts.input, parts.popup);
  const session: Session = { parts, box, generation: 0 };
  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', () => {
    warmUp();
    clearTimeout(session.timer);
    const mine = ++session.generation;
    const query = input.value.trim();
    if (query) return void run(session, mine, query);
    box.open(false);
    status.textContent = '';
  });
  input.addEventListener('keydown', (event) => onKey(event, parts, box));
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) box.open(false);
  });
  input.addEventListener('click', () => {
    if (box.count() && parts.popup.hidden && input.value.trim()) box.open(true);
  });
  // Options are not focusable: keep the focus in the input when one is pressed, then follow it.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => box.chooseElement((event.target as Element).closest('[role="option"]')));
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

// On every keystroke the table answers at once (exact hits, near misses: a lookup in the query's shard);
// an exact hit by symbol or name stops there, otherwise Pagefind's results follow once typing pauses.
async function run(session: Session, mine: number, query: string): Promise<void> {
  const e = await load().catch(() => undefined);
  if (!e) {
    session.parts.status.textContent = 'Chưa tải được công cụ tìm kiếm; nhấn Enter để mở trang tìm kiếm.';
    return;
  }
  const early = await e.interpret(query).catch(() => undefined); // without the table, Pagefind alone answers
  if (mine !== session.generation) return;
  if (early && e.answersAlone(early.interpretation)) {
    clearTimeout(session.timer);
    show(session, { engine: e, query, ...early, fullText: () => void fullText(session, e, mine, query, early.hits.length) });
    return;
  }
  e.prepareFullText();
  if (early?.hits.length) show(session, { engine: e, query, ...early });
  clearTimeout(session.timer);
  session.timer = setTimeout(async () => {
    const answer = await fromPagefind(session, e, mine, query);
    if (answer) show(session, answer);
  }, 120);
}

/** Pagefind's answer for `query`, unless a newer query has been typed meanwhile. */
async function fromPagefind(session: Session, e: Engine, mine: number, query: string): Promise<Answer | undefined> {
  try {
    const outcome = await e.search({ q: query, filters: {}, sort: 'lien-quan' }, QUICK);
    return mine === session.generation ? { engine: e, query, ...outcome } : undefined;
  } catch {
    if (mine === session.generation) session.parts.status.textContent = INDEX_FAILED;
    return undefined;
  }
}

/** The full-text results for a query the table answered exactly: the exact hits stay first. */
async function fullText(session: Session, e: Engine, mine: number, query: string, shown: number): Promise<void> {
  session.parts.status.textContent = 'Đang tìm trong toàn văn…';
  const answer = await fromPagefind(session, e, mine, query);
  if (!answer) return;
  show(session, answer);
  // The reader asked for more: put them on the first of it (or on "Xem tất cả" when there is none).
  session.box.setActive(Math.min(shown, QUICK, session.box.count() - 1));
}

function show({ parts, box }: Session, answer: Answer): void {
  // Pagefind's results replace the table's a moment later: keep the reader's place if that result is still there.
  const was = box.activeUrl();
  box.clear();
  renderAnswer(parts, box, answer);
  box.open(true);
  box.restore(was);
}

function findParts(): Parts | undefined {
  const input = document.getElementById('o-tim-kiem') as HTMLInputElement | null;
  const popup = document.getElementById('o-tim-kiem-popup');
  const list = document.getElementById('o-tim-kiem-goi-y');
  const note = document.getElementById('o-tim-kiem-ghi-chu');
  const status = document.getElementById('o-tim-kiem-trang-thai');
  if (!input || !popup || !list || !note || !status || !input.form) return undefined;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  return { input, form: input.form, popup, list, note, status };
}

/** Fills the popup: the note, up to QUICK results, then "Tìm thêm…" or "Xem tất cả…"; announces the count. */
function renderAnswer({ list, note, status }: Parts, box: Listbox, { engine, query, interpretation, hits, total, fullText }: Answer): void {
  list.replaceChildren();
  const missing = interpretation.kind === 'missing' ? `${interpretation.message}.` : '';
  note.hidden = !missing;
  note.textContent = missing && hits.length ? `${missing} Có phải bạn muốn tìm …` : missing;
  hits.slice(0, QUICK).forEach((hit, i) => {
    const li = box.add(`o-tim-kiem-${i}`, hit.url);
    engine.fillItem(li, hit, { link: false, excerpt: false });
    list.append(li);
  });
  if (fullText) {
    list.append(lastOption(box.add('o-tim-kiem-toan-van', '', fullText), `Tìm thêm trong toàn văn cho “${query}” ›`));
    status.textContent = announce(interpretation, hits, hits.length, true);
  } else if (total !== undefined) {
    const text = total > 0 ? `Xem tất cả ${total} kết quả cho “${query}” ›` : `Không thấy kết quả cho “${query}” — mở trang tìm kiếm ›`;
    list.append(lastOption(box.add('o-tim-kiem-tat-ca', `/tim-kiem/?q=${encodeURIComponent(query)}`), text));
    status.textContent = announce(interpretation, hits, total);
  }
}

function lastOption(li: HTMLLIElement, text: string): HTMLLIElement {
  li.classList.add('sb-all');
  li.textContent = text;
  return li;
}

function onKey(event: KeyboardEvent, { input, status }: Parts, box: Listbox): void {
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp':
      if (!box.count()) return;
      event.preventDefault();
      if (!box.isOpen()) box.open(true);
      box.step(event.key === 'ArrowDown' ? 1 : -1);
      break;
    case 'Enter':
      if (box.isOpen() && box.chooseActive()) event.preventDefault();
      break;
    case 'Escape':
      if (box.isOpen()) {
        event.preventDefault();
        box.open(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        status.textContent = '';
      }
      break;
    case 'Tab':
      box.open(false);
      break;
  }
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
