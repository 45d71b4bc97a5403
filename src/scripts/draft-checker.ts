// The browser checker: the draft is checked on this machine and never sent anywhere. Only public files are
// fetched: the checker's names file on first use, then the shards of the numbers the draft cites
// (lib/checker/files.ts), each once; a Word file is read here too (word-file.ts).
// Corrections are applied to the draft in place, and each apply can be undone.
import { citeText, indexCatalogue, type CatalogueIndex, type CheckedCitation } from '../lib/citations/index.ts';
import { checkerUrl, filesForText, mergeFiles, type CheckerFile, type CheckerFileId } from '../lib/checker/files.ts';
import { allCorrections, applyCorrections, type Correction } from '../lib/fix/corrections.ts';
import { EMPTY_HISTORY, record, undo } from '../lib/fix/history.ts';
import { NAMES_FILE } from '../lib/search/shards.ts';
import { copyText } from './copy.ts';
import { renderMarkedDraft, renderResults, resultId } from './draft-results.ts';
import { setupProvinceChoice } from './province-choice.ts';
import { setupWordFile } from './word-file.ts';
import { jsonFiles } from './json-files.ts';
import { shardTotal } from './shard-total.ts';

const fetchFile = jsonFiles<CheckerFile>();
const loadFile = (file: CheckerFileId): Promise<CheckerFile> => fetchFile(checkerUrl(file));

let namesIndex: Promise<CatalogueIndex> | undefined;
const loadNames = () => (namesIndex ??= loadFile(NAMES_FILE).then((f) => indexCatalogue(f.documents)));

/**
 * The catalogue a draft is checked against: the names file and the shards of what it cites. The shards of its
 * symbols and numbers are asked for at once, alongside the names file; a name can only add a shard after it.
 */
async function indexFor(text: string): Promise<CatalogueIndex> {
  const count = shardTotal();
  const early = filesForText(text, undefined, count).map(loadFile);
  const names = await loadNames();
  const shards = await Promise.all([...early, ...filesForText(text, names.names, count).map(loadFile)]);
  return indexCatalogue(mergeFiles([await loadFile(NAMES_FILE), ...shards]));
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function describe(citations: readonly CheckedCitation[]): string {
  if (citations.length === 0) return 'Không tìm thấy trích dẫn văn bản nào trong bản thảo.';
  const bad = citations.filter((c) => c.problems.length > 0).length;
  const noted = citations.filter((c) => c.notes.length > 0).length;
  const notes = noted ? `; ${noted} lưu ý về cách ghi lần đầu` : '';
  return `Tìm thấy ${citations.length} trích dẫn; ${bad === 0 ? 'không có trích dẫn nào cần sửa' : `${bad} trích dẫn cần xem lại`}${notes}.`;
}

export function startChecker(form: HTMLFormElement): void {
  const draft = form.querySelector<HTMLTextAreaElement>('textarea')!;
  const region = byId('ket-qua-vung');
  const summary = byId('tom-tat');
  const status = byId('thong-bao');
  const list = byId('danh-sach-van-de');
  const preview = byId('ban-thao-danh-dau');
  const applyAll = byId<HTMLButtonElement>('ap-dung-tat-ca');
  const undoButton = byId<HTMLButtonElement>('hoan-tac');
  let history = EMPTY_HISTORY;
  let checked: { text: string; citations: CheckedCitation[] } | undefined;

  const options = () => {
    const data = new FormData(form);
    return { asOf: String(data.get('asOf') || '') || undefined, province: String(data.get('province') || '') || undefined };
  };

  async function check(): Promise<void> {
    const text = draft.value;
    // A message about a file that could not be read is over once the draft is checked again.
    byId('loi-tep').hidden = true;
    summary.textContent = 'Đang kiểm tra…';
    region.hidden = false;
    try {
      const catalogue = await indexFor(text);
      const citations = citeText(text, catalogue, options());
      checked = { text, citations };
      renderResults(list, citations, catalogue, { copy: (t, b) => void copyText(t, b, status, 'gợi ý'), apply: (c) => void apply([c]) });
      renderMarkedDraft(preview, text, citations, catalogue);
      summary.textContent = describe(citations);
      applyAll.disabled = allCorrections(citations).length === 0;
      undoButton.disabled = history.past.length === 0;
    } catch (error) {
      summary.textContent = `Không kiểm tra được: ${(error as Error).message}. Hãy tải lại trang và thử lại.`;
    }
  }

  /** Replaces the draft, keeping the old one for undo, and checks the new one. */
  async function replaceDraft(text: string): Promise<void> {
    history = record(history, draft.value);
    draft.value = text;
    await check();
  }

  async function apply(corrections: Correction[]): Promise<void> {
    if (!checked || checked.text !== draft.value) {
      await check();
      status.textContent = 'Bản thảo đã thay đổi sau lần kiểm tra trước nên đã được kiểm tra lại. Hãy chọn lại gợi ý cần áp dụng.';
      return;
    }
    const result = applyCorrections(checked.text, corrections);
    if (result.applied.length === 0) return;
    const first = Math.min(...result.applied.map((c) => checked!.citations.findIndex((x) => x.start === c.start)));
    await replaceDraft(result.text);
    status.textContent = `Đã sửa ${result.applied.length} trích dẫn trong bản thảo. Nhấn “Hoàn tác” để trở lại bản trước.`;
    byId(resultId(Math.max(0, first)))?.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check();
  });
  draft.addEventListener('focus', () => void loadNames().catch(() => undefined), { once: true });
  applyAll.addEventListener('click', () => void apply(checked ? allCorrections(checked.citations) : []));
  undoButton.addEventListener('click', async () => {
    const previous = undo(history);
    if (!previous) return;
    draft.value = previous.text;
    history = previous.history;
    await check();
    status.textContent = 'Đã hoàn tác: bản thảo trở lại như trước lần sửa gần nhất.';
  });
  byId<HTMLButtonElement>('chep-ban-da-sua').addEventListener('click', (event) =>
    void copyText(draft.value, event.currentTarget as HTMLButtonElement, status, 'bản đã sửa'),
  );
  setupWordFile({ form, draft, status, load: replaceDraft });
  setupProvinceChoice(form);
  // The page ships these off: without this script nothing may submit the draft or take a file.
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
  byId('vung-tep').hidden = false;
}
