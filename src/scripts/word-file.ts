// Word files on the checker: a drop zone and a file button read a .docx here, in the browser, and the corrected
// draft downloads as a .docx. mammoth and jszip (lib/docx/io.ts) are a separate chunk, loaded only when a Word
// file is given or a download asked for; a .doc, a PDF or anything else is turned away from its first bytes
// without loading them. A file that cannot be read changes nothing but the message.
import { fileKind, unreadableMessage } from '../lib/docx/file-kind.ts';
import { DOCX_MIME } from '../lib/docx/ooxml.ts';

export interface WordFileSetup {
  form: HTMLFormElement;
  draft: HTMLTextAreaElement;
  status: HTMLElement;
  /** Puts a new draft in the box (undoably) and checks it. */
  load(text: string): Promise<void>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function setupWordFile({ draft, status, load }: WordFileSetup): void {
  const input = byId<HTMLInputElement>('tep-word');
  const zone = byId('vung-tep');
  const problem = byId('loi-tep');
  let baseName = 'ban-thao';

  async function read(file: File): Promise<void> {
    problem.hidden = true;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = fileKind(bytes.subarray(0, 8));
    let text: string;
    try {
      if (kind !== 'docx') throw new Error(unreadableMessage(file.name, kind));
      status.textContent = `Đang đọc tệp “${file.name}”…`;
      const { readDocxText } = await import('../lib/docx/io.ts');
      text = await readDocxText(file.name, bytes);
    } catch (error) {
      problem.textContent = `${(error as Error).message} Bản thảo đang có được giữ nguyên.`;
      problem.hidden = false;
      status.textContent = '';
      return;
    }
    baseName = file.name.replace(/\.docx$/i, '') || baseName;
    await load(text);
    status.textContent = `Đã đọc tệp “${file.name}” và kiểm tra nội dung. Có thể sửa ngay trong ô bản thảo.`;
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void read(file);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void read(file);
  });
  byId<HTMLButtonElement>('tai-ban-da-sua').addEventListener('click', async () => {
    const { writeDocx } = await import('../lib/docx/io.ts');
    const url = URL.createObjectURL(new Blob([(await writeDocx(draft.value)) as BlobPart], { type: DOCX_MIME }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${baseName}-da-sua.docx` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = `Đã tạo tệp ${a.download} từ bản thảo trong ô.`;
  });
}
