// Copy buttons: the checker's "Chép" and the document pages' citation buttons. A copy confirms itself twice:
// the button reads "Đã chép" for a moment, and a live region says what was copied, for screen readers.

const CONFIRM_MS = 2000;

/** Puts `text` on the clipboard and says so in `status` (an aria-live region) and on the button. */
export async function copyText(text: string, button: HTMLButtonElement, status: HTMLElement, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    status.textContent = `Không chép được ${what}: trình duyệt không cho phép. Hãy chọn đoạn chữ rồi nhấn Ctrl+C.`;
    return;
  }
  const label = button.dataset.label ?? (button.dataset.label = button.textContent ?? '');
  button.textContent = 'Đã chép';
  status.textContent = `Đã chép ${what}.`;
  setTimeout(() => {
    if (button.isConnected) button.textContent = label;
  }, CONFIRM_MS);
}

/**
 * Buttons rendered hidden with `data-copy` = the id of the element whose text they copy and `data-copy-what`
 * = what to call it: shown only when a script can run and the clipboard is there.
 */
export function setupCopyButtons(root: ParentNode, status: HTMLElement): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy!);
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', () => void copyText(source.textContent ?? '', button, status, button.dataset.copyWhat ?? 'trích dẫn'));
  }
}
