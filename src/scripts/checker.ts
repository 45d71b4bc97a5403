// The browser checker: the draft is checked on this machine and never sent anywhere. Only the public
// catalogue (/du-lieu/van-ban.json) is fetched, once, on first use.
import { annotate, citeText, indexCatalogue, problemNote, type CatalogueIndex, type CheckedCitation } from '../lib/citations/index.ts';
import { citableFromJson, type CatalogueJson } from '../lib/graph/open-data.ts';

let index: Promise<CatalogueIndex> | undefined;

function loadIndex(): Promise<CatalogueIndex> {
  index ??= fetch('/du-lieu/van-ban.json')
    .then((r) => r.json() as Promise<CatalogueJson>)
    .then((json) => indexCatalogue(citableFromJson(json)));
  return index;
}

export function startChecker(form: HTMLFormElement): void {
  const region = document.getElementById('ket-qua-vung')!;
  const summary = document.getElementById('tom-tat')!;
  const list = document.getElementById('danh-sach-van-de')!;
  const preview = document.getElementById('ban-thao-danh-dau')!;
  form.querySelector<HTMLTextAreaElement>('textarea')!.addEventListener('focus', () => void loadIndex(), { once: true });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    summary.textContent = 'Đang kiểm tra…';
    region.hidden = false;
    try {
      const catalogue = await loadIndex();
      const options = { asOf: String(data.get('asOf') || '') || undefined, province: String(data.get('province') || '') || undefined };
      const citations = citeText(text, catalogue, options);
      preview.innerHTML = annotate(text, citations);
      renderList(list, citations);
      summary.textContent = describe(citations);
    } catch (error) {
      summary.textContent = `Không kiểm tra được: ${(error as Error).message}. Hãy tải lại trang và thử lại.`;
    }
  });
}

function describe(citations: CheckedCitation[]): string {
  if (citations.length === 0) return 'Không tìm thấy trích dẫn văn bản nào trong bản thảo.';
  const bad = citations.filter((c) => c.problems.length > 0).length;
  return `Tìm thấy ${citations.length} trích dẫn; ${bad === 0 ? 'không có trích dẫn nào cần sửa' : `${bad} trích dẫn cần xem lại`}.`;
}

function renderList(list: HTMLElement, citations: CheckedCitation[]): void {
  list.replaceChildren(
    ...citations
      .filter((c) => c.problems.length > 0 || c.notes.length > 0)
      .map((c) => {
        const item = document.createElement('li');
        const quote = document.createElement('p');
        quote.append('“', c.text, '”');
        item.append(quote);
        const note = document.createElement('p');
        note.textContent = problemNote(c.problems, c.notes) ?? '';
        item.append(note);
        return item;
      }),
  );
}
